#include "demo/DemoTicketGenerator.h"

#include "../tickets/TicketFixtures.h"
#include "auth/AuthService.h"
#include "auth/UserService.h"
#include "billing/BillCalculator.h"
#include "billing/TariffBook.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DemoUsers.h"
#include "sop/SopLibrary.h"
#include "sop/SopSession.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC); // 09:00 WIB

void addCustomers(Database& db, const Clock& clock, qint64 count)
{
    const TariffBook tariffs = TariffBook::load().value();
    const BillCalculator calculator(tariffs);
    DemoDataGenerator customers(db, clock, calculator);
    DemoDataOptions options;
    options.customers = count;
    options.months = 4;
    REQUIRE(customers.generate(options).ok());
}

struct DemoFloor {
    QList<Actor> agents;
    Actor supervisor;
};

DemoFloor floorOf(Database& db)
{
    DemoFloor floor;
    for (int i = 1; i <= 3; ++i)
        floor.agents << createUser(db, QStringLiteral("agen%1").arg(i), Role::Agent);
    floor.supervisor = createUser(db, QStringLiteral("spv1"), Role::Supervisor);
    return floor;
}

// One line per ticket, everything the generator decided.
QStringList describeAll(TicketQueryService& queries, const Actor& supervisor)
{
    QStringList lines;
    auto status = queries.forEach(supervisor, {}, [&lines](const Ticket& t) {
        lines << QStringList { t.number, t.agentName, ticketKindCode(t.content.kind), t.content.subIssueTypeId,
            t.content.customerIdpel, QString::number(t.handleTimeMs), ticketStatusCode(t.status), t.latestFlag,
            t.linkedTicketNumber }
                     .join(QLatin1Char('|'));
        return true;
    });
    REQUIRE(status.ok());
    return lines;
}

} // namespace

