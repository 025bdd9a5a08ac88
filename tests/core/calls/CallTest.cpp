// The call use case without any widget: look-up with history, the walk, exactly-once filing
// with its one automatic retry, and resuming after a crash. On PostgreSQL the agent is a
// floor's own login (TicketWorld).
#include "calls/Call.h"

#include "../sop/SopTestSupport.h"
#include "../tickets/TicketFixtures.h"
#include "ScriptedCallBackend.h"
#include "calls/ServiceCallBackend.h"
#include "common/TimeUtil.h"
#include "customers/CustomerLookupService.h"
#include "sop/SopPaths.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <deque>
#include <functional>

using namespace csodesk;
using namespace csodesk::test;

namespace {

const QString kIdpel = QStringLiteral("541100000123");

// Keeps the work until the test lets it run: what a slow database looks like to the call.
class QueuedExecutor final : public CallExecutor {
public:
    void run(QObject*, const QString&, std::function<void()> work, std::function<void()> done) override
    {
        m_tasks.emplace_back(std::move(work), std::move(done));
    }
    void runAll()
    {
        while (!m_tasks.empty()) {
            auto [work, done] = std::move(m_tasks.front());
            m_tasks.pop_front();
            work();
            done();
        }
    }
    [[nodiscard]] bool idle() const { return m_tasks.empty(); }

private:
    std::deque<std::pair<std::function<void()>, std::function<void()>>> m_tasks;
};

// The agent's call over the world's database, as the desktop wires it.
struct CallWorld {
    explicit CallWorld(const std::string& dialect)
        : world(dialect)
        , catalogue(ApktCatalogue::builtIn().value())
        , sops(SopLibrary::load(catalogue).value())
        , lookups(world.dbOf(world.agent), world.clock)
        , real(lookups, world.ticketsOf(world.agent), world.queriesOf(world.agent), world.dbOf(world.agent))
        , backend(real)
        , drafts(draftDirectory.path(), world.agent.userName)
    {
        REQUIRE(draftDirectory.isValid());
    }

    [[nodiscard]] std::unique_ptr<Call> newCall(CallExecutor& executor)
    {
        auto call = std::make_unique<Call>(world.agent, backend, executor, sops, catalogue, world.clock, &drafts);
        QObject::connect(
            call.get(), &Call::ticketFiled, call.get(), [this](const FilingResult& result) { filed.append(result); });
        QObject::connect(
            call.get(), &Call::filingFailed, call.get(), [this](const Error& error, FilingFailure failure) {
                failures.append({ error, failure });
            });
        return call;
    }

    // Walks the website-guide path (true for a customer without bills, as the fixture's are)
    // up to its outcome.
    void walkToOutcome(Call& call)
    {
        const auto document = sops.find(QStringLiteral("info-tagihan-invoice"), wibDate(world.clock.nowUtc()));
        REQUIRE(document);
        REQUIRE(call.startWalk(document).ok());
        const QList<SopPath> paths = enumerateSopPaths(*document);
        const auto guide = std::find_if(paths.cbegin(), paths.cend(), [](const SopPath& path) {
            return path.signature() == QStringLiteral("panduan_website--sudah_punya_akun");
        });
        REQUIRE(guide != paths.cend());
        walkSteps(*call.walk(), *guide, world.clock,
            [&call] { call.noteWalkEdited({}, QStringLiteral("Pelanggan minta dihubungi sore")); });
        REQUIRE(call.walk()->isAtOutcome());
    }

    [[nodiscard]] int ticketsWithRequestId(const QString& requestId)
    {
        TicketFilter filter;
        filter.customerIdpel = kIdpel;
        auto page = world.queriesOf(world.supervisor).list(world.supervisor, filter, {});
        REQUIRE(page.ok());
        return int(std::count_if(page->tickets.cbegin(), page->tickets.cend(),
            [&requestId](const Ticket& ticket) { return ticket.clientRequestId == requestId; }));
    }

