#pragma once

#include <QDate>
#include <QDateTime>

namespace csodesk {

// A half-open span of filing times [from, to) in UTC, chosen by WIB calendar days: the floor
// works in Jakarta time, so "today" starts at 00:00 WIB whatever the machine's zone.
struct TicketPeriod {
    QDateTime from; // UTC, inclusive
    QDateTime to; // UTC, exclusive

    [[nodiscard]] bool isValid() const { return from.isValid() && to.isValid() && from < to; }
    friend bool operator==(const TicketPeriod&, const TicketPeriod&) = default;
};

enum class PeriodPick { Today, ThisWeek, ThisMonth, Last7Days, Last30Days };

namespace ticket_period {

// The WIB calendar days `first`..`last` inclusive.
[[nodiscard]] TicketPeriod days(const QDate& first, const QDate& last);
// Today / this week (Monday to Sunday) / this month (to its last day), or the last 7 or 30
// days ending today, all in WIB, as seen at `now`.
[[nodiscard]] TicketPeriod pick(PeriodPick pick, const QDateTime& now);
// The span of equal length just before `period`, for "change against the previous period".
// Whole calendar months compare with the whole month before (October with September), any
// other span with as many days before it.
[[nodiscard]] TicketPeriod previous(const TicketPeriod& period);
// The same, for a period that may still be running at `now`: only as much of the previous
// period as has passed of this one, so the 22 days of November so far are compared with
// 1-22 October, not with all of October.
[[nodiscard]] TicketPeriod previous(const TicketPeriod& period, const QDateTime& now);
// The WIB day of `from` and the last WIB day before `to`, for showing a period in date fields.
[[nodiscard]] QDate firstDay(const TicketPeriod& period);
[[nodiscard]] QDate lastDay(const TicketPeriod& period);

} // namespace ticket_period

} // namespace csodesk
