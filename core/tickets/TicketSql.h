#pragma once

#include "auth/Actor.h"
#include "common/Result.h"
#include "tickets/AgentWorkload.h"
#include "tickets/Ticket.h"
#include "tickets/TicketFilter.h"
#include "tickets/TicketRow.h"

#include <QSqlQuery>
#include <QVariantList>

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

// Tickets filed in [fromMs, toMs) per agent, busiest first (then by name).
[[nodiscard]] Result<QList<AgentWorkload>> workloadByAgent(const QSqlDatabase& db, qint64 fromMs, qint64 toMs);

} // namespace csodesk::ticket_sql
