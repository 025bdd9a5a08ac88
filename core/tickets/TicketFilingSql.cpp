#include "TicketFilingSql.h"

#include "common/TimeUtil.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csodesk::ticket_sql {

namespace {

QString pathJson(const TicketDraft& draft)
{
    return QString::fromUtf8(
        QJsonDocument(ticketDraftToJson(draft).value(QStringLiteral("path")).toArray()).toJson(QJsonDocument::Compact));
}

QString fieldsJson(const TicketDraft& draft)
{
    return QString::fromUtf8(QJsonDocument(ticketDraftToJson(draft).value(QStringLiteral("fields")).toObject())
                                 .toJson(QJsonDocument::Compact));
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Result<std::optional<qint64>> takeSequence(const QSqlDatabase& db, const QString& siteCode, const QString& day)
{
    // The upsert is the serialisation point: on PostgreSQL its row lock makes concurrent filers
    // of the same day wait for each other; on SQLite the whole write transaction is exclusive.
    // Both roll back with the ticket, so a failed filing burns no number.
    auto sequence = queryScalar(db,
        QStringLiteral("INSERT INTO ticket_counters (site_code, day, last_sequence) VALUES (?, ?, 1) "
                       "ON CONFLICT (site_code, day) DO UPDATE "
                       "SET last_sequence = ticket_counters.last_sequence + 1 "
                       "RETURNING last_sequence"),
        { siteCode, day });
    if (!sequence.ok())
        return sequence.error();
    if (!sequence->isValid())
        return std::optional<qint64>();
    return std::optional<qint64>(sequence->toLongLong());
}

Result<std::optional<QString>> customerOfTicket(const QSqlDatabase& db, const QString& number)
{
    auto linked = execQuery(db, QStringLiteral("SELECT customer_idpel FROM tickets WHERE number = ?"), { number });
    if (!linked.ok())
        return linked.error();
    if (!linked->next())
        return std::optional<QString>();
    return std::optional<QString>(linked->value(0).toString());
}

Result<std::optional<FilingCustomer>> filingCustomer(const QSqlDatabase& db, const QString& idpel)
{
    auto found = execQuery(db,
        QStringLiteral("SELECT c.name, c.ulp_code, u.name FROM customers c LEFT JOIN units u ON u.code = c.ulp_code "
                       "WHERE c.idpel = ?"),
        { idpel });
    if (!found.ok())
        return found.error();
    if (!found->next())
        return std::optional<FilingCustomer>();
    const QString ulpName = found->value(2).toString();
    return std::optional<FilingCustomer>(FilingCustomer { found->value(0).toString(), found->value(1).toString(),
        ulpName.isEmpty() ? found->value(1).toString() : ulpName });
}

Result<bool> knownSubIssueType(const QSqlDatabase& db, const QString& issueTypeId, const QString& subIssueTypeId)
{
    auto found = execQuery(db, QStringLiteral("SELECT 1 FROM apkt_sub_issue_types WHERE id = ? AND issue_type_id = ?"),
        { subIssueTypeId, issueTypeId });
    if (!found.ok())
        return found.error();
    return found->next();
}

Status insertTicket(const QSqlDatabase& db, const TicketDraft& draft, const NewTicket& ticket)
{
    auto inserted = execQuery(db,
        QStringLiteral(
            "INSERT INTO tickets (number, client_request_id, kind, issue_type_id, sub_issue_type_id, routing, "
            "customer_idpel, customer_name, unit_code, unit_name, fields_json, description, agent_note, "
            "sop_id, sop_version, path_json, agent_user_id, agent_name, call_started_at_ms, filed_at_ms, "
            "handle_time_ms, sla_due_at_ms, linked_ticket_number) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { ticket.number, ticket.clientRequestId, ticketKindCode(draft.kind), draft.issueTypeId, draft.subIssueTypeId,
            ticketRoutingCode(draft.routing), draft.customerIdpel, draft.customerName, draft.unitCode, draft.unitName,
            fieldsJson(draft), draft.description, draft.agentNote, draft.sopId, draft.sopVersion, pathJson(draft),
            ticket.agentUserId, ticket.agentName, ticket.callStartedAtMs, ticket.filedAtMs, ticket.handleTimeMs,
            ticket.slaDueAtMs ? QVariant(*ticket.slaDueAtMs) : QVariant(), orNull(ticket.linkedTicketNumber) });
    if (!inserted.ok())
        return inserted.error();
    return {};
}

Result<std::optional<std::pair<qint64, bool>>> fileTicket(
    const QSqlDatabase& db, const TicketDraft& draft, const TicketFiling& filing)
{
    auto filed = execQuery(db,
        QStringLiteral(
            "SELECT ticket_id, already_filed FROM csodesk_file_ticket(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?)"),
        { filing.clientRequestId, filing.siteCode, ticketKindCode(draft.kind), draft.issueTypeId, draft.subIssueTypeId,
            ticketRoutingCode(draft.routing), draft.customerIdpel, fieldsJson(draft), draft.description,
            draft.agentNote, draft.sopId, draft.sopVersion, pathJson(draft), filing.callStartedAtMs,
            orNull(filing.linkedTicketNumber), draft.customerName, draft.unitCode, draft.unitName, draft.slaHours,
            filing.actorName, filing.actorUserId, filing.nowMs });
    if (!filed.ok())
        return filed.error();
    if (!filed->next())
        return std::optional<std::pair<qint64, bool>>();
    return std::optional<std::pair<qint64, bool>>(
        std::pair<qint64, bool> { filed->value(0).toLongLong(), filed->value(1).toBool() });
}

Result<std::optional<TicketEvent>> addTicketEvent(const QSqlDatabase& db, const QString& ticketNumber,
    TicketEventKind kind, const QString& note, const QString& flag, const QString& status, const QString& actorName,
    qint64 actorUserId, qint64 nowMs)
{
    auto added = execQuery(db,
        QStringLiteral("SELECT event_id, at_ms, actor_user_id, actor_name FROM "
                       "csodesk_add_ticket_event(?, ?, ?, ?, ?, ?, ?, ?)"),
        { ticketNumber, ticketEventKindCode(kind), note, flag, status, actorName, actorUserId, nowMs });
    if (!added.ok())
        return added.error();
    if (!added->next())
        return std::optional<TicketEvent>();
    return std::optional<TicketEvent>(
        TicketEvent { added->value(0).toLongLong(), kind, fromEpochMs(added->value(1).toLongLong()),
            added->value(2).toLongLong(), added->value(3).toString(), note, flag, status });
}

Result<std::optional<EventTarget>> eventTarget(const QSqlDatabase& db, const QString& ticketNumber)
{
    auto found = execQuery(
        db, QStringLiteral("SELECT id, kind, customer_idpel FROM tickets WHERE number = ?"), { ticketNumber });
    if (!found.ok())
        return found.error();
    if (!found->next())
        return std::optional<EventTarget>();
    return std::optional<EventTarget>(
        EventTarget { found->value(0).toLongLong(), found->value(1).toString(), found->value(2).toString() });
}

Result<qint64> insertTicketEvent(const QSqlDatabase& db, qint64 ticketId, TicketEventKind kind, qint64 atMs,
    qint64 actorUserId, const QString& actorName, const QString& note, const QString& flag, const QString& status)
{
    auto id = queryScalar(db,
        QStringLiteral("INSERT INTO ticket_events (ticket_id, kind, at_ms, actor_user_id, actor_name, "
                       "note, flag, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { ticketId, ticketEventKindCode(kind), atMs, actorUserId, actorName, note, orNull(flag), orNull(status) });
    if (!id.ok())
        return id.error();
    return id->toLongLong();
}

} // namespace csodesk::ticket_sql
