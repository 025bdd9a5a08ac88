#include "CliRunner.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QProcess>

#include <atomic>

namespace csodesk::test {

CliRun runCli(const QStringList& arguments, const QByteArray& input, const QProcessEnvironment& extraEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CSODESK_DB"));
    for (const QString& key : extraEnvironment.keys())
        environment.insert(key, extraEnvironment.value(key));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CSODESK_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForStarted())
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(300000);
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QProcessEnvironment bootstrapAdmin(const QString& url, const QString& name)
{
    const QString password = QStringLiteral("kata-sandi-") + name;
    const CliRun added = runCli({ QStringLiteral("--db"), url, QStringLiteral("user"), QStringLiteral("add"), name },
        (password + QLatin1Char('\n')).toUtf8());
    QProcessEnvironment environment;
    if (added.exitCode == 0)
        environment.insert(QStringLiteral("CSODESK_PASSWORD"), password);
    return environment;
}

namespace {

std::atomic<int> nextFloor { 1 };

} // namespace

CliFloor::CliFloor(const QString& ownerUrl, bool postgres, const QString& adminName)
    : m_ownerUrl(ownerUrl)
    , m_admin(adminName)
    , m_postgres(postgres)
{
    if (!postgres) {
        m_url = ownerUrl;
        m_ready = runCli({ QStringLiteral("--db"), ownerUrl, QStringLiteral("user"), QStringLiteral("add"), adminName },
                      (password(adminName) + QLatin1Char('\n')).toUtf8())
                      .exitCode
            == 0;
        return;
    }
    m_suffix = QStringLiteral("_c%1_%2").arg(QCoreApplication::applicationPid()).arg(nextFloor++);
    const CliRun init = runCli({ QStringLiteral("--db"), ownerUrl, QStringLiteral("floor"), QStringLiteral("init"),
                                   QStringLiteral("--admin"), name(adminName) },
        (password(adminName) + QLatin1Char('\n')).toUtf8());
    auto parsed = DatabaseUrl::parse(ownerUrl);
    if (init.exitCode != 0 || !parsed.ok()) {
        qWarning("floor init failed: %s", qPrintable(init.err));
        return;
    }
    m_url = parsed->withCredentials(QString(), QString()).toString();
    m_ready = true;
}

CliFloor::~CliFloor()
{
    if (!m_postgres || m_suffix.isEmpty())
        return;
    // The roles hold privileges in the test database: give those up there, then drop them.
    auto parsed = DatabaseUrl::parse(m_ownerUrl);
    if (!parsed.ok())
        return;
    auto owner = Database::open(parsed.value());
    if (!owner.ok())
        return;
    (void)owner.value()->read([&](QSqlDatabase& db) -> Status {
        auto roles = execQuery(db, QStringLiteral("SELECT rolname FROM pg_roles WHERE right(rolname, length(?)) = ?"),
            QVariantList { m_suffix, m_suffix });
        if (!roles.ok())
            return roles.error();
        QStringList names;
        while (roles->next())
            names.append(roles->value(0).toString());
        for (const QString& role : std::as_const(names)) {
            (void)execQuery(db, QStringLiteral("DROP OWNED BY \"%1\"").arg(role));
            (void)execQuery(db, QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        }
        return {};
    });
}

QString CliFloor::name(const QString& shortName) const
{
    return shortName + m_suffix;
}

QProcessEnvironment CliFloor::as(const QString& shortName) const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("CSODESK_PASSWORD"), password(shortName));
    return environment;
}

CliRun CliFloor::addUser(const QString& shortName, const QString& role) const
{
    return runCli({ QStringLiteral("--db"), m_url, QStringLiteral("user"), QStringLiteral("add"), name(shortName),
                      QStringLiteral("--role"), role, QStringLiteral("--user"), name(m_admin) },
        (password(m_admin) + QLatin1Char('\n') + password(shortName) + QLatin1Char('\n')).toUtf8());
}

} // namespace csodesk::test
