#pragma once

#include "auth/Actor.h"
#include "common/Result.h"
#include "tickets/AgentWorkload.h"
#include "tickets/FiguresTally.h"
#include "tickets/Ticket.h"
#include "tickets/TicketFilter.h"
#include "tickets/TicketRow.h"

#include <QSqlQuery>
#include <QVariantList>

#include <array>
#include <optional>
#include <utility>

// SQL shared by the ticket services: the column list and its mapping, the derived status,
// the role-based visibility and the filter. Values are always bound; only fixed fragments
// of our own are concatenated.
namespace csodesk::ticket_sql {

struct Fragment {
    QString sql;
    QVariantList values;
};

// "SELECT <columns> FROM tickets t" (alias t), with the derived status, flag and review note.
[[nodiscard]] QString selectTickets();
[[nodiscard]] Result<Ticket> ticketFromRow(const QSqlQuery& query);
// Runs a selectTickets() statement and maps every row.
[[nodiscard]] Result<QList<Ticket>> readTickets(const QSqlDatabase& db, const QString& sql, const QVariantList& values);

// "SELECT <columns> FROM tickets t" for TicketRow: the same columns minus the SOP transcript.
[[nodiscard]] QString selectTicketRows();
[[nodiscard]] Result<QList<TicketRow>> readTicketRows(
    const QSqlDatabase& db, const QString& sql, const QVariantList& values);

// The current status of ticket alias t: its newest status event, else open (KELUHAN) or closed.
[[nodiscard]] QString statusExpression();

// " AND ..." restricting an agent to their own tickets and the customers they looked up;
// empty for supervisors and admins.
[[nodiscard]] Fragment visibleTo(const Actor& actor);
// " AND ..." for a filter; `nowMs` decides what is overdue.
[[nodiscard]] Fragment matching(const TicketFilter& filter, qint64 nowMs);

// The ticket with that id, number or filing request id, if there is one (any actor's: callers
// check visibility themselves).
[[nodiscard]] Result<std::optional<Ticket>> ticketById(const QSqlDatabase& db, qint64 id);
[[nodiscard]] Result<std::optional<Ticket>> ticketByNumber(const QSqlDatabase& db, const QString& number);
[[nodiscard]] Result<std::optional<Ticket>> ticketByClientRequestId(
    const QSqlDatabase& db, const QString& clientRequestId);

// The customer's tickets about the same matter: of the sub-issue type, then of its issue type,
// each filed since `sinceMs` or a KELUHAN still open; the same sub-issue type first, then newest
// first. Never another matter. Limited to what the actor may see.
[[nodiscard]] Result<QList<Ticket>> repeatContacts(const QSqlDatabase& db, const Actor& actor,
    const QString& customerIdpel, const QString& subIssueTypeId, const QString& issueTypeId, qint64 sinceMs);

// " WHERE ... ORDER BY ... LIMIT ?" for one keyset page, to follow selectTickets() or
// selectTicketRows(): what the actor may see of the filter, after the (sort key, id) of the
// previous page's last row when there is one, `rows` rows at most.
[[nodiscard]] Fragment page(const Actor& actor, const TicketFilter& filter, qint64 nowMs, TicketSort sort,
    const std::optional<std::pair<qint64, qint64>>& after, int rows);

// The number of tickets of the filter that the actor may see.
[[nodiscard]] Result<qint64> countTickets(
    const QSqlDatabase& db, const Actor& actor, const TicketFilter& filter, qint64 nowMs);
// Whether the actor may see the ticket numbered `number` (true without a query for those who
// see everything).
[[nodiscard]] Result<bool> ticketVisibleTo(const QSqlDatabase& db, const Actor& actor, const QString& number);

// The ticket's events, oldest first.
[[nodiscard]] Result<QList<TicketEvent>> ticketEvents(const QSqlDatabase& db, qint64 ticketId);

// Feeds the tally every ticket filed in [sinceMs, toMs), in (filed_at_ms, id) order.
[[nodiscard]] Status tallyTickets(const QSqlDatabase& db, qint64 sinceMs, qint64 toMs, FiguresTally& tally);

// The KELUHAN filed in [fromMs, toMs) by their state at `nowMs`.
struct KeluhanStates {
    qint64 doneInTime = 0; // done by the unit before the due time
    qint64 late = 0; // done by the unit after the due time, or open past it
    std::array<qint64, 4> openByAge {}; // open, filed [0, 1 d), [1 d, 3 d), [3 d, 7 d), [7 d, ...) ago
};
// Empty when the database returned no row.
[[nodiscard]] Result<std::optional<KeluhanStates>> keluhanStates(
    const QSqlDatabase& db, qint64 fromMs, qint64 toMs, qint64 nowMs);

// Tickets filed in [fromMs, toMs) per agent, busiest first (then by name).
[[nodiscard]] Result<QList<AgentWorkload>> workloadByAgent(const QSqlDatabase& db, qint64 fromMs, qint64 toMs);

} // namespace csodesk::ticket_sql
