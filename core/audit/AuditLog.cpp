#include "AuditLog.h"

#include "AuditSql.h"
#include "common/TimeUtil.h"

namespace csodesk {

Status AuditLog::record(const QSqlDatabase& db, const QString& actor, const QString& action,
    const QString& customerIdpel, const QString& detail)
{
    return audit_sql::insertEntry(db, toEpochMs(m_clock.nowUtc()), actor, action, customerIdpel, detail);
}

Status AuditLog::record(
    const QString& actor, const QString& action, const QString& customerIdpel, const QString& detail)
{
    return m_database.read([&](QSqlDatabase& db) { return record(db, actor, action, customerIdpel, detail); });
}

Result<QList<AuditEntry>> AuditLog::query(const AuditFilter& filter)
{
    return m_database.read([&](QSqlDatabase& db) { return audit_sql::selectEntries(db, filter); });
}

} // namespace csodesk
