#include "TicketFixtures.h"
#include "apkt/ApktCatalogue.h"
#include "common/TimeUtil.h"
#include "tickets/TicketNumber.h"

#include <QSet>
#include <QThread>
#include <QUuid>

#include <catch2/catch.hpp>

#include <atomic>
#include <memory>
#include <vector>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("Filing stores every part of the draft and numbers tickets per site and WIB day", "[tickets]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);

    const TicketDraft draft = keluhanDraft(QStringLiteral("541100000123"));
    const Ticket first = w.file(w.agent, draft, 245);
    CHECK(first.number == QStringLiteral("K5426112200001"));
    CHECK(first.content == draft);
    CHECK(first.agentUserId == w.agent.userId);
    CHECK(first.agentName == w.agent.userName);
    CHECK(first.filedAt == w.clock.nowUtc());
    CHECK(first.callStartedAt == w.clock.nowUtc().addSecs(-245));
    CHECK(first.handleTimeMs == 245000);
    CHECK(first.slaDueAt == w.clock.nowUtc().addSecs(72 * 3600));
    CHECK(first.status == TicketStatus::Open);

    const Ticket second = w.file(w.otherAgent, issueClosedDraft(QStringLiteral("541100000123")), 60, first.number);
    CHECK(second.number == QStringLiteral("K5426112200002"));
    CHECK(second.linkedTicketNumber == first.number);
    CHECK_FALSE(second.slaDueAt.isValid());
    CHECK(second.status == TicketStatus::Closed);

    FilingRequest otherCustomer;
    otherCustomer.callStartedAt = w.clock.nowUtc();
    otherCustomer.clientRequestId = QStringLiteral("link-to-other-customer");
    otherCustomer.linkedTicketNumber = first.number;
    auto refused = w.ticketsOf(w.agent).file(w.agent, issueClosedDraft(QStringLiteral("541100000456")), otherCustomer);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().detail.toStdString());
    CHECK(refused.error().kind == ErrorKind::InvalidInput);

    // 17:00 UTC is midnight in Jakarta: a new day and a new sequence.
    w.clock.set(QDateTime(QDate(2026, 11, 22), QTime(17, 0), Qt::UTC));
    CHECK(w.file(w.agent, draft).number == QStringLiteral("K5426112300001"));

    AuditFilter filings;
    filings.action = AuditAction::FileTicket;
    auto recorded = w.auditOf(w.supervisor).query(filings);
    REQUIRE(recorded.ok());
    REQUIRE(recorded->size() == 3);
    CHECK(recorded->last().detail == first.number);
    CHECK(recorded->last().customerIdpel == QStringLiteral("541100000123"));
}

TEST_CASE("Retrying a filing with the same request id returns the first ticket instead of a second", "[tickets]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    FilingRequest request;
    request.callStartedAt = w.clock.nowUtc().addSecs(-90);
    request.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const TicketDraft draft = keluhanDraft(QStringLiteral("541100000123"));

    auto first = w.ticketsOf(w.agent).file(w.agent, draft, request);
    REQUIRE(first.ok());
    CHECK_FALSE(first->alreadyFiled);
    w.clock.advanceSeconds(30);
    auto retry = w.ticketsOf(w.agent).file(w.agent, draft, request);
    REQUIRE(retry.ok());
    CHECK(retry->alreadyFiled);
    CHECK(retry->ticket.number == first->ticket.number);
    CHECK(retry->ticket.filedAt == first->ticket.filedAt);
    CHECK(w.queriesOf(w.supervisor).count(w.supervisor, {}).value() == 1);
}

TEST_CASE("A failed filing stores nothing and burns no number", "[tickets]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    FilingRequest request;
    request.callStartedAt = w.clock.nowUtc().addSecs(-90);
    request.clientRequestId = QStringLiteral("retry-me");
    request.linkedTicketNumber = QStringLiteral("K5426112299999");
    const TicketDraft draft = keluhanDraft(QStringLiteral("541100000123"));

    auto failed = w.ticketsOf(w.agent).file(w.agent, draft, request);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == ErrorKind::NotFound);
    CHECK(failed.error().message.contains(QStringLiteral("K5426112299999")));
    CHECK(w.queriesOf(w.supervisor).count(w.supervisor, {}).value() == 0);

    request.linkedTicketNumber.clear();
    auto retried = w.ticketsOf(w.agent).file(w.agent, draft, request);
    REQUIRE(retried.ok());
    CHECK(retried->ticket.number == QStringLiteral("K5426112200001"));
}

