#pragma once

#include "common/Result.h"
#include "tickets/Ticket.h"
#include "tickets/TicketDraft.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <utility>

// The statements that write tickets and their events, for both dialects. Values are always
// bound. On PostgreSQL the database files tickets and appends events itself (migration 005);
// on SQLite these statements write the rows in the caller's transaction.
namespace csodesk::ticket_sql {

// SQLite: takes the next number of the day for a site. Empty when the counter returned no row.
[[nodiscard]] Result<std::optional<qint64>> takeSequence(
    const QSqlDatabase& db, const QString& siteCode, const QString& day);

// SQLite: the customer IDPEL of the ticket numbered `number`; empty when there is no such ticket.
[[nodiscard]] Result<std::optional<QString>> customerOfTicket(const QSqlDatabase& db, const QString& number);

// SQLite: the customer as the record has them, for the ticket's snapshot; empty when there is
// no such customer. The ULP's name falls back to its code when the unit is not stored.
struct FilingCustomer {
    QString name;
    QString ulpCode;
    QString ulpName;
};
[[nodiscard]] Result<std::optional<FilingCustomer>> filingCustomer(const QSqlDatabase& db, const QString& idpel);

// SQLite: whether the APKT catalogue (migration 004) has this sub-issue type under this issue type.
[[nodiscard]] Result<bool> knownSubIssueType(
    const QSqlDatabase& db, const QString& issueTypeId, const QString& subIssueTypeId);

// SQLite: what filing adds to the draft's own columns.
struct NewTicket {
    QString number;
    QString clientRequestId;
    qint64 agentUserId = 0;
    QString agentName;
    qint64 callStartedAtMs = 0;
    qint64 filedAtMs = 0;
    qint64 handleTimeMs = 0;
    std::optional<qint64> slaDueAtMs; // none for Issue Closed
    QString linkedTicketNumber; // empty = none (stored as NULL)
};
[[nodiscard]] Status insertTicket(const QSqlDatabase& db, const TicketDraft& draft, const NewTicket& ticket);

// PostgreSQL: what csodesk_file_ticket needs besides the draft.
struct TicketFiling {
    QString clientRequestId;
    QString siteCode;
    qint64 callStartedAtMs = 0;
    QString linkedTicketNumber; // empty = none (passed as NULL)
    QString actorName;
    qint64 actorUserId = 0;
    qint64 nowMs = 0;
};
// PostgreSQL: the database files the ticket itself (migration 005, csodesk_file_ticket). The
// draft's customer name, unit, SLA, the actor and the time are claims that only the schema
// owner's are taken for; a person's come from the database's records and clock.
// The ticket's id and whether it had been filed already; empty when the function returned no
// row. Its refusals name their rule in English in the error's detail.
[[nodiscard]] Result<std::optional<std::pair<qint64, bool>>> fileTicket(
    const QSqlDatabase& db, const TicketDraft& draft, const TicketFiling& filing);

// PostgreSQL: the database checks the role, writes the event and its access-log row (migration
// 005). The event as stored (id, time and actor from the database); empty when the function
// returned no row.
[[nodiscard]] Result<std::optional<TicketEvent>> addTicketEvent(const QSqlDatabase& db, const QString& ticketNumber,
    TicketEventKind kind, const QString& note, const QString& flag, const QString& status, const QString& actorName,
    qint64 actorUserId, qint64 nowMs);

// SQLite: what an event needs to know of its ticket.
struct EventTarget {
    qint64 ticketId = 0;
    QString kind; // ticketKindCode
    QString customerIdpel;
};
[[nodiscard]] Result<std::optional<EventTarget>> eventTarget(const QSqlDatabase& db, const QString& ticketNumber);

// SQLite: appends an event; an empty flag or status is stored as NULL. The new event's id.
[[nodiscard]] Result<qint64> insertTicketEvent(const QSqlDatabase& db, qint64 ticketId, TicketEventKind kind,
    qint64 atMs, qint64 actorUserId, const QString& actorName, const QString& note, const QString& flag,
    const QString& status);

} // namespace csodesk::ticket_sql
