// The dashboard's figures, changes, comparison and drill-down rules, without any widget. On PostgreSQL
// the supervisor is a floor's own login (TicketWorld).
#include "dashboard/DashboardQuery.h"

#include "../tickets/TicketFixtures.h"
#include "common/TimeUtil.h"
#include "tickets/AgentWorkload.h"

#include <QLocale>

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

namespace {

QDateTime wibAt(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), wibTimeZone()).toUTC();
}

// Month names as the Indonesian UI shows them (the UI sets the default locale with the language).
struct IndonesianLocale {
    IndonesianLocale() { QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia)); }
    ~IndonesianLocale() { QLocale::setDefault(before); }
    IndonesianLocale(const IndonesianLocale&) = delete;
    IndonesianLocale& operator=(const IndonesianLocale&) = delete;
    QLocale before;
};

} // namespace

TEST_CASE("A running month is compared with the same days of the month before, to the same time", "[dashboard]")
{
    const IndonesianLocale locale;
    // "Bulan ini" on Wednesday 2 December 2026 at 09:00 WIB.
    const QDateTime now = wibAt(2026, 12, 2, 9);
    const TicketPeriod december = ticket_period::pick(PeriodPick::ThisMonth, now);
    const DashboardComparison c = DashboardComparison::of(december, now);
    CHECK(c.basis == ComparisonBasis::SameDaysOfPreviousMonth);
    CHECK(c.until == now);
    CHECK(c.previous.from == wibAt(2026, 11, 1));
    CHECK(c.previous.to == wibAt(2026, 11, 2, 9));
    CHECK(ticket_period::firstDay(c.previous) == QDate(2026, 11, 1));
    CHECK(ticket_period::lastDay(c.previous) == QDate(2026, 11, 2));
    CHECK(dashboard_text::period(december, c.until) == QStringLiteral("1–2 Desember 2026 s.d. pukul 09:00 WIB"));
    CHECK(dashboard_text::comparison(c)
        == QStringLiteral("dibanding 1–2 November 2026 s.d. pukul 09:00 WIB (jumlah hari yang sama)"));

    // At midnight the days so far are whole days.
    const DashboardComparison midnight = DashboardComparison::of(december, wibAt(2026, 12, 3));
    CHECK(midnight.previous == ticket_period::days(QDate(2026, 11, 1), QDate(2026, 11, 2)));
    CHECK(dashboard_text::period(december, midnight.until) == QStringLiteral("1–2 Desember 2026"));
    CHECK(
        dashboard_text::comparison(midnight) == QStringLiteral("dibanding 1–2 November 2026 (jumlah hari yang sama)"));
}

TEST_CASE("A running month longer than the month before is compared with all of that month, and says so", "[dashboard]")
{
    const IndonesianLocale locale;
    const QDateTime now = wibAt(2026, 3, 31, 10);
    const TicketPeriod march = ticket_period::pick(PeriodPick::ThisMonth, now);
    const DashboardComparison c = DashboardComparison::of(march, now);
    CHECK(c.basis == ComparisonBasis::WholeShorterMonth);
    CHECK(c.previous == ticket_period::days(QDate(2026, 2, 1), QDate(2026, 2, 28)));
    CHECK(dashboard_text::period(march, c.until) == QStringLiteral("1–31 Maret 2026 s.d. pukul 10:00 WIB"));
    CHECK(dashboard_text::comparison(c)
        == QStringLiteral("dibanding 1–28 Februari 2026 (seluruh Februari, yang hanya 28 hari)"));

    // The 29th is past February too; a leap year's February has 29 days.
    CHECK(DashboardComparison::of(march, wibAt(2026, 3, 29, 10)).basis == ComparisonBasis::WholeShorterMonth);
    const QDateTime leap = wibAt(2028, 3, 31, 10);
    const DashboardComparison leapYear
        = DashboardComparison::of(ticket_period::pick(PeriodPick::ThisMonth, leap), leap);
    CHECK(leapYear.previous == ticket_period::days(QDate(2028, 2, 1), QDate(2028, 2, 29)));
    CHECK(dashboard_text::comparison(leapYear)
        == QStringLiteral("dibanding 1–29 Februari 2028 (seluruh Februari, yang hanya 29 hari)"));

    // On the 28th February still has as many days.
    const DashboardComparison sameDays = DashboardComparison::of(march, wibAt(2026, 3, 28, 10));
    CHECK(sameDays.basis == ComparisonBasis::SameDaysOfPreviousMonth);
    CHECK(sameDays.previous.to == wibAt(2026, 2, 28, 10));
}

