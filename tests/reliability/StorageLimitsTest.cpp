// Reliability 4: storage that cannot take the ticket — a database that cannot grow, a file
// that is read-only. The agent gets a clear message, the draft stays as it was (so the call
// can be filed once the admin fixes it), and nothing filed before is lost.
#include "FilerProcess.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "storage/Migrator.h"
#include "tickets/TicketService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace csodesk;
using namespace csodesk::test;

namespace {

TicketDraft bigDraft(int i)
{
    TicketDraft draft;
    draft.kind = TicketKind::Keluhan;
    draft.issueTypeId = QStringLiteral("tagihan");
    draft.subIssueTypeId = QStringLiteral("tagihan.koreksi_rekening");
    draft.routing = TicketRouting::CustomerUnit;
    draft.customerIdpel = QStringLiteral("5411%1").arg(i, 8, 10, QLatin1Char('0'));
    draft.customerName = QStringLiteral("Pelanggan Uji");
    draft.unitCode = QStringLiteral("54110");
    draft.unitName = QStringLiteral("ULP Bandung Barat");
    draft.description = QStringLiteral("PELANGGAN MENGAJUKAN KOREKSI REKENING ").repeated(40); // pages fill quickly
    draft.sopId = QStringLiteral("sop-004");
    draft.sopVersion = 1;
    draft.slaHours = 72;
    return draft;
}

FilingRequest newRequest(const Clock& clock)
{
    FilingRequest request;
    request.callStartedAt = clock.nowUtc().addSecs(-120);
    request.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return request;
}

Actor agentOf(Database& database)
{
    createFilerAgent(database);
    auto id = database.read(
        [](QSqlDatabase& db) { return queryScalar(db, QStringLiteral("SELECT id FROM users WHERE name = 'agent'")); });
    REQUIRE(id.ok());
    return Actor { id->toLongLong(), QStringLiteral("agent"), Role::Agent };
}

void setPragma(Database& database, const QString& pragma)
{
    // max_page_count belongs to a connection: set it on the one this thread files through.
    auto connection = database.connection();
    REQUIRE(connection.ok());
    REQUIRE(execQuery(connection.value(), pragma).ok());
}

} // namespace

TEST_CASE("A database that cannot grow refuses the ticket clearly, keeps the draft and loses nothing",
    "[reliability][storage]")
{
    auto test = TestDatabase::create("sqlite");
    const Actor agent = agentOf(test->db());
    SystemClock clock;
    AuditLog audit(test->db(), clock);
    TicketService tickets(test->db(), audit, clock, QStringLiteral("54"));

    QStringList filedBefore;
    for (int i = 0; i < 5; ++i) {
        auto filed = tickets.file(agent, bigDraft(i), newRequest(clock));
        REQUIRE(filed.ok());
        filedBefore << filed->ticket.number;
    }
    auto pages = test->db().read([](QSqlDatabase& db) { return queryScalar(db, QStringLiteral("PRAGMA page_count")); });
    REQUIRE(pages.ok());
    setPragma(test->db(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages->toLongLong() + 2));

    // File until the storage is full; the refused draft and request are kept for the retry.
    std::optional<Error> refusal;
    TicketDraft refusedDraft;
    FilingRequest refusedRequest;
    for (int i = 5; i < 200 && !refusal; ++i) {
        const TicketDraft draft = bigDraft(i);
        const TicketDraft copy = draft;
        const FilingRequest request = newRequest(clock);
        auto filed = tickets.file(agent, draft, request);
        if (filed.ok()) {
            filedBefore << filed->ticket.number;
            continue;
        }
        refusal = filed.error();
        CHECK(draft == copy); // the draft is the caller's, untouched
        refusedDraft = draft;
        refusedRequest = request;
    }
    REQUIRE(refusal.has_value());
    INFO(refusal->detail.toStdString());
    CHECK(refusal->kind == ErrorKind::StorageFailure);
    CHECK(refusal->message.contains(QStringLiteral("penuh")));
    CHECK(refusal->message.contains(QStringLiteral("belum tersimpan")));

    // Nothing filed before is lost, the file is sound, and the refused ticket is not there.
    auto state = test->db().read([&](QSqlDatabase& db) -> Result<bool> {
        auto integrity = queryScalar(db, QStringLiteral("PRAGMA integrity_check"));
        REQUIRE(integrity.ok());
        CHECK(integrity->toString() == QStringLiteral("ok"));
        for (const QString& number : std::as_const(filedBefore)) {
            auto rows = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE number = ?"), { number });
            REQUIRE(rows.ok());
            CHECK(rows->toLongLong() == 1);
        }
        auto refused = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE client_request_id = ?"),
            { refusedRequest.clientRequestId });
        REQUIRE(refused.ok());
        CHECK(refused->toLongLong() == 0);
        return true;
    });
    REQUIRE(state.ok());

    // Once there is room again, the kept draft files once with its request id.
    setPragma(test->db(), QStringLiteral("PRAGMA max_page_count = 1073741823"));
    auto retried = tickets.file(agent, refusedDraft, refusedRequest);
    REQUIRE(retried.ok());
    CHECK_FALSE(retried->alreadyFiled);
    auto again = tickets.file(agent, refusedDraft, refusedRequest);
    REQUIRE(again.ok());
    CHECK(again->alreadyFiled);
    CHECK(again->ticket.number == retried->ticket.number);
}

