#include "TicketSql.h"

#include "audit/AuditLog.h"
#include "common/TimeUtil.h"
#include "storage/ReusedQuery.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csodesk::ticket_sql {

namespace {

QString latestEventColumn(const QString& column, const QString& condition)
{
    return QStringLiteral(
        "(SELECT e.%1 FROM ticket_events e WHERE e.ticket_id = t.id AND %2 ORDER BY e.id DESC LIMIT 1)")
        .arg(column, condition);
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

} // namespace

QString statusExpression()
{
    return QStringLiteral("COALESCE(")
        + latestEventColumn(QStringLiteral("status"), QStringLiteral("e.kind = 'status'"))
        + QStringLiteral(", CASE WHEN t.kind = 'KELUHAN' THEN 'open' ELSE 'closed' END)");
}

namespace {

// The derived columns that follow the stored ones in both selects.
QString derivedColumns()
{
    return statusExpression() + QStringLiteral(", ")
        + latestEventColumn(QStringLiteral("flag"), QStringLiteral("e.kind = 'flag'")) + QStringLiteral(", ")
        + latestEventColumn(QStringLiteral("note"), QStringLiteral("e.kind IN ('note', 'flag') AND e.note <> ''"))
        + QStringLiteral(" FROM tickets t");
}

} // namespace

QString selectTickets()
{
    return QStringLiteral("SELECT t.id, t.number, t.client_request_id, t.kind, t.issue_type_id, t.sub_issue_type_id, "
                          "t.routing, t.customer_idpel, t.customer_name, t.unit_code, t.unit_name, t.fields_json, "
                          "t.description, t.agent_note, t.sop_id, t.sop_version, t.path_json, t.agent_user_id, "
                          "t.agent_name, t.call_started_at_ms, t.filed_at_ms, t.handle_time_ms, t.sla_due_at_ms, "
                          "t.linked_ticket_number, t.anonymised_at_ms, ")
        + derivedColumns();
}

QString selectTicketRows()
{
    return QStringLiteral("SELECT t.id, t.number, t.kind, t.issue_type_id, t.sub_issue_type_id, t.routing, "
                          "t.customer_idpel, t.customer_name, t.unit_code, t.unit_name, t.fields_json, t.description, "
                          "t.agent_note, t.sop_id, t.sop_version, t.agent_name, t.call_started_at_ms, t.filed_at_ms, "
                          "t.handle_time_ms, t.sla_due_at_ms, t.linked_ticket_number, t.anonymised_at_ms, ")
        + derivedColumns();
}

Result<QList<TicketRow>> readTicketRows(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto query = execReused(db, sql, values);
    if (!query.ok())
        return query.error();
    QList<TicketRow> rows;
    while (query->next()) {
        TicketRow row;
        row.id = query->value(0).toLongLong();
        row.number = query->value(1).toString();
        row.kind = query->value(2).toString();
        row.issueTypeId = query->value(3).toString();
        row.subIssueTypeId = query->value(4).toString();
        row.routing = query->value(5).toString();
        row.customerIdpel = query->value(6).toString();
        row.customerName = query->value(7).toString();
        row.unitCode = query->value(8).toString();
        row.unitName = query->value(9).toString();
        row.fieldsJson = query->value(10).toString();
        row.description = query->value(11).toString();
        row.agentNote = query->value(12).toString();
        row.sopId = query->value(13).toString();
        row.sopVersion = query->value(14).toInt();
        row.agentName = query->value(15).toString();
        row.callStartedAtMs = query->value(16).toLongLong();
        row.filedAtMs = query->value(17).toLongLong();
        row.handleTimeMs = query->value(18).toLongLong();
        if (const QVariant due = query->value(19); !due.isNull())
            row.slaDueAtMs = due.toLongLong();
        row.linkedTicketNumber = query->value(20).toString();
        if (const QVariant anonymised = query->value(21); !anonymised.isNull())
            row.anonymisedAtMs = anonymised.toLongLong();
        row.status = query->value(22).toString();
        row.latestFlag = query->value(23).toString();
        row.latestReviewNote = query->value(24).toString();
        rows.append(std::move(row));
    }
    return rows;
}

Result<Ticket> ticketFromRow(const QSqlQuery& query)
{
    Ticket ticket;
    ticket.id = query.value(0).toLongLong();
    ticket.number = query.value(1).toString();
    ticket.clientRequestId = query.value(2).toString();

    // The stored columns are put back into the draft's JSON form so that one parser (the
    // contract's) reads drafts and filed tickets alike.
    const qint64 filedAtMs = query.value(20).toLongLong();
    const QVariant dueMs = query.value(22);
    const int slaHours = dueMs.isNull() ? 0 : static_cast<int>((dueMs.toLongLong() - filedAtMs) / (3600LL * 1000));
    const QJsonObject json {
        { QStringLiteral("kind"), query.value(3).toString() },
        { QStringLiteral("issue_type"), query.value(4).toString() },
        { QStringLiteral("sub_issue_type"), query.value(5).toString() },
        { QStringLiteral("routing"), query.value(6).toString() },
        { QStringLiteral("customer"),
            QJsonObject { { QStringLiteral("idpel"), query.value(7).toString() },
                { QStringLiteral("name"), query.value(8).toString() } } },
        { QStringLiteral("unit"),
            QJsonObject { { QStringLiteral("code"), query.value(9).toString() },
                { QStringLiteral("name"), query.value(10).toString() } } },
        { QStringLiteral("fields"), QJsonDocument::fromJson(query.value(11).toString().toUtf8()).object() },
        { QStringLiteral("description"), query.value(12).toString() },
        { QStringLiteral("agent_note"), query.value(13).toString() },
        { QStringLiteral("sop"),
            QJsonObject { { QStringLiteral("id"), query.value(14).toString() },
                { QStringLiteral("version"), query.value(15).toInt() } } },
        { QStringLiteral("sla_hours"), slaHours },
        { QStringLiteral("path"), QJsonDocument::fromJson(query.value(16).toString().toUtf8()).array() },
    };
    auto content = ticketDraftFromJson(json);
    if (!content.ok())
        return content.error();
    ticket.content = std::move(content).value();
    ticket.agentUserId = query.value(17).toLongLong();
    ticket.agentName = query.value(18).toString();
    ticket.callStartedAt = fromEpochMs(query.value(19).toLongLong());
    ticket.filedAt = fromEpochMs(filedAtMs);
    ticket.handleTimeMs = query.value(21).toLongLong();
    if (!dueMs.isNull())
        ticket.slaDueAt = fromEpochMs(dueMs.toLongLong());
    ticket.linkedTicketNumber = query.value(23).toString();
    if (const QVariant anonymised = query.value(24); !anonymised.isNull())
        ticket.anonymisedAt = fromEpochMs(anonymised.toLongLong());
    auto status = ticketStatusFromCode(query.value(25).toString());
    if (!status.ok())
        return status.error();
    ticket.status = status.value();
    ticket.latestFlag = query.value(26).toString();
    ticket.latestReviewNote = query.value(27).toString();
    return ticket;
}

Result<QList<Ticket>> readTickets(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto query = execReused(db, sql, values);
    if (!query.ok())
        return query.error();
    QList<Ticket> tickets;
    while (query->next()) {
        auto ticket = ticketFromRow(query->query());
        if (!ticket.ok())
            return ticket.error();
        tickets.append(std::move(ticket).value());
    }
    return tickets;
}

Fragment visibleTo(const Actor& actor)
{
    if (actor.isSupervisorOrAdmin())
        return {};
    // EXISTS, not IN (SELECT ...): an IN list is built from every look-up the agent ever made,
    // so its cost grew with the agent's history; this is one index probe per ticket row.
    return { QStringLiteral(" AND (t.agent_user_id = ? OR EXISTS (SELECT 1 FROM audit_log a "
                            "WHERE a.customer_idpel = t.customer_idpel AND a.actor = ? AND a.action = ?))"),
        { actor.userId, actor.userName, AuditAction::Lookup } };
}

Fragment matching(const TicketFilter& filter, qint64 nowMs)
{
    Fragment where;
    auto add = [&where](const QString& sql, const QVariant& value) {
        where.sql += sql;
        where.values.append(value);
    };
    if (filter.from.isValid())
        add(QStringLiteral(" AND t.filed_at_ms >= ?"), toEpochMs(filter.from));
    if (filter.to.isValid())
        add(QStringLiteral(" AND t.filed_at_ms < ?"), toEpochMs(filter.to));
    if (!filter.agentName.isEmpty())
        add(QStringLiteral(" AND t.agent_name = ?"), filter.agentName);
    if (filter.kind)
        add(QStringLiteral(" AND t.kind = ?"), ticketKindCode(*filter.kind));
    if (!filter.issueTypeId.isEmpty())
        add(QStringLiteral(" AND t.issue_type_id = ?"), filter.issueTypeId);
    if (!filter.subIssueTypeId.isEmpty())
        add(QStringLiteral(" AND t.sub_issue_type_id = ?"), filter.subIssueTypeId);
    if (!filter.unitCode.isEmpty())
        add(QStringLiteral(" AND t.unit_code = ?"), filter.unitCode);
    if (!filter.customerIdpel.isEmpty())
        add(QStringLiteral(" AND t.customer_idpel = ?"), filter.customerIdpel);
    if (!filter.descriptionContains.isEmpty()) {
        // LOWER on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
        add(QStringLiteral(" AND LOWER(t.description) LIKE LOWER(?) ESCAPE '\\'"),
            QString(QStringLiteral("%") + escapeLike(filter.descriptionContains) + QStringLiteral("%")));
    }
    if (filter.openOnly || filter.overdueOnly)
        where.sql += QStringLiteral(" AND t.kind = 'KELUHAN' AND ") + statusExpression() + QStringLiteral(" = 'open'");
    if (filter.overdueOnly)
        add(QStringLiteral(" AND t.sla_due_at_ms < ?"), nowMs);
    return where;
}

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

Result<std::optional<Ticket>> findOne(const QSqlDatabase& db, const QString& column, const QString& value)
{
    // `column` is one of our own names, never input.
    auto tickets
        = readTickets(db, selectTickets() + QStringLiteral(" WHERE t.") + column + QStringLiteral(" = ?"), { value });
    if (!tickets.ok())
        return tickets.error();
    if (tickets->isEmpty())
        return std::optional<Ticket>();
    return std::optional<Ticket>(tickets->constFirst());
}

struct Keyset {
    QString column;
    bool descending = true;
};

Keyset keysetFor(TicketSort sort)
{
    switch (sort) {
    case TicketSort::FiledNewestFirst:
        return { QStringLiteral("t.filed_at_ms"), true };
    case TicketSort::FiledOldestFirst:
        return { QStringLiteral("t.filed_at_ms"), false };
    case TicketSort::HandleTimeLongestFirst:
        return { QStringLiteral("t.handle_time_ms"), true };
    }
    return { QStringLiteral("t.filed_at_ms"), true };
}

} // namespace

