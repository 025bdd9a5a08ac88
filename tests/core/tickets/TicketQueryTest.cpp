#include "TicketFixtures.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

QStringList numbersOf(const QList<Ticket>& tickets)
{
    QStringList numbers;
    for (const Ticket& ticket : tickets)
        numbers << ticket.number;
    return numbers;
}

QStringList allPages(
    TicketQueryService& queries, const Actor& actor, const TicketFilter& filter, TicketSort sort, int limit)
{
    QStringList numbers;
    TicketPageRequest request;
    request.sort = sort;
    request.limit = limit;
    for (int guard = 0; guard < 100; ++guard) {
        auto page = queries.list(actor, filter, request);
        REQUIRE(page.ok());
        REQUIRE(page->tickets.size() <= limit);
        numbers += numbersOf(page->tickets);
        if (page->nextCursor.isEmpty())
            return numbers;
        request.cursor = page->nextCursor;
    }
    FAIL("paging did not end");
    return numbers;
}

} // namespace

TEST_CASE("Keyset paging visits every ticket once, in order, and new tickets do not shift the pages", "[tickets]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    QStringList filedOrder;
    QList<QDateTime> filedAt;
    for (int i = 0; i < 23; ++i) {
        // Pairs filed at the same instant exercise the id tie-break.
        if (i % 2 == 0)
            w.clock.advanceSeconds(60);
        const Ticket ticket = w.file(w.agent, issueClosedDraft(QStringLiteral("541100000123")), 10 + (i * 7) % 11);
        filedOrder << ticket.number;
        filedAt << ticket.filedAt;
    }

    // Within a period: the period's bound moves up to the cursor page by page; the rows must not.
    TicketFilter period;
    period.from = filedAt.at(4); // a pair: 4 and 5 share the instant
    period.to = filedAt.at(18); // exclusive: 18 and 19 are out
    const QStringList inPeriod = filedOrder.mid(4, 14);
    QStringList inPeriodNewestFirst = inPeriod;
    std::reverse(inPeriodNewestFirst.begin(), inPeriodNewestFirst.end());
    CHECK(allPages(w.queriesOf(w.supervisor), w.supervisor, period, TicketSort::FiledOldestFirst, 3) == inPeriod);
    CHECK(allPages(w.queriesOf(w.supervisor), w.supervisor, period, TicketSort::FiledNewestFirst, 3)
        == inPeriodNewestFirst);
    CHECK(allPages(w.queriesOf(w.supervisor), w.supervisor, period, TicketSort::FiledNewestFirst, 1)
        == inPeriodNewestFirst);

    QStringList newestFirst = filedOrder;
    std::reverse(newestFirst.begin(), newestFirst.end());
    CHECK(allPages(w.queriesOf(w.supervisor), w.supervisor, {}, TicketSort::FiledNewestFirst, 5) == newestFirst);
    CHECK(allPages(w.queriesOf(w.supervisor), w.supervisor, {}, TicketSort::FiledOldestFirst, 4) == filedOrder);

    const QStringList byHandle
        = allPages(w.queriesOf(w.supervisor), w.supervisor, {}, TicketSort::HandleTimeLongestFirst, 3);
    CHECK(QSet<QString>(byHandle.begin(), byHandle.end()).size() == 23);

    TicketPageRequest first;
    first.limit = 5;
    auto page1 = w.queriesOf(w.supervisor).list(w.supervisor, {}, first);
    REQUIRE(page1.ok());
    w.clock.advanceSeconds(60);
    (void)w.file(w.agent, issueClosedDraft(QStringLiteral("541100000123"))); // newer than page 1
    TicketPageRequest next = first;
    next.cursor = page1->nextCursor;
    auto page2 = w.queriesOf(w.supervisor).list(w.supervisor, {}, next);
    REQUIRE(page2.ok());
    CHECK(numbersOf(page2->tickets) == newestFirst.mid(5, 5));

    TicketPageRequest wrongSort = next;
    wrongSort.sort = TicketSort::FiledOldestFirst;
    CHECK(w.queriesOf(w.supervisor).list(w.supervisor, {}, wrongSort).error().kind == ErrorKind::InvalidInput);
    next.cursor = QStringLiteral("newest:abc:1");
    CHECK(w.queriesOf(w.supervisor).list(w.supervisor, {}, next).error().kind == ErrorKind::InvalidInput);
}

TEST_CASE("Every filter narrows the list as documented", "[tickets]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    const QDateTime start = w.clock.nowUtc();
    const Ticket a = w.file(w.agent, keluhanDraft(QStringLiteral("541100000123")));
    w.clock.advanceSeconds(3600);
    TicketDraft otherUnit = keluhanDraft(QStringLiteral("541100000456"), QStringLiteral("cater.lebih_tagih"));
    otherUnit.unitCode = QStringLiteral("54120");
    otherUnit.description = QStringLiteral("Stand meter lebih tinggi dari tagihan");
    const Ticket b = w.file(w.otherAgent, otherUnit);
    w.clock.advanceSeconds(3600);
    const Ticket c = w.file(w.agent, issueClosedDraft(QStringLiteral("541100000456")));
    REQUIRE(w.ticketsOf(w.supervisor).changeStatus(w.supervisor, b.number, TicketStatus::DoneByUnit).ok());

    auto numbers = [&w](const TicketFilter& filter) {
        auto page = w.queriesOf(w.supervisor).list(w.supervisor, filter, {});
        REQUIRE(page.ok());
        QStringList result = numbersOf(page->tickets);
        result.sort();
        return result;
    };
    TicketFilter f;
    f.from = start.addSecs(1);
    CHECK(numbers(f) == QStringList { b.number, c.number });
    f = {};
    f.to = start.addSecs(3600);
    CHECK(numbers(f) == QStringList { a.number });
    f = {};
    f.agentName = w.agent.userName;
    CHECK(numbers(f) == QStringList { a.number, c.number });
    f = {};
    f.kind = TicketKind::IssueClosed;
    CHECK(numbers(f) == QStringList { c.number });
    f = {};
    f.issueTypeId = QStringLiteral("cater");
    CHECK(numbers(f) == QStringList { b.number });
    f = {};
    f.subIssueTypeId = QStringLiteral("tagihan.koreksi_rekening");
    CHECK(numbers(f) == QStringList { a.number });
    f = {};
    f.unitCode = QStringLiteral("54120");
    CHECK(numbers(f) == QStringList { b.number });
    f = {};
    f.customerIdpel = QStringLiteral("541100000456");
    CHECK(numbers(f) == QStringList { b.number, c.number });
    f = {};
    f.descriptionContains = QStringLiteral("STAND METER");
    CHECK(numbers(f) == QStringList { b.number });
    f = {};
    f.openOnly = true;
    CHECK(numbers(f) == QStringList { a.number });
    f = {};
    f.overdueOnly = true;
    CHECK(numbers(f).isEmpty());
    w.clock.advanceSeconds(72 * 3600);
    CHECK(numbers(f) == QStringList { a.number });
}
