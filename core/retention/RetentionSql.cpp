#include "RetentionSql.h"

#include "common/TimeUtil.h"
#include "storage/SqlQuery.h"

namespace csodesk::retention_sql {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Must stay the expression of the tickets_no_update trigger (sqlite/006_retention.sql): the
// trigger lets the update through only when the stored path is exactly this.
QString anonymisedPathSqlite()
{
    return QStringLiteral("(SELECT COALESCE(json_group_array(json_object('node', json_extract(s.value, '$.node'), "
                          "'kind', json_extract(s.value, '$.kind'), 'choice', json_extract(s.value, '$.choice'), "
                          "'at', json_extract(s.value, '$.at'))), '[]') "
                          "FROM (SELECT value FROM json_each(tickets.path_json) ORDER BY key) s)");
}

Result<qint64> changedRows(Result<QSqlQuery> query)
{
    if (!query.ok())
        return query.error();
    return static_cast<qint64>(query->numRowsAffected());
}

} // namespace

Result<RetentionPolicy> readPolicy(const QSqlDatabase& db)
{
    auto query = execQuery(db,
        QStringLiteral("SELECT ticket_days, access_log_days, changed_at_ms, changed_by FROM retention_policy "
                       "WHERE id = 1"));
    if (!query.ok())
        return query.error();
    RetentionPolicy policy;
    if (query->next()) {
        policy.ticketDays = query->value(0).toInt();
        policy.accessLogDays = query->value(1).toInt();
        if (!query->value(2).isNull())
            policy.changedAt = fromEpochMs(query->value(2).toLongLong());
        policy.changedBy = query->value(3).toString();
    }
    return policy;
}

Status setPolicy(const QSqlDatabase& db, int ticketDays, int accessLogDays, const QString& actorName, qint64 nowMs)
{
    auto query = execQuery(db,
        QStringLiteral("UPDATE retention_policy SET ticket_days = ?, access_log_days = ?, changed_at_ms = ?, "
                       "changed_by = ? WHERE id = 1"),
        { ticketDays, accessLogDays, nowMs, actorName });
    if (!query.ok())
        return query.error();
    return {};
}

Status anonymise(const QSqlDatabase& db, qint64 nowMs, PurgeResult& result)
{
    const qint64 ticketsBeforeMs = nowMs - result.ticketDays * kDayMs;
    const qint64 accessBeforeMs = nowMs - result.accessLogDays * kDayMs;
    result.ticketsBefore = fromEpochMs(ticketsBeforeMs);
    result.accessLogBefore = fromEpochMs(accessBeforeMs);

    auto tickets = changedRows(execQuery(db,
        QStringLiteral("UPDATE tickets SET customer_name = '', fields_json = '{}', description = '', "
                       "agent_note = '', path_json = ")
            + anonymisedPathSqlite()
            + QStringLiteral(", anonymised_at_ms = ? WHERE filed_at_ms < ? AND anonymised_at_ms IS NULL"),
        { nowMs, ticketsBeforeMs }));
    if (!tickets.ok())
        return tickets.error();
    auto notes = changedRows(execQuery(db,
        QStringLiteral("UPDATE ticket_events SET note = '' WHERE note <> '' AND ticket_id IN "
                       "(SELECT id FROM tickets WHERE anonymised_at_ms IS NOT NULL)")));
    if (!notes.ok())
        return notes.error();
    auto access = changedRows(execQuery(db,
        QStringLiteral("UPDATE audit_log SET customer_idpel = NULL, detail = '' "
                       "WHERE at_ms < ? AND (customer_idpel IS NOT NULL OR detail <> '')"),
        { accessBeforeMs }));
    if (!access.ok())
        return access.error();
    result.tickets = tickets.value();
    result.notes = notes.value();
    result.accessLogRows = access.value();
    return {};
}

Status setPolicyOnFloor(
    const QSqlDatabase& db, int ticketDays, int accessLogDays, const QString& actorName, qint64 nowMs)
{
    auto query = execQuery(db, QStringLiteral("SELECT csodesk_set_retention(?, ?, ?, ?)"),
        { ticketDays, accessLogDays, actorName, nowMs });
    if (!query.ok())
        return query.error();
    return {};
}

Result<PurgeResult> purgeOnFloor(
    const QSqlDatabase& db, const PurgeRequest& request, const QString& actorName, qint64 nowMs)
{
    const auto orNull = [](const std::optional<int>& days) { return days ? QVariant(*days) : QVariant(); };
    auto query = execQuery(db,
        QStringLiteral("SELECT tickets, events, access_rows, ticket_before_ms, access_before_ms "
                       "FROM csodesk_privacy_purge(CAST(? AS INTEGER), CAST(? AS INTEGER), ?, CAST(? AS BIGINT))"),
        { orNull(request.ticketDays), orNull(request.accessLogDays), actorName, nowMs });
    if (!query.ok())
        return query.error();
    PurgeResult result;
    if (query->next()) {
        result.tickets = query->value(0).toLongLong();
        result.notes = query->value(1).toLongLong();
        result.accessLogRows = query->value(2).toLongLong();
        result.ticketsBefore = fromEpochMs(query->value(3).toLongLong());
        result.accessLogBefore = fromEpochMs(query->value(4).toLongLong());
    }
    return result;
}

} // namespace csodesk::retention_sql
