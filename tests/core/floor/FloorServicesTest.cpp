// The core services on a PostgreSQL floor, each person signed in as their own database login
// (floor init, user add), the database deciding what each may do (migration 005). The same
// services as the desktop and the CLI; the database is a real test server (scram-sha-256, TLS).
#include "../tickets/TicketFixtures.h"
#include "TestDatabase.h"
#include "TestFloor.h"
#include "auth/AuditQuery.h"
#include "auth/AuthService.h"
#include "auth/UserService.h"
#include "customers/CustomerLookupService.h"
#include "storage/SqlQuery.h"
#include "tickets/TicketCsvExporter.h"
#include "tickets/TicketQueryService.h"
#include "tickets/TicketService.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QThread>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

const QString kIdpel = QStringLiteral("541100000777");
const QString kOtherIdpel = QStringLiteral("541100000778");

// A person at a workstation: their own Database (a URL without a login) and the services over it.
struct Workstation {
    Workstation(const DatabaseUrl& floorUrl, const Clock& clock)
    {
        auto opened = Database::open(floorUrl);
        REQUIRE(opened.ok());
        database = opened.value();
        REQUIRE(database->peopleAreDatabaseLogins());
        audit = std::make_unique<AuditLog>(*database, clock);
        auth = std::make_unique<AuthService>(*database, *audit, clock, hasher);
        lookups = std::make_unique<CustomerLookupService>(*database, clock);
        tickets = std::make_unique<TicketService>(*database, *audit, clock, QStringLiteral("54"));
        queries = std::make_unique<TicketQueryService>(*database, clock);
        users = std::make_unique<UserService>(*database, *audit, clock, hasher);
    }

    std::shared_ptr<Database> database;
    PasswordHasher hasher;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<CustomerLookupService> lookups;
    std::unique_ptr<TicketService> tickets;
    std::unique_ptr<TicketQueryService> queries;
    std::unique_ptr<UserService> users;
};

// The floor (TestFloor: floor init by the owner, people as login roles), two agents, a
// supervisor, and two customers loaded by the owner.
struct Floor {
    Floor()
        : test(TestDatabase::create("postgresql", true))
        , floor(std::make_unique<TestFloor>(test->db(), clock))
    {
        admin = floor->adminName();
        agent = floor->addPerson(QStringLiteral("agt"), Role::Agent);
        otherAgent = floor->addPerson(QStringLiteral("agb"), Role::Agent);
        supervisor = floor->addPerson(QStringLiteral("spv"), Role::Supervisor);
        floorUrl = floor->url();
        auto seeded = test->db().write([](QSqlDatabase& db) -> Status {
            for (const QString& sql :
                { QStringLiteral("INSERT INTO units (code, level, name) VALUES ('54000', 'main', 'UID Jawa Barat')"),
                    QStringLiteral("INSERT INTO units (code, level, name, parent_code, ppj_bp) "
                                   "VALUES ('54110', 'ulp', 'ULP Bandung Barat', '54000', 300)"),
                    QStringLiteral(
                        "INSERT INTO customers (idpel, name, tariff_class, power_va, payment_type, ulp_code) "
                        "VALUES ('541100000777', 'Neneng Pattiasina', 'R1', 1300, 'postpaid', '54110'), "
                        "('541100000778', 'Asep Sunandar', 'R1', 900, 'postpaid', '54110')"),
                    QStringLiteral(
                        "INSERT INTO bills (idpel, period, stand_start_wh, stand_end_wh, usage_wh, energy_charge, "
                        "total, due_date) VALUES ('541100000777', '2026-10', 1000000, 1150000, 150000, 217000, "
                        "240000, '2026-10-20'), ('541100000777', '2026-11', 1150000, 1300000, 150000, 217000, "
                        "240000, '2026-11-20')") }) {
                auto done = execQuery(db, sql);
                if (!done.ok())
                    return done.error();
            }
            return {};
        });
        REQUIRE(seeded.ok());
    }

    // Who did what, as the owner reads it.
    [[nodiscard]] QString scalar(const QString& sql, const QVariantList& values = {})
    {
        auto value = test->db().read([&](QSqlDatabase& db) { return queryScalar(db, sql, values); });
        REQUIRE(value.ok());
        return value->toString();
    }

    SystemClock clock;
    const QString password = TestFloor::password();
    std::unique_ptr<TestDatabase> test;
    std::unique_ptr<TestFloor> floor; // after test: its roles are dropped while the database exists
    DatabaseUrl floorUrl;
    QString admin, agent, otherAgent, supervisor;
};

