#pragma once

#include "auth/Actor.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace csodesk {

// One agent's share of a period: how many tickets they filed and how long their calls took.
struct AgentWorkload {
    QString agentName;
    qint64 tickets = 0;
    qint64 averageHandleTimeMs = 0; // integer mean, rounded down, as TicketFigures
};

// The dashboard's "tickets and handle time per agent".
class AgentWorkloadQuery {
public:
    explicit AgentWorkloadQuery(Database& database)
        : m_database(database)
    {
    }

    // Tickets filed in [from, to), busiest agent first (then by name, so equal counts keep a
    // stable order). Supervisors and admins only.
    [[nodiscard]] Result<QList<AgentWorkload>> byAgent(const Actor& actor, const QDateTime& from, const QDateTime& to);

private:
    Database& m_database;
};

} // namespace csodesk
