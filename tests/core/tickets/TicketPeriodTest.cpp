#include "tickets/TicketPeriod.h"

#include "common/TimeUtil.h"

#include <catch2/catch.hpp>

using namespace csodesk;

namespace {

// 22 Nov 2026 is a Sunday; 23:30 UTC on the 21st is already 06:30 WIB on the 22nd.
const QDateTime kSundayMorningWib(QDate(2026, 11, 21), QTime(23, 30), Qt::UTC);

QDateTime wib(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), wibTimeZone()).toUTC();
}

} // namespace

TEST_CASE("Quick picks are WIB calendar spans, whatever the UTC date is", "[tickets][period]")
{
    const TicketPeriod today = ticket_period::pick(PeriodPick::Today, kSundayMorningWib);
    CHECK(today.from == wib(2026, 11, 22));
    CHECK(today.to == wib(2026, 11, 23));
    CHECK(today.from == QDateTime(QDate(2026, 11, 21), QTime(17, 0), Qt::UTC));

    const TicketPeriod week = ticket_period::pick(PeriodPick::ThisWeek, kSundayMorningWib);
    CHECK(week.from == wib(2026, 11, 16)); // Monday
    CHECK(week.to == wib(2026, 11, 23)); // after Sunday

    const TicketPeriod month = ticket_period::pick(PeriodPick::ThisMonth, kSundayMorningWib);
    CHECK(month.from == wib(2026, 11, 1));
    CHECK(month.to == wib(2026, 12, 1));

    const TicketPeriod last7 = ticket_period::pick(PeriodPick::Last7Days, kSundayMorningWib);
    CHECK(last7.from == wib(2026, 11, 16));
    CHECK(last7.to == wib(2026, 11, 23));
    CHECK(ticket_period::pick(PeriodPick::Last30Days, kSundayMorningWib).from == wib(2026, 10, 24));
}

TEST_CASE("The previous period is the month before for whole months, else as many days before", "[tickets][period]")
{
    const TicketPeriod november = ticket_period::days(QDate(2026, 11, 1), QDate(2026, 11, 30));
    CHECK(ticket_period::previous(november) == ticket_period::days(QDate(2026, 10, 1), QDate(2026, 10, 31)));
    const TicketPeriod march = ticket_period::days(QDate(2026, 3, 1), QDate(2026, 3, 31));
    CHECK(ticket_period::previous(march) == ticket_period::days(QDate(2026, 2, 1), QDate(2026, 2, 28)));

    const TicketPeriod week = ticket_period::days(QDate(2026, 11, 16), QDate(2026, 11, 22));
    CHECK(ticket_period::previous(week) == ticket_period::days(QDate(2026, 11, 9), QDate(2026, 11, 15)));
    const TicketPeriod day = ticket_period::days(QDate(2026, 11, 22), QDate(2026, 11, 22));
    CHECK(ticket_period::previous(day) == ticket_period::days(QDate(2026, 11, 21), QDate(2026, 11, 21)));

    CHECK(ticket_period::firstDay(week) == QDate(2026, 11, 16));
    CHECK(ticket_period::lastDay(week) == QDate(2026, 11, 22));
}

TEST_CASE("A reversed or invalid span is no period", "[tickets][period]")
{
    CHECK_FALSE(ticket_period::days(QDate(2026, 11, 22), QDate(2026, 11, 21)).isValid());
    CHECK_FALSE(ticket_period::days(QDate(), QDate(2026, 11, 21)).isValid());
    CHECK_FALSE(ticket_period::previous({}).isValid());
}

TEST_CASE("A running period is compared with as much of the previous one", "[tickets][period]")
{
    const TicketPeriod november = ticket_period::days(QDate(2026, 11, 1), QDate(2026, 11, 30));
    const TicketPeriod partial = ticket_period::previous(november, kSundayMorningWib);
    CHECK(partial.from == wib(2026, 10, 1));
    // 21 days and 6.5 hours of November have passed at 06:30 WIB on the 22nd.
    CHECK(partial.to == wib(2026, 10, 22).addSecs(6 * 3600 + 30 * 60));
    // A period that is over (or not begun) compares whole.
    const TicketPeriod october = ticket_period::days(QDate(2026, 10, 1), QDate(2026, 10, 31));
    CHECK(ticket_period::previous(october, kSundayMorningWib) == ticket_period::previous(october));
}
