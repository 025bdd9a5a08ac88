#include "Dashboard.h"

#include <QMap>

#include <algorithm>
#include <cstdlib>

namespace csodesk {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

std::optional<qint64> CountChange::changePermille() const
{
    if (before <= 0)
        return std::nullopt;
    return (std::abs(delta()) * 2000 + before) / (2 * before);
}

ShareChange Dashboard::firstContactResolution() const
{
    return { current.firstContactResolution.permille(), previous.firstContactResolution.permille() };
}

DurationChange Dashboard::averageHandleTime() const
{
    return { current.averageHandleTimeMs, previous.averageHandleTimeMs };
}

ShareChange Dashboard::repeatContacts() const
{
    return { current.repeatContacts.permille(), previous.repeatContacts.permille() };
}

QList<DayTickets> Dashboard::perDay() const
{
    QMap<QDate, DayTickets> byDay;
    for (const DayKindCount& count : current.byDayAndKind) {
        DayTickets& slot = byDay[count.day];
        (count.kind == TicketKind::IssueClosed ? slot.issueClosed : slot.keluhan) += count.count;
    }
    QList<DayTickets> days;
    if (!period.isValid())
        return days;
    const QDate last = ticket_period::lastDay(period);
    for (QDate day = ticket_period::firstDay(period); day <= last; day = day.addDays(1)) {
        DayTickets slot = byDay.value(day);
        slot.day = day;
        days.append(slot);
    }
    return days;
}

QList<KeyCount> Dashboard::topSubIssueTypes() const
{
    return current.bySubIssueType.mid(0, kTopSubIssueTypes);
}

std::optional<TicketFilter> Dashboard::drillDown(DashboardChart chart, int series, int index) const
{
    if (index < 0 || !period.isValid())
        return std::nullopt;
    TicketFilter filter;
    filter.from = period.from;
    filter.to = period.to;
    switch (chart) {
    case DashboardChart::PerDay: {
        const QDate day = ticket_period::firstDay(period).addDays(index);
        if (day > ticket_period::lastDay(period) || series < 0 || series > 1)
            return std::nullopt;
        const TicketPeriod one = ticket_period::days(day, day);
        filter.from = one.from;
        filter.to = one.to;
        filter.kind = series == 0 ? TicketKind::IssueClosed : TicketKind::Keluhan;
        return filter;
    }
    case DashboardChart::SubIssueTypes: {
        const QList<KeyCount> top = topSubIssueTypes();
        if (index >= top.size())
            return std::nullopt;
        filter.subIssueTypeId = top.at(index).key;
        return filter;
    }
    case DashboardChart::Agents:
        if (index >= agents.size())
            return std::nullopt;
        filter.agentName = agents.at(index).agentName;
        return filter;
    case DashboardChart::OpenKeluhanByAge: {
        if (index >= int(current.openKeluhanByAge.size()))
            return std::nullopt;
        // Open KELUHAN whose age at asOf falls in the band: filed in (asOf - upper, asOf - lower].
        filter.kind = TicketKind::Keluhan;
        filter.openOnly = true;
        const QDateTime asOf = current.asOf;
        filter.to = std::min(filter.to, asOf.addMSecs(-kAgeEdges[index] * kDayMs + 1));
        if (kAgeEdges[index + 1] >= 0)
            filter.from = std::max(filter.from, asOf.addMSecs(-kAgeEdges[index + 1] * kDayMs + 1));
        return filter;
    }
    }
    return std::nullopt;
}

} // namespace csodesk
