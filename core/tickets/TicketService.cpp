#include "TicketService.h"

#include "apkt/ApktCatalogue.h"
#include "auth/AccessControl.h"
#include "common/LogFormat.h"
#include "common/Masking.h"
#include "common/TimeUtil.h"
#include "tickets/DraftValidation.h"
#include "tickets/TicketFilingSql.h"
#include "tickets/TicketNumber.h"
#include "tickets/TicketSql.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace csodesk {

namespace {

Error invalid(const QString& message, const char* detail)
{
    return makeError(ErrorKind::InvalidInput, message, QString::fromLatin1(detail));
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

// The built-in catalogue's contact centre, where every Issue Closed stays.
Result<ApktUnit> contactCenterUnit()
{
    static const Result<ApktCatalogue> catalogue = ApktCatalogue::builtIn();
    if (!catalogue.ok())
        return catalogue.error();
    return catalogue->contactCenterUnit();
}

// The draft as it is filed on SQLite: the customer must exist; the name snapshot and a KELUHAN's
// unit are the record's, an Issue Closed's unit the contact centre, a KELUHAN's SLA 3 x 24 h;
// the APKT types must be in the catalogue. A workstation's claims about these are not taken.
Result<TicketDraft> recordedDraft(const QSqlDatabase& db, const TicketDraft& draft)
{
    auto customer = ticket_sql::filingCustomer(db, draft.customerIdpel);
    if (!customer.ok())
        return customer.error();
    if (!customer->has_value())
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("Tickets", "Pelanggan IDPEL %1 tidak ada; tiket tidak dapat dibuat.")
                .arg(draft.customerIdpel),
            QStringLiteral("no such customer"));
    auto known = ticket_sql::knownSubIssueType(db, draft.issueTypeId, draft.subIssueTypeId);
    if (!known.ok())
        return known.error();
    if (!known.value())
        return invalid(QCoreApplication::translate("Tickets", "Jenis/sub-jenis %1 / %2 tidak ada di katalog APKT.")
                           .arg(draft.issueTypeId, draft.subIssueTypeId),
            "unknown apkt sub-issue type");
    TicketDraft record = draft;
    record.customerName = customer->value().name;
    if (draft.kind == TicketKind::Keluhan) {
        record.unitCode = customer->value().ulpCode;
        record.unitName = customer->value().ulpName;
        record.slaHours = kKeluhanSlaHours;
    } else {
        auto unit = contactCenterUnit();
        if (!unit.ok())
            return unit.error();
        record.unitCode = unit->code;
        record.unitName = unit->name;
    }
    return record;
}

Result<qint64> takeSequence(const QSqlDatabase& db, const QString& siteCode, const QString& day)
{
    auto sequence = ticket_sql::takeSequence(db, siteCode, day);
    if (!sequence.ok())
        return sequence.error();
    if (!sequence->has_value())
        return makeError(ErrorKind::Internal, QCoreApplication::translate("Tickets", "Nomor tiket tidak bisa dibuat."),
            QStringLiteral("counter returned no row"));
    return sequence->value();
}

Error requestIdTaken()
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("Tickets", "Kode permintaan pengisian ini sudah dipakai orang lain."),
        QStringLiteral("request id already used by someone else"));
}

