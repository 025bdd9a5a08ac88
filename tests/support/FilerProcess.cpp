#include "FilerProcess.h"

#include "SampleCustomers.h"
#include "auth/UserRepository.h"

#include <catch2/catch.hpp>

namespace csodesk::test {

void FilerLog::add(const FilerLog& other)
{
    tried.unite(other.tried);
    acknowledged.insert(other.acknowledged);
    failed += other.failed;
    stderrText += other.stderrText;
}

FilerLog parseFilerOutput(const QByteArray& stdoutBytes)
{
    FilerLog log;
    for (const QByteArray& raw : stdoutBytes.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const QStringList parts = line.split(QLatin1Char(' '));
        // A kill can cut the last line short: only complete lines count (an "ok" line is
        // written in one call, so a cut one has no number and is ignored here).
        if (parts.size() >= 2 && parts.first() == QLatin1String("try"))
            log.tried.insert(parts.at(1));
        else if (parts.size() == 3 && parts.first() == QLatin1String("ok") && parts.at(2).size() >= 10)
            log.acknowledged.insert(parts.at(1), parts.at(2));
        else if (parts.size() >= 3 && parts.first() == QLatin1String("failed"))
            log.failed.append(line.mid(7));
    }
    return log;
}

QString filerProgram()
{
    return QStringLiteral(CSODESK_TEST_FILER);
}

std::unique_ptr<QProcess> startFiler(
    const QString& url, int count, int retrySeconds, const QString& userName, const QString& password)
{
    auto process = std::make_unique<QProcess>();
    if (!password.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CSODESK_PASSWORD"), password);
        process->setProcessEnvironment(environment);
    }
    QStringList arguments { url, QString::number(count) };
    if (retrySeconds > 0)
        arguments << QStringLiteral("--retry") << QString::number(retrySeconds);
    arguments << QStringLiteral("--user") << userName;
    process->start(filerProgram(), arguments);
    REQUIRE(process->waitForStarted(10'000));
    return process;
}

void createFilerAgent(Database& database)
{
    auto id = database.write([](QSqlDatabase& db) {
        return users::insert(db, QStringLiteral("agent"), Role::Agent, QStringLiteral("$argon2id$not-a-real-hash"), 0);
    });
    REQUIRE(id.ok());
    REQUIRE(seedSampleCustomers(database).ok()); // whom the agent files for
}

void checkAcknowledgedPresentOnce(Database& database, const FilerLog& log)
{
    auto checked = database.read([&](QSqlDatabase& db) -> Result<bool> {
        auto byId
            = prepareQuery(db, QStringLiteral("SELECT COUNT(*), MIN(number) FROM tickets WHERE client_request_id = ?"));
        if (!byId.ok())
            return byId.error();
        QSqlQuery& query = byId.value();
        for (const QString& id : log.tried) {
            if (auto run = bindAndExec(query, { id }); !run.ok())
                return run.error();
            query.next();
            const qint64 rows = query.value(0).toLongLong();
            const auto acked = log.acknowledged.constFind(id);
            if (acked != log.acknowledged.cend()) {
                INFO("acknowledged " << id.toStdString() << " as " << acked->toStdString());
                CHECK(rows == 1);
                CHECK(query.value(1).toString() == *acked);
            } else {
                INFO("unacknowledged " << id.toStdString());
                CHECK(rows <= 1);
            }
        }
        return true;
    });
    REQUIRE(checked.ok());
}

TicketCounts countTickets(Database& database)
{
    auto counts = database.read([](QSqlDatabase& db) -> Result<TicketCounts> {
        auto query = execQuery(db,
            QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT number), COUNT(DISTINCT client_request_id) "
                           "FROM tickets"));
        if (!query.ok())
            return query.error();
        query->next();
        return TicketCounts { query->value(0).toLongLong(), query->value(1).toLongLong(),
            query->value(2).toLongLong() };
    });
    REQUIRE(counts.ok());
    return counts.value();
}

} // namespace csodesk::test