TEST_CASE("A read-only database file refuses the ticket clearly and loses nothing", "[reliability][storage]")
{
    // The file and its folder read-only, inside a folder others may enter. Root ignores file
    // modes, so as root the filer runs as 'nobody' (setpriv), like an agent without write access.
    QTemporaryDir parent;
    REQUIRE(parent.isValid());
    const QString folder = parent.filePath(QStringLiteral("readonly"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("csodesk.db"));
    const DatabaseUrl url = DatabaseUrl::sqliteFile(path);
    QStringList filedBefore;
    {
        auto database = openMigratedDatabase(url);
        REQUIRE(database.ok());
        const Actor agent = agentOf(*database.value());
        SystemClock clock;
        AuditLog audit(*database.value(), clock);
        TicketService tickets(*database.value(), audit, clock, QStringLiteral("54"));
        for (int i = 0; i < 3; ++i) {
            auto filed = tickets.file(agent, bigDraft(i), newRequest(clock));
            REQUIRE(filed.ok());
            filedBefore << filed->ticket.number;
        }
    } // closed: the WAL is checkpointed into the file and removed

    const auto readExec = QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    REQUIRE(QFile::setPermissions(parent.path(), readExec | QFileDevice::WriteOwner));
    REQUIRE(QFile::setPermissions(folder, readExec));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QProcess filer;
    QStringList arguments { url.toString(), QStringLiteral("1") };
    QString program = filerProgram();
    if (geteuid() == 0) {
        arguments = QStringList { QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
            QStringLiteral("--clear-groups"), program }
            + arguments;
        program = QStringLiteral("setpriv");
    }
    filer.start(program, arguments);
    REQUIRE(filer.waitForFinished(60'000));
    const QByteArray out = filer.readAllStandardOutput();
    const QByteArray err = filer.readAllStandardError();
    INFO("stdout: " << out.toStdString() << "\nstderr: " << err.toStdString());
    CHECK(filer.exitCode() != 0);
    // Refused with the read-only message, whether when filing or already when opening.
    const QString said = QString::fromUtf8(out + err);
    CHECK(said.contains(QStringLiteral("hanya bisa dibaca")));
    CHECK_FALSE(said.contains(QStringLiteral("\nok ")));
    CHECK_FALSE(said.startsWith(QStringLiteral("ok ")));

    REQUIRE(QFile::setPermissions(folder, readExec | QFileDevice::WriteOwner));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    auto reopened = Database::open(url);
    REQUIRE(reopened.ok());
    auto state = reopened.value()->read([&](QSqlDatabase& db) -> Result<bool> {
        auto integrity = queryScalar(db, QStringLiteral("PRAGMA integrity_check"));
        REQUIRE(integrity.ok());
        CHECK(integrity->toString() == QStringLiteral("ok"));
        auto rows = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets"));
        REQUIRE(rows.ok());
        CHECK(rows->toLongLong() == filedBefore.size());
        return true;
    });
    REQUIRE(state.ok());
}