    TicketWorld world;
    ApktCatalogue catalogue;
    SopLibrary sops;
    CustomerLookupService lookups;
    ServiceCallBackend real;
    ScriptedCallBackend backend;
    QTemporaryDir draftDirectory;
    CallDraftStore drafts;
    QList<FilingResult> filed;
    QList<std::pair<Error, FilingFailure>> failures;
};

Error databaseGone()
{
    return makeError(
        ErrorKind::Unavailable, QStringLiteral("Basis data tidak dapat dihubungi."), QStringLiteral("down"));
}

} // namespace

TEST_CASE("A call finds the customer with the tickets the agent may see, and files its walk once", "[calls]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    CallWorld w(dialect);
    const Ticket earlier = w.world.file(w.world.otherAgent, keluhanDraft(kIdpel));
    InlineCallExecutor inlineExecutor;
    auto call = w.newCall(inlineExecutor);

    std::optional<Error> lookupError { makeError(ErrorKind::Internal, QStringLiteral("not answered")) };
    QObject::connect(call.get(), &Call::lookupFinished, call.get(),
        [&lookupError](
            const QString&, const std::optional<Error>& error, const std::optional<Error>&) { lookupError = error; });
    call->lookUp(QStringLiteral("5411-0000-0123"));
    REQUIRE_FALSE(lookupError.has_value());
    REQUIRE(call->isActive());
    REQUIRE(call->customer() != nullptr);
    CHECK(call->customer()->idpel() == kIdpel);
    // Another agent's ticket, visible once this agent looked the customer up: a repeat contact.
    REQUIRE(call->customer()->lookup.tickets.size() == 1);
    CHECK(call->customer()->lookup.tickets.first().ticketNumber == earlier.number);
    CHECK(call->repeatContactInHistory() == earlier.number);
    CHECK(call->recentLookups() == QStringList { QStringLiteral("5411-0000-0123") });
    CHECK(w.drafts.load().value().has_value()); // the call is on disk from the first look-up

    CHECK_FALSE(call->file()); // nothing to file before an outcome
    w.walkToOutcome(*call);
    const QString requestId = call->draft().clientRequestId;
    const QDateTime startedAt = call->draft().callStartedAt;
    REQUIRE(call->file(earlier.number));
    REQUIRE(w.filed.size() == 1);
    CHECK(w.failures.isEmpty());
    const Ticket& ticket = w.filed.first().ticket;
    CHECK(ticket.clientRequestId == requestId);
    CHECK(ticket.callStartedAt == startedAt);
    CHECK(ticket.linkedTicketNumber == earlier.number);
    CHECK(ticket.content.agentNote == QStringLiteral("Pelanggan minta dihubungi sore"));
    CHECK(ticket.agentName == w.world.agent.userName);
    CHECK_FALSE(call->isActive()); // the call ends with its ticket
    CHECK_FALSE(w.drafts.load().value().has_value());
    CHECK(w.ticketsWithRequestId(requestId) == 1);

    lookupError.reset();
    call->lookUp(QStringLiteral("999999999999"));
    REQUIRE(lookupError.has_value());
    CHECK(lookupError->kind == ErrorKind::NotFound);
    CHECK(call->customer() == nullptr);
}

TEST_CASE("The database lost while filing: the call waits, retries once with the same key, one ticket",
    "[calls][reliability]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    CallWorld w(dialect);
    QueuedExecutor executor;
    auto call = w.newCall(executor);
    call->lookUp(kIdpel);
    executor.runAll();
    REQUIRE(call->customer() != nullptr);
    w.walkToOutcome(*call);

    // The first attempt commits, but its answer is lost with the connection: the worst case.
    bool databaseUp = false;
    int attempts = 0;
    w.backend.onFile
        = [&](const Actor& actor, const TicketDraft& draft, const FilingRequest& request) -> Result<FilingResult> {
        ++attempts;
        auto result = w.real.file(actor, draft, request);
        if (attempts == 1)
            return databaseGone();
        return result;
    };
    w.backend.onProbe = [&]() -> Status {
        if (databaseUp)
            return {};
        return databaseGone();
    };
    const QString requestId = call->draft().clientRequestId;
    REQUIRE(call->file());
    CHECK(call->isFiling());
    CHECK_FALSE(call->file()); // one filing at a time
    executor.runAll();
    REQUIRE(w.failures.size() == 1);
    CHECK(w.failures.first().second == FilingFailure::DatabaseGone);
    CHECK(w.drafts.load().value()->clientRequestId == requestId); // safe on disk meanwhile

    call->waitForDatabase();
    CHECK(call->isWaitingForDatabase());
    call->checkDatabaseAgain();
    executor.runAll();
    CHECK(call->isWaitingForDatabase()); // still down: no retry yet
    CHECK(attempts == 1);
    // Closing the workspace stops the waiting: nothing is filed behind the person's back.
    call->stopWaitingForDatabase();
    databaseUp = true;
    call->checkDatabaseAgain();
    executor.runAll();
    CHECK(attempts == 1);
    databaseUp = false;
    call->waitForDatabase();

    databaseUp = true;
    call->checkDatabaseAgain();
    executor.runAll();
    CHECK_FALSE(call->isWaitingForDatabase());
    CHECK(attempts == 2);
    REQUIRE(w.filed.size() == 1);
    CHECK(w.filed.first().alreadyFiled); // the first attempt's ticket, not a second one
    CHECK(w.ticketsWithRequestId(requestId) == 1);
    CHECK_FALSE(w.drafts.load().value().has_value());
}