Result<std::optional<Ticket>> ticketById(const QSqlDatabase& db, qint64 id)
{
    return findOne(db, QStringLiteral("id"), QString::number(id));
}

Result<std::optional<Ticket>> ticketByNumber(const QSqlDatabase& db, const QString& number)
{
    return findOne(db, QStringLiteral("number"), number);
}

Result<std::optional<Ticket>> ticketByClientRequestId(const QSqlDatabase& db, const QString& clientRequestId)
{
    return findOne(db, QStringLiteral("client_request_id"), clientRequestId);
}

Result<QList<Ticket>> repeatContacts(const QSqlDatabase& db, const Actor& actor, const QString& customerIdpel,
    const QString& subIssueTypeId, const QString& issueTypeId, qint64 sinceMs)
{
    const Fragment visible = visibleTo(actor);
    const QString sql = selectTickets()
        + QStringLiteral(" WHERE t.customer_idpel = ? AND (t.sub_issue_type_id = ? OR t.issue_type_id = ?) "
                         "AND (t.filed_at_ms >= ? OR (t.kind = 'KELUHAN' AND ")
        + statusExpression() + QStringLiteral(" = 'open'))") + visible.sql
        + QStringLiteral(
            " ORDER BY CASE WHEN t.sub_issue_type_id = ? THEN 0 ELSE 1 END, t.filed_at_ms DESC, t.id DESC");
    QVariantList values { customerIdpel, subIssueTypeId, issueTypeId, sinceMs };
    values += visible.values;
    values << subIssueTypeId;
    return readTickets(db, sql, values);
}

