#pragma once

#include "tickets/TicketPeriod.h"

#include <QDateTime>
#include <QString>

namespace csodesk {

// How the span a dashboard compares with was chosen; the screen says which, so a supervisor
// knows what a "+12 %" is against.
enum class ComparisonBasis {
    // A whole calendar month that is over (or not begun): the whole month before it.
    WholePreviousMonth,
    // Any other span that is over (or not begun): as many days just before it.
    PreviousDays,
    // A calendar month still running: the same days of the month before, up to the same time
    // of day (the 1st to 2nd of December at 09:00 against the 1st to 2nd of November at 09:00).
    SameDaysOfPreviousMonth,
    // A calendar month still running past the length of the month before (the 29th to 31st of
    // March): all of that shorter month.
    WholeShorterMonth,
    // Any other span still running: as long a span just before it, up to the same time of day.
    SameTimeBefore,
};

// The span a dashboard of `period` is compared with, and why that one.
struct DashboardComparison {
    TicketPeriod previous;
    ComparisonBasis basis = ComparisonBasis::PreviousDays;
    // For a period still running: "now", the instant its figures reach; invalid otherwise.
    QDateTime until;

    // The rule: a period that is over compares with the span of equal length before it (a whole
    // month with the whole month before); a period still running at `now` with only as much of
    // that span as has passed of this one, so the same number of days, to the same time of day,
    // and no more than the whole span before (a shorter month is compared whole).
    [[nodiscard]] static DashboardComparison of(const TicketPeriod& period, const QDateTime& now);
};

namespace dashboard_text {

// "2 Desember 2026", "1–2 Desember 2026", "28 November – 4 Desember 2026",
// "30 Desember 2025 – 5 Januari 2026": WIB calendar days, month names in the UI's language
// (the default QLocale).
[[nodiscard]] QString dayRange(const QDate& first, const QDate& last);
// A day on the per-day chart's axis, "2 Des", and in full for its hover, "Rabu, 2 Desember 2026".
[[nodiscard]] QString shortDay(const QDate& day);
[[nodiscard]] QString longDay(const QDate& day);
// What the figures of `period` cover: "November 2026" for a whole month, a day range otherwise;
// for a period still running only up to `until`: "1–2 Desember 2026 s.d. pukul 09:00 WIB".
[[nodiscard]] QString period(const TicketPeriod& period, const QDateTime& until);
// What they are compared with, and why: "dibanding 1–2 November 2026 s.d. pukul 09:00 WIB
// (jumlah hari yang sama)", "dibanding Oktober 2026 (satu bulan penuh)",
// "dibanding 1–28 Februari 2026 (seluruh Februari, yang hanya 28 hari)".
[[nodiscard]] QString comparison(const DashboardComparison& comparison);

} // namespace dashboard_text

} // namespace csodesk