TEST_CASE("The one automatic retry failing too leaves the decision to the agent", "[calls][reliability]")
{
    CallWorld w("sqlite");
    InlineCallExecutor inlineExecutor;
    auto call = w.newCall(inlineExecutor);
    call->lookUp(kIdpel);
    w.walkToOutcome(*call);
    bool databaseUp = false;
    w.backend.onFile
        = [](const Actor&, const TicketDraft&, const FilingRequest&) -> Result<FilingResult> { return databaseGone(); };
    w.backend.onProbe = [&]() -> Status {
        if (databaseUp)
            return {};
        return databaseGone();
    };
    REQUIRE(call->file());
    call->waitForDatabase();
    databaseUp = true;
    call->checkDatabaseAgain();
    REQUIRE(w.failures.size() == 2);
    CHECK(w.failures.at(0).second == FilingFailure::DatabaseGone);
    CHECK(w.failures.at(1).second == FilingFailure::RetryFailed);
    CHECK(call->isActive()); // the call and its draft stay for the agent's next try
    CHECK(w.drafts.load().value().has_value());

    // A refusal is not retried at all.
    w.backend.onFile = [](const Actor&, const TicketDraft&, const FilingRequest&) -> Result<FilingResult> {
        return makeError(ErrorKind::PermissionDenied, QStringLiteral("Tidak boleh."), QStringLiteral("refused"));
    };
    REQUIRE(call->file());
    REQUIRE(w.failures.size() == 3);
    CHECK(w.failures.at(2).second == FilingFailure::Refused);
    CHECK_FALSE(call->isWaitingForDatabase());
}

TEST_CASE("A call cut off by a crash resumes with its start, filing key, steps and note", "[calls]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    CallWorld w(dialect);
    InlineCallExecutor inlineExecutor;
    CallDraft before;
    {
        auto call = w.newCall(inlineExecutor);
        call->lookUp(kIdpel);
        w.walkToOutcome(*call);
        before = call->draft();
        // The program dies here: the call object is gone, its draft stays.
    }
    REQUIRE_FALSE(before.steps.isEmpty());
    auto call = w.newCall(inlineExecutor);
    auto saved = call->savedCall();
    REQUIRE(saved.ok());
    REQUIRE(saved->has_value());
    std::optional<Error> resumeProblem { makeError(ErrorKind::Internal, QStringLiteral("not answered")) };
    QObject::connect(call.get(), &Call::lookupFinished, call.get(),
        [&resumeProblem](const QString&, const std::optional<Error>& error, const std::optional<Error>& problem) {
            REQUIRE_FALSE(error.has_value());
            resumeProblem = problem;
        });
    w.world.clock.advanceSeconds(120);
    call->resume(**saved);
    CHECK_FALSE(resumeProblem.has_value());
    REQUIRE(call->walk() != nullptr);
    CHECK(call->walk()->isAtOutcome());
    CHECK(call->walk()->path() == before.steps);
    CHECK(call->draft().callStartedAt == before.callStartedAt);
    CHECK(call->draft().clientRequestId == before.clientRequestId);
    CHECK(call->draft().agentNote == before.agentNote);
    CHECK(call->elapsedSeconds() >= 120);

    REQUIRE(call->file());
    REQUIRE(w.filed.size() == 1);
    CHECK(w.filed.first().ticket.clientRequestId == before.clientRequestId);
    CHECK(w.filed.first().ticket.callStartedAt == before.callStartedAt);

    // A call ended without a ticket leaves no draft behind.
    call->lookUp(kIdpel);
    REQUIRE(w.drafts.load().value().has_value());
    CHECK(call->end());
    CHECK_FALSE(call->isActive());
    CHECK_FALSE(w.drafts.load().value().has_value());
}