Fragment page(const Actor& actor, const TicketFilter& filter, qint64 nowMs, TicketSort sort,
    const std::optional<std::pair<qint64, qint64>>& after, int rows)
{
    const Keyset keyset = keysetFor(sort);
    const Fragment visible = visibleTo(actor);
    const Fragment where = matching(filter, nowMs);
    Fragment page { QStringLiteral(" WHERE 1 = 1") + visible.sql + where.sql, visible.values + where.values };
    if (after) {
        page.sql += QStringLiteral(" AND (%1, t.id) %2 (?, ?)")
                        .arg(keyset.column, keyset.descending ? QStringLiteral("<") : QStringLiteral(">"));
        page.values << after->first << after->second;
    }
    const QString direction = keyset.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    page.sql += QStringLiteral(" ORDER BY %1 %2, t.id %2 LIMIT ?").arg(keyset.column, direction);
    page.values << rows;
    return page;
}

Result<qint64> countTickets(const QSqlDatabase& db, const Actor& actor, const TicketFilter& filter, qint64 nowMs)
{
    const Fragment visible = visibleTo(actor);
    const Fragment where = matching(filter, nowMs);
    auto value = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE 1 = 1") + visible.sql + where.sql,
        visible.values + where.values);
    if (!value.ok())
        return value.error();
    return value->toLongLong();
}

Result<bool> ticketVisibleTo(const QSqlDatabase& db, const Actor& actor, const QString& number)
{
    const Fragment visible = visibleTo(actor);
    if (visible.sql.isEmpty())
        return true;
    auto seen = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.number = ?") + visible.sql,
        QVariantList { number } + visible.values);
    if (!seen.ok())
        return seen.error();
    return seen->toLongLong() != 0;
}

