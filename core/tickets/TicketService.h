#pragma once

#include "audit/AuditLog.h"
#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"
#include "tickets/Ticket.h"
#include "tickets/TicketDraft.h"

#include <QList>

namespace csodesk {

// What the caller adds to a draft when filing it.
struct FilingRequest {
    QDateTime callStartedAt; // UTC; handle time runs from here to filing
    QString linkedTicketNumber; // an earlier ticket this call repeats ("lapor ulang"); empty = none
    QString clientRequestId; // generated once per draft (a UUID); a retry sends the same one
};

struct FilingResult {
    Ticket ticket;
    bool alreadyFiled = false; // true: a retry; the ticket was filed by an earlier attempt
};

// Files tickets and appends what happens to them afterwards. A ticket is never changed: notes,
// flags and status changes are events (the schema refuses UPDATE and DELETE).
class TicketService {
public:
    // `siteCode`: the two digits of this contact-centre site (Settings::siteCode()).
    TicketService(Database& database, AuditLog& audit, const Clock& clock, QString siteCode)
        : m_database(database)
        , m_audit(audit)
        , m_clock(clock)
        , m_siteCode(std::move(siteCode))
    {
    }

    // One transaction: number, ticket and audit record commit together or not at all. On any
    // failure nothing is stored and the draft is untouched, so the caller can retry with the
    // same clientRequestId; a retry after a commit whose answer was lost returns the ticket
    // filed the first time instead of a second one.
    [[nodiscard]] Result<FilingResult> file(const Actor& actor, const TicketDraft& draft, const FilingRequest& request);

    // Before filing: the customer's tickets about the same matter — the same sub-issue type,
    // then the same issue type — filed in the last 7 days or a KELUHAN still open; the same
    // sub-issue type first, newest first. Never another matter, so the agent links the right
    // one (or none) instead of duplicating. Limited to what the actor may see.
    [[nodiscard]] Result<QList<Ticket>> findRepeatContacts(
        const Actor& actor, const QString& customerIdpel, const QString& subIssueTypeId);

    // Supervisors: a review note, optionally with a flag (sesuai SOP / perlu koreksi).
    [[nodiscard]] Result<TicketEvent> annotate(const Actor& actor, const QString& ticketNumber, const QString& note,
        std::optional<ReviewFlag> flag = std::nullopt);
    // Supervisors: the unit's progress on a forwarded KELUHAN (open, done by unit, cancelled).
    [[nodiscard]] Result<TicketEvent> changeStatus(
        const Actor& actor, const QString& ticketNumber, TicketStatus status, const QString& note = {});

    static constexpr int kRepeatWindowDays = 7;
    static constexpr int kMaxTextLength = 4000;

private:
    [[nodiscard]] Result<TicketEvent> appendEvent(const Actor& actor, const QString& ticketNumber, TicketEventKind kind,
        const QString& note, const QString& flag, const QString& status);

    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
    QString m_siteCode;
};

} // namespace csodesk
