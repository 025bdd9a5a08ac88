#pragma once

#include "AuditLog.h"

#include <QSqlDatabase>

namespace csodesk::audit_sql {

// The access log's statements, for both dialects. On PostgreSQL only the schema owner may
// insert into audit_log: csodesk_record() writes the row, with the login as the actor and the
// server's clock as the time (the owner's claims stand).
[[nodiscard]] Status insertEntry(const QSqlDatabase& db, qint64 atMs, const QString& actor, const QString& action,
    const QString& customerIdpel, const QString& detail);
// Newest first, as AuditFilter says.
[[nodiscard]] Result<QList<AuditEntry>> selectEntries(const QSqlDatabase& db, const AuditFilter& filter);

} // namespace csodesk::audit_sql