Result<QList<TicketEvent>> ticketEvents(const QSqlDatabase& db, qint64 ticketId)
{
    auto events = execQuery(db,
        QStringLiteral("SELECT id, kind, at_ms, actor_user_id, actor_name, note, flag, status "
                       "FROM ticket_events WHERE ticket_id = ? ORDER BY id"),
        { ticketId });
    if (!events.ok())
        return events.error();
    QList<TicketEvent> found;
    while (events->next()) {
        TicketEvent event;
        event.id = events->value(0).toLongLong();
        const QString kind = events->value(1).toString();
        event.kind = kind == QLatin1String("flag") ? TicketEventKind::Flag
            : kind == QLatin1String("status")      ? TicketEventKind::StatusChange
                                                   : TicketEventKind::Note;
        event.at = fromEpochMs(events->value(2).toLongLong());
        event.actorUserId = events->value(3).toLongLong();
        event.actorName = events->value(4).toString();
        event.note = events->value(5).toString();
        event.flag = events->value(6).toString();
        event.status = events->value(7).toString();
        found.append(event);
    }
    return found;
}

Status tallyTickets(const QSqlDatabase& db, qint64 sinceMs, qint64 toMs, FiguresTally& tally)
{
    auto rows = execQuery(db,
        QStringLiteral("SELECT filed_at_ms, kind, handle_time_ms, sub_issue_type_id, unit_code, unit_name, "
                       "agent_name, customer_idpel FROM tickets WHERE filed_at_ms >= ? AND filed_at_ms < ? "
                       "ORDER BY filed_at_ms, id"),
        { sinceMs, toMs });
    if (!rows.ok())
        return rows.error();
    FiguresTally::Row row;
    while (rows->next()) {
        row.filedAtMs = rows->value(0).toLongLong();
        row.kind = rows->value(1).toString();
        row.handleTimeMs = rows->value(2).toLongLong();
        row.subIssueTypeId = rows->value(3).toString();
        row.unitCode = rows->value(4).toString();
        row.unitName = rows->value(5).toString();
        row.agentName = rows->value(6).toString();
        row.customerIdpel = rows->value(7).toString();
        tally.add(row);
    }
    return {};
}

Result<std::optional<KeluhanStates>> keluhanStates(const QSqlDatabase& db, qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    // The newest status event decides (open when there is none).
    auto keluhan = execQuery(db,
        QStringLiteral(
            "SELECT "
            "COALESCE(SUM(CASE WHEN status = 'done_by_unit' AND changed_at <= due THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN (status = 'done_by_unit' AND changed_at > due) "
            "OR (status = 'open' AND due < ?) THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN status = 'open' AND ? - filed < ? THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN status = 'open' AND ? - filed >= ? AND ? - filed < ? THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN status = 'open' AND ? - filed >= ? AND ? - filed < ? THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN status = 'open' AND ? - filed >= ? THEN 1 ELSE 0 END), 0) "
            "FROM (SELECT t.filed_at_ms AS filed, t.sla_due_at_ms AS due, ")
            + statusExpression()
            + QStringLiteral(" AS status, (SELECT e.at_ms FROM ticket_events e WHERE e.ticket_id = t.id "
                             "AND e.kind = 'status' ORDER BY e.id DESC LIMIT 1) AS changed_at "
                             "FROM tickets t WHERE t.kind = 'KELUHAN' AND t.filed_at_ms >= ? AND t.filed_at_ms < ?) k"),
        QVariantList { nowMs, nowMs, kDayMs, nowMs, kDayMs, nowMs, 3 * kDayMs, nowMs, 3 * kDayMs, nowMs, 7 * kDayMs,
            nowMs, 7 * kDayMs }
            + QVariantList { fromMs, toMs });
    if (!keluhan.ok())
        return keluhan.error();
    if (!keluhan->next())
        return std::optional<KeluhanStates>();
    KeluhanStates states;
    states.doneInTime = keluhan->value(0).toLongLong();
    states.late = keluhan->value(1).toLongLong();
    for (int band = 0; band < 4; ++band)
        states.openByAge[static_cast<size_t>(band)] = keluhan->value(2 + band).toLongLong();
    return std::optional<KeluhanStates>(states);
}

Result<QList<AgentWorkload>> workloadByAgent(const QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    auto query = execQuery(db,
        QStringLiteral("SELECT agent_name, COUNT(*), SUM(handle_time_ms) FROM tickets "
                       "WHERE filed_at_ms >= ? AND filed_at_ms < ? "
                       "GROUP BY agent_name ORDER BY COUNT(*) DESC, agent_name"),
        { fromMs, toMs });
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
}

} // namespace csodesk::ticket_sql
