// The dashboard's figures, changes and drill-down rules, without any widget. On PostgreSQL
// the supervisor is a floor's own login (TicketWorld).
#include "dashboard/DashboardQuery.h"

#include "../tickets/TicketFixtures.h"
#include "tickets/AgentWorkload.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

QDateTime utc(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

// What the log lists for a bar's filter: the bar's height must be this.
qint64 listed(TicketWorld& w, const TicketFilter& filter)
{
    auto count = w.queriesOf(w.supervisor).count(w.supervisor, filter);
    REQUIRE(count.ok());
    return count.value();
}

} // namespace

TEST_CASE("The dashboard compares a period with the one before, and every bar opens its own tickets", "[dashboard]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    auto fileAt = [&w](const QDateTime& at, const Actor& actor, const TicketDraft& draft) {
        w.clock.set(at);
        return w.file(actor, draft, 120);
    };
    // The week before (16-18 Nov WIB): two tickets, one Issue Closed.
    (void)fileAt(utc(16, 3), w.agent, issueClosedDraft(QStringLiteral("541100000001")));
    (void)fileAt(utc(17, 3), w.agent, keluhanDraft(QStringLiteral("541100000002")));
    // The period (19-21 Nov WIB): four tickets, three Issue Closed, one KELUHAN left open.
    (void)fileAt(utc(19, 3), w.agent, issueClosedDraft(QStringLiteral("541100000003")));
    (void)fileAt(utc(19, 4), w.otherAgent, issueClosedDraft(QStringLiteral("541100000004")));
    (void)fileAt(utc(21, 3), w.otherAgent, issueClosedDraft(QStringLiteral("541100000005")));
    const Ticket open = fileAt(
        utc(21, 4), w.otherAgent, keluhanDraft(QStringLiteral("541100000006"), QStringLiteral("cater.lebih_tagih")));
    w.clock.set(utc(26, 3)); // the KELUHAN is past its 72 h now

    AgentWorkloadQuery workload(w.dbOf(w.supervisor));
    DashboardQuery query(w.queriesOf(w.supervisor), workload, w.clock);
    const TicketPeriod period = ticket_period::days(QDate(2026, 11, 19), QDate(2026, 11, 21));
    auto loaded = query.load(w.supervisor, period);
    REQUIRE(loaded.ok());
    const Dashboard& d = loaded.value();
    CHECK(d.previousPeriod.from == ticket_period::days(QDate(2026, 11, 16), QDate(2026, 11, 18)).from);

    CHECK(d.tickets().now == 4);
    CHECK(d.tickets().before == 2);
    CHECK(d.tickets().delta() == 2);
    CHECK(d.tickets().changePermille() == 1000); // +100 %
    CHECK(d.firstContactResolution().nowPermille == 750);
    CHECK(d.firstContactResolution().beforePermille == 500);
    CHECK(d.firstContactResolution().deltaPermille() == 250);
    CHECK(d.averageHandleTime().nowMs == 120000);
    CHECK(d.averageHandleTime().deltaSeconds() == 0);
    CHECK(d.overdueKeluhan().now == 1);
    CHECK(d.overdueKeluhan().before == 1);
    CHECK(CountChange { 3, 0 }.changePermille() == std::nullopt); // nothing to compare with

    const QList<DayTickets> days = d.perDay();
    REQUIRE(days.size() == 3); // the quiet 20th too
    CHECK(days.at(0).issueClosed == 2);
    CHECK(days.at(1).issueClosed + days.at(1).keluhan == 0);
    CHECK(days.at(2).keluhan == 1);
    for (int day = 0; day < days.size(); ++day) {
        CHECK(listed(w, *d.drillDown(DashboardChart::PerDay, 0, day)) == days.at(day).issueClosed);
        CHECK(listed(w, *d.drillDown(DashboardChart::PerDay, 1, day)) == days.at(day).keluhan);
    }
    CHECK_FALSE(d.drillDown(DashboardChart::PerDay, 0, 3).has_value());
    CHECK_FALSE(d.drillDown(DashboardChart::PerDay, 2, 0).has_value());

    const QList<KeyCount> top = d.topSubIssueTypes();
    REQUIRE(top.size() == 2);
    CHECK(top.first().key == QStringLiteral("informasi.tagihan_listrik_dan_token")); // most frequent first
    for (int i = 0; i < top.size(); ++i)
        CHECK(listed(w, *d.drillDown(DashboardChart::SubIssueTypes, 0, i)) == top.at(i).count);

    REQUIRE(d.agents.size() == 2);
    CHECK(d.agents.first().agentName == w.otherAgent.userName); // busiest first
    for (int i = 0; i < d.agents.size(); ++i)
        CHECK(listed(w, *d.drillDown(DashboardChart::Agents, 0, i)) == d.agents.at(i).tickets);

    // The open KELUHAN is 4 d 23 h old at asOf: the 3-7 days band.
    CHECK(d.current.openKeluhanByAge == std::array<qint64, 4> { 0, 0, 1, 0 });
    for (int band = 0; band < 4; ++band)
        CHECK(
            listed(w, *d.drillDown(DashboardChart::OpenKeluhanByAge, 0, band)) == d.current.openKeluhanByAge.at(band));
    auto oldest
        = w.queriesOf(w.supervisor).list(w.supervisor, *d.drillDown(DashboardChart::OpenKeluhanByAge, 0, 2), {});
    REQUIRE(oldest.ok());
    REQUIRE(oldest->tickets.size() == 1);
    CHECK(oldest->tickets.first().number == open.number);
}

TEST_CASE("Only supervisors and admins see the dashboard, and a reversed period is refused", "[dashboard][roles]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    AgentWorkloadQuery workload(w.dbOf(w.agent));
    DashboardQuery query(w.queriesOf(w.agent), workload, w.clock);
    const TicketPeriod period = ticket_period::days(QDate(2026, 11, 19), QDate(2026, 11, 21));
    CHECK(query.load(w.agent, period).error().kind == ErrorKind::PermissionDenied);
    TicketPeriod reversed;
    reversed.from = period.to;
    reversed.to = period.from;
    CHECK(query.load(w.agent, reversed).error().kind == ErrorKind::InvalidInput);
}