TEST_CASE("A saved call that cannot be read is reported and removed, not resumed", "[calls]")
{
    CallWorld w("sqlite");
    QFile broken(w.drafts.filePath());
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write("{ not json");
    broken.close();
    InlineCallExecutor inlineExecutor;
    auto call = w.newCall(inlineExecutor);
    auto saved = call->savedCall();
    CHECK_FALSE(saved.ok());
    CHECK_FALSE(QFile::exists(w.drafts.filePath()));
    auto again = call->savedCall();
    REQUIRE(again.ok());
    CHECK_FALSE(again->has_value());
}

TEST_CASE(
    "A question about an averaged month is answered on the newest averaged bill, not the newest bill", "[calls][when]")
{
    CallWorld w("sqlite");
    InlineCallExecutor inlineExecutor;
    auto call = w.newCall(inlineExecutor);
    w.backend.onLookUp = [&w](const Actor& actor, const QString& input) -> Result<CustomerLookup> {
        auto lookup = w.real.lookUp(actor, input);
        if (!lookup.ok())
            return lookup;
        auto billOf = [](int month, bool estimated) {
            Bill bill;
            bill.idpel = kIdpel;
            bill.period = BillingPeriod(2026, month);
            bill.standStartWh = 1'000'000 * month;
            bill.standEndWh = 1'000'000 * month + 300'000;
            bill.usageWh = 300'000;
            bill.estimated = estimated;
            if (estimated)
                bill.estimatedFrom = { BillingPeriod(2026, month - 3), BillingPeriod(2026, month - 2),
                    BillingPeriod(2026, month - 1) };
            bill.total = 400'000;
            bill.dueDate = bill.period.dueDate();
            return bill;
        };
        // The newest bill was read; October was billed on the average, and so was August.
        lookup->bills = { billOf(11, false), billOf(10, true), billOf(9, false), billOf(8, true) };
        return lookup;
    };
    call->lookUp(kIdpel);
    REQUIRE(call->customer() != nullptr);
    REQUIRE(call->customer()->billPeriod == BillingPeriod(2026, 11));
    const auto document = w.sops.findVersion(QStringLiteral("stand-meter-mandiri"), 2);
    REQUIRE(document);
    REQUIRE(call->startWalk(document).ok());
    const QString question = call->walk()->text();

    const SopChoice* averaged = call->walk()->currentNode().findChoice(QStringLiteral("tagihan_rata_rata"));
    REQUIRE(averaged != nullptr);
    CHECK_FALSE(call->walk()->unavailableReason(*averaged).isEmpty()); // not true of November's bill
    REQUIRE(call->billWhere(*averaged) == BillingPeriod(2026, 10)); // the newest averaged month
    const SopChoice* dispute = call->walk()->currentNode().findChoice(QStringLiteral("sanggah"));
    CHECK(call->billWhere(*dispute) == BillingPeriod(2026, 11)); // applies to the newest already

    REQUIRE(call->choose(averaged->id).ok()); // the agent picks it: October is taken
    CHECK(call->customer()->billPeriod == BillingPeriod(2026, 10));
    CHECK(call->draft().billPeriod == QStringLiteral("2026-10"));
    CHECK(call->walk()->path().first().text == question); // what was read out is unchanged
    CHECK(call->walk()->context().value(QStringLiteral("period")) == QStringLiteral("Oktober 2026"));
    CHECK(call->walk()->context().value(QStringLiteral("estimated_from"))
        == QStringLiteral("Juli, Agustus dan September 2026"));
    CHECK(call->walk()->text().contains(QStringLiteral("Oktober 2026")));
}
