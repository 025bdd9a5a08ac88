#include "AgentWorkload.h"

#include "auth/AccessControl.h"
#include "common/TimeUtil.h"

#include <QCoreApplication>

namespace csodesk {

Result<QList<AgentWorkload>> AgentWorkloadQuery::byAgent(const Actor& actor, const QDateTime& from, const QDateTime& to)
{
    if (auto allowed
        = access::requireSupervisor(actor, QCoreApplication::translate("AgentWorkload", "melihat beban kerja agen"));
        !allowed.ok())
        return allowed.error();
    if (!from.isValid() || !to.isValid() || from >= to)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "AgentWorkload", "Periode tidak valid: tanggal awal harus sebelum tanggal akhir."),
            QStringLiteral("bad period"));
    return m_database.read([&](QSqlDatabase& db) -> Result<QList<AgentWorkload>> {
        auto query = execQuery(db,
            QStringLiteral("SELECT agent_name, COUNT(*), SUM(handle_time_ms) FROM tickets "
                           "WHERE filed_at_ms >= ? AND filed_at_ms < ? "
                           "GROUP BY agent_name ORDER BY COUNT(*) DESC, agent_name"),
            { toEpochMs(from), toEpochMs(to) });
        if (!query.ok())
            return query.error();
        QList<AgentWorkload> rows;
        while (query->next()) {
            AgentWorkload row;
            row.agentName = query->value(0).toString();
            row.tickets = query->value(1).toLongLong();
            row.averageHandleTimeMs = row.tickets == 0 ? 0 : query->value(2).toLongLong() / row.tickets;
            rows.append(row);
        }
        return rows;
    });
}

} // namespace csodesk