TEST_CASE("Incomplete drafts and requests are refused with a reason", "[tickets]")
{
    TicketWorld w("sqlite");
    FilingRequest request;
    request.callStartedAt = w.clock.nowUtc().addSecs(-90);
    request.clientRequestId = QStringLiteral("r1");

    TicketDraft badIdpel = keluhanDraft(QStringLiteral("5411"));
    CHECK(w.ticketsOf(w.agent).file(w.agent, badIdpel, request).error().message
        == QStringLiteral("IDPEL pelanggan harus 12 angka."));
    TicketDraft noUnit = keluhanDraft(QStringLiteral("541100000123"));
    noUnit.unitCode.clear();
    CHECK(w.ticketsOf(w.agent).file(w.agent, noUnit, request).error().kind == ErrorKind::InvalidInput);
    TicketDraft noSla = keluhanDraft(QStringLiteral("541100000123"));
    noSla.slaHours = 0;
    CHECK(w.ticketsOf(w.agent).file(w.agent, noSla, request).error().kind == ErrorKind::InvalidInput);

    FilingRequest future = request;
    future.callStartedAt = w.clock.nowUtc().addSecs(60);
    CHECK(w.ticketsOf(w.agent).file(w.agent, keluhanDraft(QStringLiteral("541100000123")), future).error().kind
        == ErrorKind::InvalidInput);
    FilingRequest noId = request;
    noId.clientRequestId.clear();
    CHECK(w.ticketsOf(w.agent).file(w.agent, keluhanDraft(QStringLiteral("541100000123")), noId).error().kind
        == ErrorKind::InvalidInput);
    CHECK(w.ticketsOf(w.agent).file(Actor {}, keluhanDraft(QStringLiteral("541100000123")), request).error().kind
        == ErrorKind::PermissionDenied);

    TicketService badSite(w.owner(), w.auditOf(w.agent), w.clock, QStringLiteral("5A"));
    CHECK(badSite.file(w.agent, keluhanDraft(QStringLiteral("541100000123")), request).error().kind
        == ErrorKind::InvalidInput);
    CHECK(w.queriesOf(w.supervisor).count(w.supervisor, {}).value() == 0);
}

TEST_CASE("Agents filing at the same instant from several threads get distinct numbers and lose nothing", "[tickets]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    constexpr int kThreads = 4;
    constexpr int kPerThread = 12;
    std::atomic<int> failures { 0 };
    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < kThreads; ++t) {
        const Actor actor = t % 2 == 0 ? w.agent : w.otherAgent;
        threads.emplace_back(QThread::create([&w, &failures, actor] {
            for (int i = 0; i < kPerThread; ++i) {
                FilingRequest request;
                request.callStartedAt = w.clock.nowUtc().addSecs(-60);
                request.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                if (!w.ticketsOf(actor).file(actor, keluhanDraft(QStringLiteral("541100000123")), request).ok())
                    ++failures;
            }
        }));
    }
    for (auto& thread : threads)
        thread->start();
    for (auto& thread : threads)
        thread->wait();
    CHECK(failures.load() == 0);

    QSet<QString> numbers;
    auto all = w.queriesOf(w.supervisor).forEach(w.supervisor, {}, [&numbers](const Ticket& ticket) {
        numbers.insert(ticket.number);
        return true;
    });
    REQUIRE(all.ok());
    CHECK(numbers.size() == kThreads * kPerThread);
    for (int sequence = 1; sequence <= kThreads * kPerThread; ++sequence)
        CHECK(numbers.contains(QStringLiteral("K54261122%1").arg(sequence, 5, 10, QLatin1Char('0'))));
}

TEST_CASE("Injection strings are stored and returned verbatim", "[tickets]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    const QString evil = QStringLiteral("'; DROP TABLE tickets; -- \"quoted\" \\ %_ 😀 ñ");
    w.seedCustomer(QStringLiteral("541100000123"), evil); // a floor files under the record's name
    TicketDraft draft = keluhanDraft(QStringLiteral("541100000123"));
    draft.customerName = evil;
    draft.description = evil;
    draft.agentNote = evil;
    draft.fields.insert(QStringLiteral("email"), evil);
    const Ticket filed = w.file(w.agent, draft);
    REQUIRE(w.ticketsOf(w.supervisor).annotate(w.supervisor, filed.number, evil).ok());

    auto shown = w.queriesOf(w.supervisor).show(w.supervisor, filed.number);
    REQUIRE(shown.ok());
    CHECK(shown->ticket.content == draft);
    CHECK(shown->ticket.latestReviewNote == evil);
    CHECK(shown->events.at(0).note == evil);

    TicketFilter byText;
    byText.descriptionContains = QStringLiteral("drop table tickets; -- \"QUOTED\" \\ %_");
    CHECK(w.queriesOf(w.supervisor).count(w.supervisor, byText).value() == 1);
    byText.descriptionContains = QStringLiteral("%");
    CHECK(w.queriesOf(w.supervisor).count(w.supervisor, byText).value() == 1); // a literal %, not a wildcard
    byText.descriptionContains = QStringLiteral("_x");
    CHECK(w.queriesOf(w.supervisor).count(w.supervisor, byText).value() == 0);
}