TEST_CASE(
    "A period that is over is compared whole: a month with the month before, days with as many days", "[dashboard]")
{
    const IndonesianLocale locale;
    const QDateTime now = wibAt(2026, 12, 2, 9);
    const TicketPeriod november = ticket_period::days(QDate(2026, 11, 1), QDate(2026, 11, 30));
    const DashboardComparison month = DashboardComparison::of(november, now);
    CHECK(month.basis == ComparisonBasis::WholePreviousMonth);
    CHECK_FALSE(month.until.isValid());
    CHECK(month.previous == ticket_period::days(QDate(2026, 10, 1), QDate(2026, 10, 31)));
    CHECK(dashboard_text::period(november, month.until) == QStringLiteral("November 2026"));
    CHECK(dashboard_text::comparison(month) == QStringLiteral("dibanding Oktober 2026 (satu bulan penuh)"));

    const TicketPeriod days = ticket_period::days(QDate(2026, 11, 19), QDate(2026, 11, 21));
    const DashboardComparison before = DashboardComparison::of(days, now);
    CHECK(before.basis == ComparisonBasis::PreviousDays);
    CHECK(before.previous == ticket_period::days(QDate(2026, 11, 16), QDate(2026, 11, 18)));
    CHECK(dashboard_text::period(days, before.until) == QStringLiteral("19–21 November 2026"));
    CHECK(
        dashboard_text::comparison(before) == QStringLiteral("dibanding 16–18 November 2026 (jumlah hari yang sama)"));

    // Any other running span: as long a span just before, to the same time of day.
    const TicketPeriod today = ticket_period::pick(PeriodPick::Today, now);
    const DashboardComparison yesterday = DashboardComparison::of(today, now);
    CHECK(yesterday.basis == ComparisonBasis::SameTimeBefore);
    CHECK(yesterday.previous.from == wibAt(2026, 12, 1));
    CHECK(yesterday.previous.to == wibAt(2026, 12, 1, 9));
    CHECK(dashboard_text::comparison(yesterday)
        == QStringLiteral("dibanding 1 Desember 2026 s.d. pukul 09:00 WIB (rentang waktu yang sama)"));
    const QDateTime newYear = wibAt(2027, 1, 3, 9);
    const TicketPeriod week = ticket_period::pick(PeriodPick::Last7Days, newYear);
    CHECK(dashboard_text::period(week, newYear)
        == QStringLiteral("28 Desember 2026 – 3 Januari 2027 s.d. pukul 09:00 WIB"));
    CHECK(dashboard_text::comparison(DashboardComparison::of(week, newYear))
        == QStringLiteral("dibanding 21–27 Desember 2026 s.d. pukul 09:00 WIB (rentang waktu yang sama)"));
}

TEST_CASE("The dashboard of a running month carries its comparison", "[dashboard]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    w.clock.set(wibAt(2026, 11, 2, 3));
    (void)w.file(w.agent, issueClosedDraft(QStringLiteral("541100000001")), 120);
    w.clock.set(wibAt(2026, 12, 2, 9));
    (void)w.file(w.agent, issueClosedDraft(QStringLiteral("541100000002")), 120);

    AgentWorkloadQuery workload(w.dbOf(w.supervisor));
    DashboardQuery query(w.queriesOf(w.supervisor), workload, w.clock);
    auto loaded = query.load(w.supervisor, ticket_period::pick(PeriodPick::ThisMonth, w.clock.nowUtc()));
    REQUIRE(loaded.ok());
    CHECK(loaded->comparisonBasis == ComparisonBasis::SameDaysOfPreviousMonth);
    CHECK(loaded->until == w.clock.nowUtc());
    CHECK(loaded->previousPeriod == DashboardComparison::of(loaded->period, w.clock.nowUtc()).previous);
    CHECK(loaded->tickets().now == 1);
    CHECK(loaded->tickets().before == 1); // the 2nd of November, before 09:00
}
