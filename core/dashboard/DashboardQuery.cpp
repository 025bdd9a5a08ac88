#include "DashboardQuery.h"

#include "tickets/AgentWorkload.h"
#include "tickets/TicketQueryService.h"

#include <QCoreApplication>

namespace csodesk {

Result<Dashboard> DashboardQuery::load(const Actor& actor, const TicketPeriod& period)
{
    if (!period.isValid()) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Dashboard", "Periode tidak valid: tanggal akhir sebelum tanggal awal."),
            QStringLiteral("dashboard period"));
    }
    Dashboard dashboard;
    dashboard.period = period;
    const DashboardComparison comparison = DashboardComparison::of(period, m_clock.nowUtc());
    dashboard.previousPeriod = comparison.previous;
    dashboard.comparisonBasis = comparison.basis;
    dashboard.until = comparison.until;
    auto current = m_queries.figures(actor, period.from, period.to);
    if (!current.ok())
        return current.error();
    dashboard.current = current.value();
    auto before = m_queries.figures(actor, dashboard.previousPeriod.from, dashboard.previousPeriod.to);
    if (!before.ok())
        return before.error();
    dashboard.previous = before.value();

    TicketFilter overdue;
    overdue.kind = TicketKind::Keluhan;
    overdue.overdueOnly = true;
    overdue.from = period.from;
    overdue.to = period.to;
    auto overdueNow = m_queries.count(actor, overdue);
    if (!overdueNow.ok())
        return overdueNow.error();
    dashboard.overdue = overdueNow.value();
    overdue.from = dashboard.previousPeriod.from;
    overdue.to = dashboard.previousPeriod.to;
    auto overdueBefore = m_queries.count(actor, overdue);
    if (!overdueBefore.ok())
        return overdueBefore.error();
    dashboard.previousOverdue = overdueBefore.value();

    auto agents = m_workload.byAgent(actor, period.from, period.to);
    if (!agents.ok())
        return agents.error();
    dashboard.agents = agents.value();
    return dashboard;
}

} // namespace csodesk
