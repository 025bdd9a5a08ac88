#include "TicketService.h"

#include "auth/AccessControl.h"
#include "common/LogFormat.h"
#include "common/Masking.h"
#include "common/TimeUtil.h"
#include "tickets/DraftValidation.h"
#include "tickets/TicketNumber.h"
#include "tickets/TicketSql.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <spdlog/spdlog.h>

namespace csodesk {

namespace {

Error invalid(const QString& message, const char* detail)
{
    return makeError(ErrorKind::InvalidInput, message, QString::fromLatin1(detail));
}

Result<std::optional<Ticket>> findOne(const QSqlDatabase& db, const QString& column, const QString& value)
{
    // `column` is one of our own names, never input.
    auto tickets = ticket_sql::readTickets(
        db, ticket_sql::selectTickets() + QStringLiteral(" WHERE t.") + column + QStringLiteral(" = ?"), { value });
    if (!tickets.ok())
        return tickets.error();
    if (tickets->isEmpty())
        return std::optional<Ticket>();
    return std::optional<Ticket>(tickets->constFirst());
}

Status checkRequest(const FilingRequest& request, const QDateTime& now)
{
    if (request.clientRequestId.trimmed().isEmpty() || request.clientRequestId.size() > 64)
        return invalid(
            QCoreApplication::translate("Tickets", "Kode permintaan pengisian tidak valid."), "bad client request id");
    if (!request.callStartedAt.isValid())
        return invalid(
            QCoreApplication::translate("Tickets", "Waktu mulai panggilan tidak diketahui."), "no call start");
    if (request.callStartedAt > now)
        return invalid(
            QCoreApplication::translate("Tickets", "Waktu mulai panggilan ada di masa depan; periksa jam komputer."),
            "call start in the future");
    return {};
}

Result<qint64> takeSequence(const QSqlDatabase& db, const QString& siteCode, const QString& day)
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
        return makeError(ErrorKind::Internal, QCoreApplication::translate("Tickets", "Nomor tiket tidak bisa dibuat."),
            QStringLiteral("counter returned no row"));
    return sequence->toLongLong();
}

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

Error requestIdTaken()
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("Tickets", "Kode permintaan pengisian ini sudah dipakai orang lain."),
        QStringLiteral("request id already used by someone else"));
}

// PostgreSQL: the database files the ticket itself (migration 005, csodesk_file_ticket). The
// draft's customer name, unit, SLA, the actor and the time are claims that only the schema
// owner's are taken for; a person's come from the database's records and clock.
Result<std::pair<qint64, bool>> fileThroughDatabase(const QSqlDatabase& db, const Actor& actor,
    const TicketDraft& draft, const FilingRequest& request, const QString& siteCode, qint64 nowMs)
{
    auto filed = execQuery(db,
        QStringLiteral(
            "SELECT ticket_id, already_filed FROM csodesk_file_ticket(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?)"),
        { request.clientRequestId, siteCode, ticketKindCode(draft.kind), draft.issueTypeId, draft.subIssueTypeId,
            ticketRoutingCode(draft.routing), draft.customerIdpel, fieldsJson(draft), draft.description,
            draft.agentNote, draft.sopId, draft.sopVersion, pathJson(draft), toEpochMs(request.callStartedAt),
            request.linkedTicketNumber.isEmpty() ? QVariant() : QVariant(request.linkedTicketNumber),
            draft.customerName, draft.unitCode, draft.unitName, draft.slaHours, actor.userName, actor.userId, nowMs });
    if (!filed.ok()) {
        // The function's refusals name their rule in English; the person reads it in Indonesian.
        Error error = filed.error();
        const auto refused = [&](const char* rule) { return error.detail.contains(QLatin1String(rule)); };
        if (refused("linked ticket not found"))
            error.message = QCoreApplication::translate("Tickets", "Tiket terkait %1 tidak ditemukan.")
                                .arg(request.linkedTicketNumber);
        else if (refused("linked ticket of another customer"))
            error.message = QCoreApplication::translate("Tickets", "Tiket terkait %1 milik pelanggan lain.")
                                .arg(request.linkedTicketNumber);
        else if (refused("request id already used"))
            error = requestIdTaken();
        else if (refused("no such customer"))
            error.message = QCoreApplication::translate("Tickets", "Pelanggan dengan IDPEL %1 tidak ada di basis data.")
                                .arg(draft.customerIdpel);
        else if (refused("unknown APKT sub-issue type"))
            error.message = QCoreApplication::translate("Tickets", "Sub-jenis keluhan %1 tidak ada di katalog APKT.")
                                .arg(draft.subIssueTypeId);
        return error;
    }
    if (!filed->next())
        return makeError(ErrorKind::Internal,
            QCoreApplication::translate("Tickets", "Tiket tersimpan tetapi tidak terbaca."),
            QStringLiteral("csodesk_file_ticket returned no row"));
    return std::pair<qint64, bool> { filed->value(0).toLongLong(), filed->value(1).toBool() };
}

} // namespace

