#include "AuditQuery.h"

#include "auth/AccessControl.h"

#include <QCoreApplication>

namespace csodesk {

Result<QList<AuditEntry>> AuditQuery::query(const Actor& actor, const AuditFilter& filter)
{
    if (auto allowed
        = access::requireSupervisor(actor, QCoreApplication::translate("AuditQuery", "melihat jejak audit"));
        !allowed.ok())
        return allowed.error();
    return m_log.query(filter);
}

} // namespace csodesk