Actor signIn(Workstation& desk, const QString& name, const QString& password)
{
    auto actor = desk.auth->login(name, password);
    INFO((actor.ok() ? QString() : actor.error().message + QStringLiteral(" / ") + actor.error().detail).toStdString());
    REQUIRE(actor.ok());
    return actor.value();
}

FilingRequest requestNow(const QString& id)
{
    FilingRequest request;
    request.clientRequestId = id;
    request.callStartedAt = QDateTime::currentDateTimeUtc().addSecs(-240);
    return request;
}

} // namespace

TEST_CASE(
    "On a floor every service runs as the person's own login, and the database holds the line", "[floor][postgresql]")
{
    if (!postgresAvailable())
        return;
    Floor floor;

    Workstation agentDesk(floor.floorUrl, floor.clock);
    CHECK(agentDesk.auth->login(floor.agent, QStringLiteral("wrong-password")).error().kind == ErrorKind::InvalidInput);
    const Actor agent = signIn(agentDesk, floor.agent, floor.password);
    CHECK(agent.role == Role::Agent);
    CHECK(agentDesk.database->loginName() == floor.agent);

    // The look-up and the bill explanation: logged by the database, with the login as actor.
    auto lookup = agentDesk.lookups->lookup(agent, kIdpel);
    INFO((lookup.ok() ? QString() : lookup.error().detail).toStdString());
    REQUIRE(lookup.ok());
    CHECK(lookup->customer.name == QStringLiteral("Neneng Pattiasina"));
    CHECK(lookup->bills.size() == 2);
    auto explained = agentDesk.lookups->explainBill(agent, kIdpel, QStringLiteral("2026-11"));
    REQUIRE(explained.ok());
    CHECK(floor.scalar(
              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'lookup' AND actor = ?"), { floor.agent })
        == QStringLiteral("2"));

    // A workstation that lies about who it is gets its login recorded, not the lie.
    Actor liar = agent;
    liar.userName = floor.supervisor;
    TicketDraft draft = keluhanDraft(kIdpel);
    draft.customerName = QStringLiteral("=HYPERLINK(\"http://x\")");
    draft.unitCode = QStringLiteral("99999");
    draft.slaHours = 1;
    auto filed = agentDesk.tickets->file(liar, draft, requestNow(QStringLiteral("floor-1")));
    INFO((filed.ok() ? QString() : filed.error().detail).toStdString());
    REQUIRE(filed.ok());
    CHECK(filed->ticket.agentName == floor.agent);
    CHECK(filed->ticket.content.customerName == QStringLiteral("Neneng Pattiasina"));
    CHECK(filed->ticket.content.unitCode == QStringLiteral("54110"));
    CHECK(filed->ticket.slaDueAt == filed->ticket.filedAt.addSecs(72 * 3600));
    // Its own retry returns its ticket; another agent's use of the id yields nothing of it.
    auto retried = agentDesk.tickets->file(agent, draft, requestNow(QStringLiteral("floor-1")));
    REQUIRE(retried.ok());
    CHECK(retried->alreadyFiled);
    CHECK(retried->ticket.number == filed->ticket.number);

    Workstation otherDesk(floor.floorUrl, floor.clock);
    const Actor otherAgent = signIn(otherDesk, floor.otherAgent, floor.password);
    auto stolen = otherDesk.tickets->file(otherAgent, draft, requestNow(QStringLiteral("floor-1")));
    REQUIRE_FALSE(stolen.ok());
    CHECK_FALSE(stolen.error().message.contains(filed->ticket.number));
    // Nor does it see the ticket before it has looked the customer up; afterwards it does.
    auto unseen = otherDesk.queries->show(otherAgent, filed->ticket.number);
    CHECK_FALSE(unseen.ok());
    REQUIRE(otherDesk.lookups->lookup(otherAgent, kIdpel).ok());
    CHECK(otherDesk.queries->show(otherAgent, filed->ticket.number).ok());
    // A made-up customer is refused by the database.
    auto ghost = otherDesk.tickets->file(
        otherAgent, issueClosedDraft(QStringLiteral("999999999999")), requestNow(QStringLiteral("floor-ghost")));
    REQUIRE_FALSE(ghost.ok());
    CHECK(ghost.error().kind == ErrorKind::NotFound);

    // A client that claims the supervisor role cannot annotate: the database refuses.
    Actor promoted = agent;
    promoted.role = Role::Supervisor;
    auto note
        = agentDesk.tickets->annotate(promoted, filed->ticket.number, QStringLiteral("catatan palsu"), std::nullopt);
    REQUIRE_FALSE(note.ok());
    CHECK(note.error().kind == ErrorKind::PermissionDenied);
    // The agent reads only its own access-log rows, so even a forged role sees no one else's.
    auto audit = AuditQuery(*agentDesk.audit).query(promoted, AuditFilter {});
    REQUIRE(audit.ok());
    for (const AuditEntry& entry : audit.value())
        CHECK(entry.actor == floor.agent);

    // The supervisor's review, figures and export, recorded as theirs.
    Workstation supervisorDesk(floor.floorUrl, floor.clock);
    const Actor supervisor = signIn(supervisorDesk, floor.supervisor, floor.password);
    auto flagged = supervisorDesk.tickets->annotate(
        supervisor, filed->ticket.number, QStringLiteral("Sesuai SOP"), ReviewFlag::SesuaiSop);
    REQUIRE(flagged.ok());
    CHECK(flagged->actorName == floor.supervisor);
    auto done = supervisorDesk.tickets->changeStatus(supervisor, filed->ticket.number, TicketStatus::DoneByUnit, {});
    REQUIRE(done.ok());
    auto detail = supervisorDesk.queries->show(supervisor, filed->ticket.number);
    REQUIRE(detail.ok());
    CHECK(detail->ticket.status == TicketStatus::DoneByUnit);
    auto floorFigures = supervisorDesk.queries->figures(
        supervisor, QDateTime::currentDateTimeUtc().addDays(-1), QDateTime::currentDateTimeUtc().addDays(1));
    REQUIRE(floorFigures.ok());
    CHECK(floorFigures->total == 1);
    QBuffer csv;
    REQUIRE(csv.open(QIODevice::WriteOnly));
    auto exported
        = TicketCsvExporter(*supervisorDesk.queries, *supervisorDesk.audit).exportCsv(supervisor, TicketFilter {}, csv);
    REQUIRE(exported.ok());
    CHECK(exported->rows == 1);
    CHECK(floor.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND actor = ?"),
              { floor.supervisor })
        == QStringLiteral("1"));

    // The admin disables the other agent: its next sign-in is refused as disabled.
    Workstation adminDesk(floor.floorUrl, floor.clock);
    const Actor admin = signIn(adminDesk, floor.admin, floor.password);
    auto people = adminDesk.users->list(admin);
    REQUIRE(people.ok());
    CHECK(people->size() == 4);
    // Changing one's own password keeps the session: a connection opened afterwards (another
    // thread) uses the new one, and the old one no longer signs in.
    const QString newPassword = QStringLiteral("Floor-Test-Pw-456");
    REQUIRE(adminDesk.users->setPassword(admin, floor.admin, newPassword).ok());
    std::optional<Status> fromAnotherThread;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        fromAnotherThread = adminDesk.database->read([](QSqlDatabase& db) -> Status {
            auto one = queryScalar(db, QStringLiteral("SELECT 1"));
            if (!one.ok())
                return one.error();
            return {};
        });
    }));
    worker->start();
    worker->wait();
    REQUIRE(fromAnotherThread.has_value());
    CHECK(fromAnotherThread->ok());
    CHECK(Workstation(floor.floorUrl, floor.clock).auth->login(floor.admin, floor.password).error().kind
        == ErrorKind::InvalidInput);
    REQUIRE(adminDesk.users->disable(admin, floor.otherAgent).ok());
    Workstation laterDesk(floor.floorUrl, floor.clock);
    auto refused = laterDesk.auth->login(floor.otherAgent, floor.password);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::PermissionDenied);
    CHECK(refused.error().message.contains(QStringLiteral("dinonaktifkan")));
    // And the agent it had signed in is cut off at its next call.
    CHECK_FALSE(otherDesk.lookups->lookup(otherAgent, kIdpel).ok());
}

TEST_CASE(
    "An account from before the floor becomes its person's login and keeps its tickets' author", "[floor][postgresql]")
{
    if (!postgresAvailable())
        return;
    SystemClock clock;
    auto test = TestDatabase::create("postgresql", true);
    auto floor = std::make_unique<TestFloor>(test->db(), clock);
    const QString name = floor->loginName(QStringLiteral("lama"));
    // The one-login era: csodesk's own account with an Argon2id hash.
    const Actor old = createUser(test->db(), name, Role::Agent);
    const QString login = floor->addPerson(QStringLiteral("lama"), Role::Supervisor);
    CHECK(login == name);
    Workstation desk(floor->url(), clock);
    const Actor person = signIn(desk, name, TestFloor::password());
    CHECK(person.userId == old.userId);
    CHECK(person.role == Role::Supervisor);
    auto hash = test->db().read([&](QSqlDatabase& db) {
        return queryScalar(db, QStringLiteral("SELECT password_hash FROM users WHERE name = ?"), { name });
    });
    REQUIRE(hash.ok());
    CHECK(hash->toString().isEmpty());
    floor.reset();
}