Result<FilingResult> TicketService::file(const Actor& actor, const TicketDraft& draft, const FilingRequest& request)
{
    if (auto signedIn = access::requireSignedIn(actor); !signedIn.ok())
        return signedIn.error();
    if (auto site = ticket_number::checkSiteCode(m_siteCode); !site.ok())
        return site.error();
    if (auto valid = validateDraftForFiling(draft); !valid.ok())
        return valid.error();
    const QDateTime now = m_clock.nowUtc();
    if (auto valid = checkRequest(request, now); !valid.ok())
        return valid.error();

    const qint64 filedAtMs = toEpochMs(now);
    const qint64 callStartedMs = toEpochMs(request.callStartedAt);
    const QVariant slaDue
        = draft.slaHours > 0 ? QVariant(filedAtMs + qint64(draft.slaHours) * 3600 * 1000) : QVariant();
    const QDate day = wibDate(now);

    auto filed = m_database.write([&](QSqlDatabase& db) -> Result<FilingResult> {
        if (isPostgres(db)) {
            auto done = fileThroughDatabase(db, actor, draft, request, m_siteCode, filedAtMs);
            if (!done.ok())
                return done.error();
            auto stored = findOne(db, QStringLiteral("id"), QString::number(done->first));
            if (!stored.ok())
                return stored.error();
            if (!stored->has_value())
                return makeError(ErrorKind::Internal,
                    QCoreApplication::translate("Tickets", "Tiket tersimpan tetapi tidak terbaca."),
                    QStringLiteral("lost insert"));
            return FilingResult { std::move(stored).value().value(), done->second };
        }
        auto earlier = findOne(db, QStringLiteral("client_request_id"), request.clientRequestId);
        if (!earlier.ok())
            return earlier.error();
        if (earlier->has_value()) {
            // Idempotent per person, as on a floor: someone else's retry id yields nothing of
            // their ticket.
            if (earlier->value().agentName != actor.userName)
                return requestIdTaken();
            return FilingResult { std::move(earlier).value().value(), true };
        }

        if (!request.linkedTicketNumber.isEmpty()) {
            auto linked = execQuery(db, QStringLiteral("SELECT customer_idpel FROM tickets WHERE number = ?"),
                { request.linkedTicketNumber });
            if (!linked.ok())
                return linked.error();
            if (!linked->next())
                return makeError(ErrorKind::NotFound,
                    QCoreApplication::translate("Tickets", "Tiket terkait %1 tidak ditemukan.")
                        .arg(request.linkedTicketNumber),
                    QStringLiteral("linked ticket not found"));
            // A repeat report repeats the same customer's report; another customer's is a slip.
            if (linked->value(0).toString() != draft.customerIdpel)
                return invalid(QCoreApplication::translate("Tickets", "Tiket terkait %1 milik pelanggan lain.")
                                   .arg(request.linkedTicketNumber),
                    "linked ticket of another customer");
        }

        auto sequence = takeSequence(db, m_siteCode, ticket_number::dayKey(day));
        if (!sequence.ok())
            return sequence.error();
        const QString number = ticket_number::format(m_siteCode, day, sequence.value());

        auto inserted = execQuery(db,
            QStringLiteral(
                "INSERT INTO tickets (number, client_request_id, kind, issue_type_id, sub_issue_type_id, routing, "
                "customer_idpel, customer_name, unit_code, unit_name, fields_json, description, agent_note, "
                "sop_id, sop_version, path_json, agent_user_id, agent_name, call_started_at_ms, filed_at_ms, "
                "handle_time_ms, sla_due_at_ms, linked_ticket_number) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { number, request.clientRequestId, ticketKindCode(draft.kind), draft.issueTypeId, draft.subIssueTypeId,
                ticketRoutingCode(draft.routing), draft.customerIdpel, draft.customerName, draft.unitCode,
                draft.unitName, fieldsJson(draft), draft.description, draft.agentNote, draft.sopId, draft.sopVersion,
                pathJson(draft), actor.userId, actor.userName, callStartedMs, filedAtMs, filedAtMs - callStartedMs,
                slaDue, request.linkedTicketNumber.isEmpty() ? QVariant() : QVariant(request.linkedTicketNumber) });
        if (!inserted.ok())
            return inserted.error();
        if (auto audited = m_audit.record(db, actor.userName, AuditAction::FileTicket, draft.customerIdpel, number);
            !audited.ok())
            return audited.error();

        auto stored = findOne(db, QStringLiteral("number"), number);
        if (!stored.ok())
            return stored.error();
        if (!stored->has_value())
            return makeError(ErrorKind::Internal,
                QCoreApplication::translate("Tickets", "Tiket tersimpan tetapi tidak terbaca."),
                QStringLiteral("lost insert"));
        return FilingResult { std::move(stored).value().value(), false };
    });

    if (!filed.ok() && filed.error().kind == ErrorKind::Conflict) {
        // Two attempts with the same request id raced (a double click, a retry while the first
        // was still committing): the loser hits the unique constraint and returns the winner's ticket.
        auto winner = m_database.read([&](QSqlDatabase& db) {
            return findOne(db, QStringLiteral("client_request_id"), request.clientRequestId);
        });
        // Only one's own: another person's retry id yields nothing of their ticket.
        if (winner.ok() && winner->has_value() && winner->value().agentName == actor.userName)
            return FilingResult { std::move(winner).value().value(), true };
    }
    if (!filed.ok()) {
        spdlog::warn("filing for {} failed: {}", maskIdpel(draft.customerIdpel), filed.error().detail);
        Error error = filed.error();
        if (error.kind != ErrorKind::InvalidInput && error.kind != ErrorKind::NotFound
            && error.kind != ErrorKind::PermissionDenied) {
            // The agent must know that nothing was filed and that retrying is safe.
            error.message = QCoreApplication::translate(
                "Tickets", "Tiket belum tercatat: %1 Isian tidak hilang; coba catat lagi.")
                                .arg(error.message);
        }
        return error;
    }
    if (!filed->alreadyFiled)
        spdlog::info(
            "ticket {} filed by {} for {}", filed->ticket.number, actor.userName, maskIdpel(draft.customerIdpel));
    return filed;
}

