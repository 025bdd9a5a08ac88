#include "AuditSql.h"

#include "common/TimeUtil.h"
#include "storage/ReusedQuery.h"
#include "storage/SqlQuery.h"

namespace csodesk::audit_sql {

Status insertEntry(const QSqlDatabase& db, qint64 atMs, const QString& actor, const QString& action,
    const QString& customerIdpel, const QString& detail)
{
    const QVariant idpel = customerIdpel.isEmpty() ? QVariant() : QVariant(customerIdpel);
    if (isPostgres(db)) {
        auto recorded = execReused(
            db, QStringLiteral("SELECT csodesk_record(?, ?, ?, ?, ?)"), { action, idpel, detail, actor, atMs });
        if (!recorded.ok())
            return recorded.error();
        return {};
    }
    // Every look-up writes one of these: the statement is kept prepared.
    auto inserted = execReused(db,
        QStringLiteral("INSERT INTO audit_log (at_ms, actor, action, customer_idpel, detail) "
                       "VALUES (?, ?, ?, ?, ?)"),
        { atMs, actor, action, idpel, detail });
    if (!inserted.ok())
        return inserted.error();
    return {};
}

Result<QList<AuditEntry>> selectEntries(const QSqlDatabase& db, const AuditFilter& filter)
{
    QString sql = QStringLiteral("SELECT id, at_ms, actor, action, customer_idpel, detail FROM audit_log WHERE 1 = 1");
    QVariantList values;
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND at_ms >= ?");
        values.append(toEpochMs(filter.from));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND at_ms < ?");
        values.append(toEpochMs(filter.to));
    }
    if (!filter.actor.isEmpty()) {
        sql += QStringLiteral(" AND actor = ?");
        values.append(filter.actor);
    }
    if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        values.append(filter.action);
    }
    if (!filter.customerIdpel.isEmpty()) {
        sql += QStringLiteral(" AND customer_idpel = ?");
        values.append(filter.customerIdpel);
    }
    if (filter.beforeId > 0) {
        sql += QStringLiteral(" AND id < ?");
        values.append(filter.beforeId);
    }
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values.append(qBound(1, filter.limit, 10000));

    auto query = execQuery(db, sql, values);
    if (!query.ok())
        return query.error();
    QList<AuditEntry> entries;
    while (query->next()) {
        AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.at = fromEpochMs(query->value(1).toLongLong());
        entry.actor = query->value(2).toString();
        entry.action = query->value(3).toString();
        entry.customerIdpel = query->value(4).toString();
        entry.detail = query->value(5).toString();
        entries.append(entry);
    }
    return entries;
}

} // namespace csodesk::audit_sql
