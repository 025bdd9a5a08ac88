#include "TicketPeriod.h"

#include "common/TimeUtil.h"

#include <algorithm>

namespace csodesk::ticket_period {

namespace {

QDateTime wibMidnight(const QDate& day)
{
    return QDateTime(day, QTime(0, 0), wibTimeZone()).toUTC();
}

bool isWholeMonth(const QDate& first, const QDate& last)
{
    return first.day() == 1 && last == first.addMonths(1).addDays(-1);
}

} // namespace

TicketPeriod days(const QDate& first, const QDate& last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return {};
    return { wibMidnight(first), wibMidnight(last.addDays(1)) };
}

TicketPeriod pick(PeriodPick which, const QDateTime& now)
{
    const QDate today = wibDate(now);
    switch (which) {
    case PeriodPick::Today:
        return days(today, today);
    case PeriodPick::ThisWeek: {
        const QDate monday = today.addDays(1 - today.dayOfWeek());
        return days(monday, monday.addDays(6));
    }
    case PeriodPick::ThisMonth: {
        const QDate first(today.year(), today.month(), 1);
        return days(first, first.addMonths(1).addDays(-1));
    }
    case PeriodPick::Last7Days:
        return days(today.addDays(-6), today);
    case PeriodPick::Last30Days:
        return days(today.addDays(-29), today);
    }
    return days(today, today);
}

QDate firstDay(const TicketPeriod& period)
{
    return wibDate(period.from);
}

QDate lastDay(const TicketPeriod& period)
{
    return wibDate(period.to.addMSecs(-1));
}

TicketPeriod previous(const TicketPeriod& period)
{
    if (!period.isValid())
        return {};
    const QDate first = firstDay(period);
    const QDate last = lastDay(period);
    if (isWholeMonth(first, last)) {
        const QDate before = first.addMonths(-1);
        return days(before, first.addDays(-1));
    }
    const qint64 length = first.daysTo(last) + 1;
    return days(first.addDays(-length), first.addDays(-1));
}

TicketPeriod previous(const TicketPeriod& period, const QDateTime& now)
{
    TicketPeriod before = previous(period);
    if (!before.isValid() || !now.isValid() || now <= period.from || now >= period.to)
        return before;
    const qint64 elapsedMs = period.from.msecsTo(now);
    before.to = std::min(before.to, before.from.addMSecs(elapsedMs));
    return before;
}

} // namespace csodesk::ticket_period