Result<QList<Ticket>> TicketService::findRepeatContacts(
    const Actor& actor, const QString& customerIdpel, const QString& subIssueTypeId)
{
    if (auto signedIn = access::requireSignedIn(actor); !signedIn.ok())
        return signedIn.error();
    const qint64 nowMs = toEpochMs(m_clock.nowUtc());
    const qint64 windowStartMs = nowMs - qint64(kRepeatWindowDays) * 24 * 3600 * 1000;
    const ticket_sql::Fragment visible = ticket_sql::visibleTo(actor);
    const QString sql = ticket_sql::selectTickets()
        + QStringLiteral(" WHERE t.customer_idpel = ? AND ((t.sub_issue_type_id = ? AND t.filed_at_ms >= ?) OR "
                         "(t.kind = 'KELUHAN' AND ")
        + ticket_sql::statusExpression() + QStringLiteral(" = 'open'))") + visible.sql
        + QStringLiteral(" ORDER BY t.filed_at_ms DESC, t.id DESC");
    QVariantList values { customerIdpel, subIssueTypeId, windowStartMs };
    values += visible.values;
    return m_database.read([&](QSqlDatabase& db) { return ticket_sql::readTickets(db, sql, values); });
}

Result<TicketEvent> TicketService::annotate(
    const Actor& actor, const QString& ticketNumber, const QString& note, std::optional<ReviewFlag> flag)
{
    if (auto allowed
        = access::requireSupervisor(actor, QCoreApplication::translate("Tickets", "memberi catatan pada tiket"));
        !allowed.ok())
        return allowed.error();
    if (note.trimmed().isEmpty() && !flag)
        return invalid(QCoreApplication::translate("Tickets", "Catatan kosong."), "empty note");
    return appendEvent(actor, ticketNumber, flag ? TicketEventKind::Flag : TicketEventKind::Note, note,
        flag ? reviewFlagCode(*flag) : QString(), {});
}