TEST_CASE(
    "Demo tickets are filed over the period through the ticket service, with the floor's variety", "[tickets][demo]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect);
    FixedClock clock(kNow);
    addCustomers(test->db(), clock, 60);
    const DemoFloor floor = floorOf(test->db());

    DemoTicketGenerator generator(test->db(), clock, QStringLiteral("54"));
    DemoTicketOptions options;
    options.tickets = 400;
    options.days = 30;
    qint64 lastProgress = 0;
    auto summary = generator.generate(floor.agents, floor.supervisor, options, [&](qint64 done, qint64 total) {
        CHECK(total == 400);
        CHECK(done == lastProgress + 1);
        lastProgress = done;
    });
    REQUIRE(summary.ok());
    CHECK(lastProgress == 400);
    CHECK(summary->tickets == 400);
    CHECK(summary->alreadyFiled == 0);

    AuditLog audit(test->db(), clock);
    TicketQueryService queries(test->db(), clock);
    QSet<QString> agents;
    QSet<QString> subIssues;
    QSet<QString> statuses;
    QSet<QString> flags;
    qint64 keluhan = 0;
    qint64 linked = 0;
    const QDateTime earliest = kNow.addDays(-31);
    auto walked = queries.forEach(floor.supervisor, {}, [&](const Ticket& t) {
        agents << t.agentName;
        subIssues << t.content.subIssueTypeId;
        statuses << ticketStatusCode(t.status);
        if (!t.latestFlag.isEmpty())
            flags << t.latestFlag;
        keluhan += t.content.kind == TicketKind::Keluhan ? 1 : 0;
        linked += t.linkedTicketNumber.isEmpty() ? 0 : 1;
        CHECK(t.filedAt < kNow);
        CHECK(t.filedAt > earliest);
        CHECK(t.handleTimeMs >= 110'000);
        CHECK(t.content.path.size() >= 3);
        CHECK(t.content.path.last().nodeKind == QStringLiteral("outcome"));
        if (t.content.kind == TicketKind::Keluhan)
            CHECK(t.content.unitCode != QStringLiteral("CC123"));
        return true;
    });
    REQUIRE(walked.ok());
    CHECK(agents.size() == 3);
    CHECK(subIssues.size() >= 5);
    CHECK(keluhan == summary->keluhan);
    CHECK(keluhan > 50);
    CHECK(keluhan < 200);
    CHECK(statuses.contains(QStringLiteral("closed")));
    CHECK(statuses.contains(QStringLiteral("done_by_unit")));
    CHECK(statuses.contains(QStringLiteral("open")));
    CHECK(flags == QSet<QString> { QStringLiteral("sesuai_sop"), QStringLiteral("perlu_koreksi") });
    CHECK(linked == summary->repeats);
    CHECK(linked > 0);
    CHECK(summary->overdue > 0);
    CHECK(summary->doneByUnit > 0);
    CHECK(summary->reviewed > 0);

    // The audit trail tells the same story: each call looked its customer up, then filed.
    AuditFilter filter;
    filter.action = AuditAction::FileTicket;
    filter.limit = 1000;
    auto filings = audit.query(filter);
    REQUIRE(filings.ok());
    CHECK(filings->size() == 400);
    filter.action = AuditAction::Lookup;
    auto lookups = audit.query(filter);
    REQUIRE(lookups.ok());
    CHECK(std::count_if(lookups->cbegin(), lookups->cend(), [](const AuditEntry& entry) {
        return entry.detail == QStringLiteral("by idpel");
    }) == 400);
}

TEST_CASE("Every demo ticket is a walk of a built-in SOP that fits its customer", "[tickets][demo]")
{
    auto test = TestDatabase::create("sqlite");
    FixedClock clock(kNow);
    addCustomers(test->db(), clock, 60);
    const DemoFloor floor = floorOf(test->db());
    DemoTicketOptions options;
    options.tickets = 300;
    REQUIRE(DemoTicketGenerator(test->db(), clock, QStringLiteral("54"))
                .generate(floor.agents, floor.supervisor, options)
                .ok());

    const ApktCatalogue catalogue = ApktCatalogue::builtIn().value();
    const SopLibrary library = SopLibrary::load(catalogue).value();
    TicketQueryService queries(test->db(), clock);
    QSet<QString> outcomes;
    auto walked = queries.forEach(floor.supervisor, {}, [&](const Ticket& t) {
        const SopLibrary::DocumentPtr document = library.findVersion(t.content.sopId, t.content.sopVersion);
        REQUIRE(document);
        // The transcript replays on the document itself: every node, choice and value is the SOP's.
        SopSession replayed(document, SopContext(), catalogue.contactCenterUnit(), clock);
        QList<TranscriptStep> steps = t.content.path;
        steps.removeLast(); // the outcome is where the replay arrives, not a step taken
        CHECK(replayed.replay(steps).ok());
        CHECK(replayed.isAtOutcome());
        CHECK(replayed.currentNode().id == t.content.path.last().nodeId);
        outcomes << t.content.path.last().nodeId;
        // The scripts fit the customer: nothing read out or filed lacks its value.
        for (const TranscriptStep& step : t.content.path)
            CHECK_FALSE(step.text.contains(QStringLiteral("tidak tersedia")));
        CHECK_FALSE(t.content.description.contains(QStringLiteral("TIDAK TERSEDIA")));
        // The steps happened during the call, in order.
        QDateTime previous = t.callStartedAt;
        for (const TranscriptStep& step : t.content.path) {
            CHECK(step.at >= previous);
            previous = step.at;
        }
        CHECK(previous <= t.filedAt);
        return true;
    });
    REQUIRE(walked.ok());
    CHECK(outcomes.size() >= 10);
}

TEST_CASE("The same seed gives the same tickets, and a re-run files nothing twice", "[tickets][demo]")
{
    FixedClock clock(kNow);
    DemoTicketOptions options;
    options.tickets = 120;
    options.seed = 7;

    QStringList first;
    QStringList second;
    for (QStringList* lines : { &first, &second }) {
        auto test = TestDatabase::create("sqlite");
        addCustomers(test->db(), clock, 40);
        const DemoFloor floor = floorOf(test->db());
        DemoTicketGenerator generator(test->db(), clock, QStringLiteral("54"));
        REQUIRE(generator.generate(floor.agents, floor.supervisor, options).ok());
        TicketQueryService queries(test->db(), clock);
        *lines = describeAll(queries, floor.supervisor);

        if (lines == &second) {
            auto again = generator.generate(floor.agents, floor.supervisor, options);
            REQUIRE(again.ok());
            CHECK(again->alreadyFiled == 120);
            CHECK(describeAll(queries, floor.supervisor) == *lines);
        }
    }
    CHECK(first.size() == 120);
    CHECK(first == second);

    auto other = TestDatabase::create("sqlite");
    addCustomers(other->db(), clock, 40);
    const DemoFloor floor = floorOf(other->db());
    options.seed = 8;
    DemoTicketGenerator generator(other->db(), clock, QStringLiteral("54"));
    REQUIRE(generator.generate(floor.agents, floor.supervisor, options).ok());
    TicketQueryService queries(other->db(), clock);
    CHECK(describeAll(queries, floor.supervisor) != first);
}

TEST_CASE("Demo tickets need customers, agents and a supervisor", "[tickets][demo]")
{
    auto test = TestDatabase::create("sqlite");
    FixedClock clock(kNow);
    const DemoFloor floor = floorOf(test->db());
    DemoTicketGenerator generator(test->db(), clock, QStringLiteral("54"));
    auto noCustomers = generator.generate(floor.agents, floor.supervisor, {});
    REQUIRE_FALSE(noCustomers.ok());
    CHECK(noCustomers.error().kind == ErrorKind::NotFound);

    addCustomers(test->db(), clock, 5);
    CHECK(generator.generate({}, floor.supervisor, {}).error().kind == ErrorKind::InvalidInput);
    CHECK(generator.generate(floor.agents, floor.agents.first(), {}).error().kind == ErrorKind::InvalidInput);
    DemoTicketOptions tooMany;
    tooMany.tickets = DemoTicketGenerator::kMaxTickets + 1;
    CHECK(generator.generate(floor.agents, floor.supervisor, tooMany).error().kind == ErrorKind::InvalidInput);
}

TEST_CASE("Demo accounts are created once, and only in a demo database", "[auth][demo]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect);
    FixedClock clock(kNow);
    AuditLog audit(test->db(), clock);
    const PasswordHasher hasher(PasswordHasher::Cost::Minimum);
    UserService users(test->db(), audit, clock, hasher);

    auto first = demo_users::ensure(test->db(), users);
    REQUIRE(first.ok());
    CHECK(first->created == 7);
    CHECK(first->agents.size() == 5);
    CHECK(first->supervisor.userName == QStringLiteral("spv1"));
    CHECK(first->supervisor.role == Role::Supervisor);
    CHECK(first->admin.role == Role::Admin);

    auto again = demo_users::ensure(test->db(), users);
    REQUIRE(again.ok());
    CHECK(again->created == 0);
    CHECK(again->agents.size() == 5);

    AuthService auth(test->db(), audit, clock, hasher);
    for (const DemoUser& account : demo_users::accounts()) {
        auto signedIn = auth.login(account.name, account.password);
        REQUIRE(signedIn.ok());
        CHECK(signedIn->role == account.role);
    }

    auto real = TestDatabase::create(dialect);
    AuditLog realAudit(real->db(), clock);
    UserService realUsers(real->db(), realAudit, clock, hasher);
    REQUIRE(realUsers.bootstrapAdmin(QStringLiteral("budi"), QStringLiteral("rahasia-sekali")).ok());
    auto refused = demo_users::ensure(real->db(), realUsers);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
}