TEST_CASE("Ticket numbers: K, site, WIB date, at least five sequence digits", "[tickets]")
{
    const QDate day(2026, 11, 22);
    CHECK(ticket_number::format(QStringLiteral("54"), day, 7) == QStringLiteral("K5426112200007"));
    CHECK(ticket_number::format(QStringLiteral("54"), day, 99999) == QStringLiteral("K5426112299999"));
    CHECK(ticket_number::format(QStringLiteral("54"), day, 123456) == QStringLiteral("K54261122123456"));
    CHECK(ticket_number::checkSiteCode(QStringLiteral("07")).ok());
    CHECK_FALSE(ticket_number::checkSiteCode(QStringLiteral("7")).ok());
    CHECK_FALSE(ticket_number::checkSiteCode(QStringLiteral("5A")).ok());
}

TEST_CASE("A filing that fails inside the transaction leaves nothing behind, and the retry files once", "[tickets]")
{
    TicketWorld w("sqlite");
    auto conn = w.owner().connection();
    REQUIRE(conn.ok());
    // Simulates the storage failing after the number was taken (a temporary trigger lives only on
    // this test's connection, which is the one the service uses on this thread).
    REQUIRE(execQuery(conn.value(),
        QStringLiteral("CREATE TEMP TRIGGER fail_filing BEFORE INSERT ON tickets "
                       "BEGIN SELECT RAISE(ABORT, 'simulated storage failure'); END"))
                .ok());
    FilingRequest request;
    request.callStartedAt = w.clock.nowUtc().addSecs(-120);
    request.clientRequestId = QStringLiteral("3f1c9a52-6a43-4a8e-9d0e-1c2b3a4d5e6f");
    const TicketDraft draft = keluhanDraft(QStringLiteral("541100000123"));

    auto failed = w.ticketsOf(w.agent).file(w.agent, draft, request);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.startsWith(QStringLiteral("Tiket belum tercatat:")));
    CHECK(w.queriesOf(w.supervisor).count(w.supervisor, {}).value() == 0);
    CHECK(queryScalar(conn.value(), QStringLiteral("SELECT COUNT(*) FROM ticket_counters"))->toInt() == 0);

    REQUIRE(execQuery(conn.value(), QStringLiteral("DROP TRIGGER fail_filing")).ok());
    auto retried = w.ticketsOf(w.agent).file(w.agent, draft, request);
    REQUIRE(retried.ok());
    CHECK_FALSE(retried->alreadyFiled);
    CHECK(retried->ticket.number == QStringLiteral("K5426112200001"));
    auto again = w.ticketsOf(w.agent).file(w.agent, draft, request);
    REQUIRE(again.ok());
    CHECK(again->alreadyFiled);
    CHECK(w.queriesOf(w.supervisor).count(w.supervisor, {}).value() == 1);
}

TEST_CASE("A retry id is idempotent per person: someone else's id yields nothing of their ticket", "[tickets][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    FilingRequest request;
    request.callStartedAt = w.clock.nowUtc().addSecs(-120);
    request.clientRequestId = QStringLiteral("shared-retry-id");
    auto first = w.ticketsOf(w.agent).file(w.agent, keluhanDraft(QStringLiteral("541100000123")), request);
    REQUIRE(first.ok());
    auto again = w.ticketsOf(w.agent).file(w.agent, keluhanDraft(QStringLiteral("541100000123")), request);
    REQUIRE(again.ok());
    CHECK(again->alreadyFiled);
    CHECK(again->ticket.number == first->ticket.number);

    auto other = w.ticketsOf(w.otherAgent).file(w.otherAgent, keluhanDraft(QStringLiteral("541100000123")), request);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().kind == ErrorKind::InvalidInput);
    CHECK(other.error().message.contains(QStringLiteral("sudah dipakai orang lain")));
    CHECK_FALSE(other.error().message.contains(first->ticket.number));
    CHECK_FALSE(other.error().detail.contains(first->ticket.number));
}