// PostgreSQL: the database files the ticket itself (ticket_sql::fileTicket).
Result<std::pair<qint64, bool>> fileThroughDatabase(const QSqlDatabase& db, const Actor& actor,
    const TicketDraft& draft, const FilingRequest& request, const QString& siteCode, qint64 nowMs)
{
    auto filed = ticket_sql::fileTicket(db, draft,
        { request.clientRequestId, siteCode, toEpochMs(request.callStartedAt), request.linkedTicketNumber,
            actor.userName, actor.userId, nowMs });
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
    if (!filed->has_value())
        return makeError(ErrorKind::Internal,
            QCoreApplication::translate("Tickets", "Tiket tersimpan tetapi tidak terbaca."),
            QStringLiteral("csodesk_file_ticket returned no row"));
    return filed->value();
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
    const QDate day = wibDate(now);

    auto filed = m_database.write([&](QSqlDatabase& db) -> Result<FilingResult> {
        if (isPostgres(db)) {
            auto done = fileThroughDatabase(db, actor, draft, request, m_siteCode, filedAtMs);
            if (!done.ok())
                return done.error();
            auto stored = ticket_sql::ticketById(db, done->first);
            if (!stored.ok())
                return stored.error();
            if (!stored->has_value())
                return makeError(ErrorKind::Internal,
                    QCoreApplication::translate("Tickets", "Tiket tersimpan tetapi tidak terbaca."),
                    QStringLiteral("lost insert"));
            return FilingResult { std::move(stored).value().value(), done->second };
        }
        auto earlier = ticket_sql::ticketByClientRequestId(db, request.clientRequestId);
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
            auto linked = ticket_sql::customerOfTicket(db, request.linkedTicketNumber);
            if (!linked.ok())
                return linked.error();
            if (!linked->has_value())
                return makeError(ErrorKind::NotFound,
                    QCoreApplication::translate("Tickets", "Tiket terkait %1 tidak ditemukan.")
                        .arg(request.linkedTicketNumber),
                    QStringLiteral("linked ticket not found"));
            // A repeat report repeats the same customer's report; another customer's is a slip.
            if (linked->value() != draft.customerIdpel)
                return invalid(QCoreApplication::translate("Tickets", "Tiket terkait %1 milik pelanggan lain.")
                                   .arg(request.linkedTicketNumber),
                    "linked ticket of another customer");
        }

        // The record, not the workstation, says who the customer is and where a KELUHAN goes,
        // as the floor's database does (migration 005).
        auto record = recordedDraft(db, draft);
        if (!record.ok())
            return record.error();

        auto sequence = takeSequence(db, m_siteCode, ticket_number::dayKey(day));
        if (!sequence.ok())
            return sequence.error();
        const QString number = ticket_number::format(m_siteCode, day, sequence.value());

        const std::optional<qint64> slaDue = record->kind == TicketKind::Keluhan
            ? std::optional<qint64>(filedAtMs + qint64(record->slaHours) * 3600 * 1000)
            : std::nullopt;
        auto inserted = ticket_sql::insertTicket(db, record.value(),
            { number, request.clientRequestId, actor.userId, actor.userName, callStartedMs, filedAtMs,
                filedAtMs - callStartedMs, slaDue, request.linkedTicketNumber });
        if (!inserted.ok())
            return inserted.error();
        if (auto audited = m_audit.record(db, actor.userName, AuditAction::FileTicket, draft.customerIdpel, number);
            !audited.ok())
            return audited.error();

        auto stored = ticket_sql::ticketByNumber(db, number);
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
        auto winner = m_database.read(
            [&](QSqlDatabase& db) { return ticket_sql::ticketByClientRequestId(db, request.clientRequestId); });
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
    return m_database.read([&](QSqlDatabase& db) {
        // APKT sub-issue ids are "<issue type>.<sub-issue>" (the catalogue test holds to it).
        const QString issueTypeId = subIssueTypeId.section(QLatin1Char('.'), 0, 0);
        return ticket_sql::repeatContacts(db, actor, customerIdpel, subIssueTypeId, issueTypeId, windowStartMs);
    });
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
            auto added = ticket_sql::addTicketEvent(
                db, ticketNumber, kind, note, flag, status, actor.userName, actor.userId, toEpochMs(now));
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
            if (!added->has_value())
                return makeError(ErrorKind::Internal,
                    QCoreApplication::translate("Tickets", "Catatan tersimpan tetapi tidak terbaca."),
                    QStringLiteral("csodesk_add_ticket_event returned no row"));
            return added->value();
        }
        auto found = ticket_sql::eventTarget(db, ticketNumber);
        if (!found.ok())
            return found.error();
        if (!found->has_value())
            return makeError(ErrorKind::NotFound,
                QCoreApplication::translate("Tickets", "Tiket %1 tidak ditemukan.").arg(ticketNumber),
                QStringLiteral("ticket not found"));
        const qint64 ticketId = found->value().ticketId;
        const QString customerIdpel = found->value().customerIdpel;
        if (kind == TicketEventKind::StatusChange && found->value().kind != ticketKindCode(TicketKind::Keluhan))
            return invalid(
                QCoreApplication::translate("Tickets", "Tiket Issue Closed tidak punya status yang bisa diubah."),
                "status on issue closed");

        auto id = ticket_sql::insertTicketEvent(
            db, ticketId, kind, toEpochMs(now), actor.userId, actor.userName, note, flag, status);
        if (!id.ok())
            return id.error();
        const QString action
            = kind == TicketEventKind::StatusChange ? AuditAction::StatusChange : AuditAction::Annotate;
        const QString detail
            = kind == TicketEventKind::StatusChange ? ticketNumber + QStringLiteral(" -> ") + status : ticketNumber;
        if (auto audited = m_audit.record(db, actor.userName, action, customerIdpel, detail); !audited.ok())
            return audited.error();
        return TicketEvent { id.value(), kind, fromEpochMs(toEpochMs(now)), actor.userId, actor.userName, note, flag,
            status };
    });
}

} // namespace csodesk
