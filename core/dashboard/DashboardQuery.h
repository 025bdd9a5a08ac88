#pragma once

#include "Dashboard.h"
#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Result.h"

namespace csodesk {

class AgentWorkloadQuery;
class TicketQueryService;

// The dashboard of one period, in one call: the figures of the period and of the one it is
// compared with (DashboardComparison: a running month against the same days of the month before,
// to the same time of day), the KELUHAN past their SLA in both, and the agents' workload.
// Supervisors and admins (the services check).
class DashboardQuery {
public:
    DashboardQuery(TicketQueryService& queries, AgentWorkloadQuery& workload, const Clock& clock)
        : m_queries(queries)
        , m_workload(workload)
        , m_clock(clock)
    {
    }

    [[nodiscard]] Result<Dashboard> load(const Actor& actor, const TicketPeriod& period);

private:
    TicketQueryService& m_queries;
    AgentWorkloadQuery& m_workload;
    const Clock& m_clock;
};

} // namespace csodesk
