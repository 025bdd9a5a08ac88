#include "AgentWorkload.h"

#include "auth/AccessControl.h"
#include "common/TimeUtil.h"
#include "tickets/TicketSql.h"

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
    return m_database.read(
        [&](QSqlDatabase& db) { return ticket_sql::workloadByAgent(db, toEpochMs(from), toEpochMs(to)); });
}

} // namespace csodesk
