#include "AuditLog.h"

#include "common/TimeUtil.h"
#include "storage/ReusedQuery.h"
#include "storage/SqlQuery.h"

namespace csodesk {

Status AuditLog::record(const QSqlDatabase& db, const QString& actor, const QString& action,
    const QString& customerIdpel, const QString& detail)
{
    const QVariant idpel = customerIdpel.isEmpty() ? QVariant() : QVariant(customerIdpel);
    const qint64 nowMs = toEpochMs(m_clock.nowUtc());
    if (isPostgres(db)) {
        // Nobody but the schema owner may insert into audit_log: the function records the
        // login as the actor and the server's clock as the time (the owner's claims stand).
        auto recorded = execReused(
            db, QStringLiteral("SELECT csodesk_record(?, ?, ?, ?, ?)"), { action, idpel, detail, actor, nowMs });
        if (!recorded.ok())
            return recorded.error();
        return {};
    }
    // Every look-up writes one of these: the statement is kept prepared.
    auto inserted = execReused(db,
        QStringLiteral("INSERT INTO audit_log (at_ms, actor, action, customer_idpel, detail) "
                       "VALUES (?, ?, ?, ?, ?)"),
        { nowMs, actor, action, idpel, detail });
    if (!inserted.ok())
        return inserted.error();
    return {};
}

Status AuditLog::record(
    const QString& actor, const QString& action, const QString& customerIdpel, const QString& detail)
{
    return m_database.read([&](QSqlDatabase& db) { return record(db, actor, action, customerIdpel, detail); });
}

Result<QList<AuditEntry>> AuditLog::query(const AuditFilter& filter)
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

    return m_database.read([&](QSqlDatabase& db) -> Result<QList<AuditEntry>> {
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
    });
}

} // namespace csodesk
