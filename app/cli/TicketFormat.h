#pragma once

#include "tickets/Ticket.h"
#include "tickets/TicketFigures.h"

#include <QJsonObject>
#include <QList>
#include <QTextStream>

// How the CLI shows tickets and figures: JSON for scripts, aligned text for people.
namespace csodesk::cli {

[[nodiscard]] QJsonObject ticketToJson(const Ticket& ticket);
[[nodiscard]] QJsonObject ticketEventToJson(const TicketEvent& event);
[[nodiscard]] QJsonObject figuresToJson(const TicketFigures& figures);

void printTicketList(QTextStream& out, const QList<Ticket>& tickets);
void printTicketDetail(QTextStream& out, const TicketDetail& detail);
void printFigures(QTextStream& out, const TicketFigures& figures);

} // namespace csodesk::cli