Result<TicketEvent> TicketService::changeStatus(
    const Actor& actor, const QString& ticketNumber, TicketStatus status, const QString& note)
{
    if (auto allowed
        = access::requireSupervisor(actor, QCoreApplication::translate("Tickets", "mengubah status tiket"));
        !allowed.ok())
        return allowed.error();
    if (status == TicketStatus::Closed)
        return invalid(
            QCoreApplication::translate("Tickets", "Status KELUHAN hanya open, done_by_unit atau cancelled."),
            "closed is not a keluhan status");
    return appendEvent(actor, ticketNumber, TicketEventKind::StatusChange, note, {}, ticketStatusCode(status));
}

Result<TicketEvent> TicketService::appendEvent(const Actor& actor, const QString& ticketNumber, TicketEventKind kind,
    const QString& note, const QString& flag, const QString& status)
{
    if (note.size() > kMaxTextLength)
        return invalid(QCoreApplication::translate("Tickets", "Catatan terlalu panjang (maksimal 4000 karakter)."),
            "note too long");
    const QDateTime now = m_clock.nowUtc();
    return m_database.write([&](QSqlDatabase& db) -> Result<TicketEvent> {
        if (isPostgres(db)) {
            // The database checks the role, writes the event and its access-log row (migration 005).
            auto added = execQuery(db,
                QStringLiteral("SELECT event_id, at_ms, actor_user_id, actor_name FROM "
                               "csodesk_add_ticket_event(?, ?, ?, ?, ?, ?, ?, ?)"),
                { ticketNumber, ticketEventKindCode(kind), note, flag, status, actor.userName, actor.userId,
                    toEpochMs(now) });
            if (!added.ok()) {
                Error error = added.error();
                if (error.kind == ErrorKind::NotFound)
                    error.message
                        = QCoreApplication::translate("Tickets", "Tiket %1 tidak ditemukan.").arg(ticketNumber);
                else if (error.kind == ErrorKind::InvalidInput && kind == TicketEventKind::StatusChange)
                    error.message = QCoreApplication::translate(
                        "Tickets", "Tiket Issue Closed tidak punya status yang bisa diubah.");
                return error;
            }
            if (!added->next())
                return makeError(ErrorKind::Internal,
                    QCoreApplication::translate("Tickets", "Catatan tersimpan tetapi tidak terbaca."),
                    QStringLiteral("csodesk_add_ticket_event returned no row"));
            return TicketEvent { added->value(0).toLongLong(), kind, fromEpochMs(added->value(1).toLongLong()),
                added->value(2).toLongLong(), added->value(3).toString(), note, flag, status };
        }
        auto found = execQuery(
            db, QStringLiteral("SELECT id, kind, customer_idpel FROM tickets WHERE number = ?"), { ticketNumber });
        if (!found.ok())
            return found.error();
        if (!found->next())
            return makeError(ErrorKind::NotFound,
                QCoreApplication::translate("Tickets", "Tiket %1 tidak ditemukan.").arg(ticketNumber),
                QStringLiteral("ticket not found"));
        const qint64 ticketId = found->value(0).toLongLong();
        const QString customerIdpel = found->value(2).toString();
        if (kind == TicketEventKind::StatusChange && found->value(1).toString() != ticketKindCode(TicketKind::Keluhan))
            return invalid(
                QCoreApplication::translate("Tickets", "Tiket Issue Closed tidak punya status yang bisa diubah."),
                "status on issue closed");

        auto id = queryScalar(db,
            QStringLiteral("INSERT INTO ticket_events (ticket_id, kind, at_ms, actor_user_id, actor_name, "
                           "note, flag, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            { ticketId, ticketEventKindCode(kind), toEpochMs(now), actor.userId, actor.userName, note,
                flag.isEmpty() ? QVariant() : QVariant(flag), status.isEmpty() ? QVariant() : QVariant(status) });
        if (!id.ok())
            return id.error();
        const QString action
            = kind == TicketEventKind::StatusChange ? AuditAction::StatusChange : AuditAction::Annotate;
        const QString detail
            = kind == TicketEventKind::StatusChange ? ticketNumber + QStringLiteral(" -> ") + status : ticketNumber;
        if (auto audited = m_audit.record(db, actor.userName, action, customerIdpel, detail); !audited.ok())
            return audited.error();
        return TicketEvent { id->toLongLong(), kind, fromEpochMs(toEpochMs(now)), actor.userId, actor.userName, note,
            flag, status };
    });
}

} // namespace csodesk
