#pragma once

#include "common/Result.h"
#include "retention/RetentionPolicy.h"

#include <QSqlDatabase>

namespace csodesk::retention_sql {

[[nodiscard]] Result<RetentionPolicy> readPolicy(const QSqlDatabase& db);

// Embedded mode: the statements themselves (the triggers of migration 006 let nothing else
// through). `result` carries the days; the counts are filled in.
[[nodiscard]] Status setPolicy(
    const QSqlDatabase& db, int ticketDays, int accessLogDays, const QString& actorName, qint64 nowMs);
[[nodiscard]] Status anonymise(const QSqlDatabase& db, qint64 nowMs, PurgeResult& result);

// Floor: the database functions, which check the role and take the server's clock.
[[nodiscard]] Status setPolicyOnFloor(
    const QSqlDatabase& db, int ticketDays, int accessLogDays, const QString& actorName, qint64 nowMs);
[[nodiscard]] Result<PurgeResult> purgeOnFloor(
    const QSqlDatabase& db, const PurgeRequest& request, const QString& actorName, qint64 nowMs);

} // namespace csodesk::retention_sql