TEST_CASE("A ticket's customer, name, unit and SLA are the record's, whatever the draft claims", "[tickets][security]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    FilingRequest request;
    request.callStartedAt = w.clock.nowUtc().addSecs(-90);
    request.clientRequestId = QStringLiteral("record-1");

    // A made-up customer is refused.
    auto ghost = w.ticketsOf(w.agent).file(w.agent, keluhanDraft(QStringLiteral("999999999999")), request);
    REQUIRE_FALSE(ghost.ok());
    CHECK(ghost.error().kind == ErrorKind::NotFound);

    // A forged name, a fake unit and a one-hour SLA: filed with the record's.
    TicketDraft forged = keluhanDraft(QStringLiteral("541100000123"));
    const FixtureCustomer customer = fixtureCustomer(forged.customerIdpel);
    forged.customerName = QStringLiteral("=HYPERLINK(\"http://x\")");
    forged.unitCode = QStringLiteral("99999");
    forged.unitName = QStringLiteral("Unit palsu");
    forged.slaHours = 1;
    request.clientRequestId = QStringLiteral("record-2");
    auto filed = w.ticketsOf(w.agent).file(w.agent, forged, request);
    INFO((filed.ok() ? QString() : filed.error().message + QStringLiteral(" / ") + filed.error().detail).toStdString());
    REQUIRE(filed.ok());
    CHECK(filed->ticket.content.customerName == customer.name);
    CHECK(filed->ticket.content.unitCode == customer.ulpCode);
    CHECK(filed->ticket.slaDueAt == filed->ticket.filedAt.addSecs(72 * 3600));

    // An Issue Closed stays at the contact centre, whatever unit it names.
    TicketDraft closed = issueClosedDraft(QStringLiteral("541100000123"));
    closed.unitCode = QStringLiteral("99999");
    request.clientRequestId = QStringLiteral("record-3");
    auto info = w.ticketsOf(w.agent).file(w.agent, closed, request);
    REQUIRE(info.ok());
    CHECK(info->ticket.content.unitCode == ApktCatalogue::builtIn()->contactCenterUnit().code);

    // An APKT type that is not in the catalogue.
    TicketDraft unknown = keluhanDraft(QStringLiteral("541100000123"));
    unknown.subIssueTypeId = QStringLiteral("tagihan.tidak_ada");
    request.clientRequestId = QStringLiteral("record-4");
    CHECK_FALSE(w.ticketsOf(w.agent).file(w.agent, unknown, request).ok());
}

TEST_CASE("Control characters and oversized parts are refused, naming the part", "[tickets][security]")
{
    TicketWorld w("sqlite");
    FilingRequest request;
    request.callStartedAt = w.clock.nowUtc().addSecs(-90);
    request.clientRequestId = QStringLiteral("nul-1");
    auto refused = [&](const TicketDraft& draft) {
        auto filed = w.ticketsOf(w.agent).file(w.agent, draft, request);
        REQUIRE_FALSE(filed.ok());
        CHECK(filed.error().kind == ErrorKind::InvalidInput);
        return filed.error().message;
    };
    TicketDraft draft = keluhanDraft(QStringLiteral("541100000123"));
    draft.description = QStringLiteral("KOREKSI") + QChar(0) + QStringLiteral("REKENING");
    CHECK(refused(draft) == QStringLiteral("Uraian berisi karakter kendali (misalnya NUL); hapus karakter itu."));
    draft = keluhanDraft(QStringLiteral("541100000123"));
    draft.fields.insert(QStringLiteral("email"), QStringLiteral("a@b.id\x1b[31m"));
    CHECK(refused(draft).startsWith(QStringLiteral("Isian \"email\" berisi karakter kendali")));
    draft = keluhanDraft(QStringLiteral("541100000123"));
    draft.path.first().text += QChar(0);
    CHECK(refused(draft).startsWith(QStringLiteral("Langkah 1 jalur SOP berisi karakter kendali")));
    draft = keluhanDraft(QStringLiteral("541100000123"));
    draft.agentNote = QStringLiteral("Baris satu\nbaris dua\tdengan tab"); // prose keeps its line breaks
    request.clientRequestId = QStringLiteral("nul-ok");
    CHECK(w.ticketsOf(w.agent).file(w.agent, draft, request).ok());

    // A path of 300 KiB (a look-up of that customer used to take seconds).
    request.clientRequestId = QStringLiteral("nul-2");
    draft = keluhanDraft(QStringLiteral("541100000123"));
    for (int i = 0; i < 100; ++i) {
        TranscriptStep step = draft.path.first();
        step.text = QString(3000, QLatin1Char('a'));
        draft.path.append(step);
    }
    CHECK(refused(draft).contains(QStringLiteral("jalur SOP tiket terlalu besar")));
    CHECK(w.queriesOf(w.supervisor).count(w.supervisor, {}).value() == 1);
}
