#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace csodesk {

// Turns a driver error into our Error: the kind decides whether a retry can help
// (server gone, database locked) or not (constraint, disk full, read-only file).
[[nodiscard]] Error sqlError(const QSqlError& error, const QString& what);

// On PostgreSQL the record is written through the floor's database functions (migration 005).
[[nodiscard]] inline bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// Prepares `sql`, binds `values` positionally ("?" placeholders) and executes it.
// Bind SQL NULL as QVariant(); a null QString binds as an empty text.
// Every statement in csodesk goes through here or through a QSqlQuery prepared the same way:
// values are always bound, never pasted into SQL text.
[[nodiscard]] Result<QSqlQuery> execQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

// For statements run many times in a loop: prepare once, then bindAndExec per row.
[[nodiscard]] Result<QSqlQuery> prepareQuery(const QSqlDatabase& db, const QString& sql);
[[nodiscard]] Status bindAndExec(QSqlQuery& query, const QVariantList& values);

// The single value of the first row (COUNT(*), MAX(...)), or the fallback when there is no row.
[[nodiscard]] Result<QVariant> queryScalar(
    const QSqlDatabase& db, const QString& sql, const QVariantList& values = {}, const QVariant& fallback = {});

} // namespace csodesk
