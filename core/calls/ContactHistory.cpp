#include "ContactHistory.h"

#include "tickets/Ticket.h"
#include "tickets/TicketService.h"

namespace csodesk {

bool isRepeatContact(const CustomerTicketRef& ticket, const QDateTime& nowUtc)
{
    if (ticket.status == ticketStatusCode(TicketStatus::Open))
        return true;
    return nowUtc.isValid() && ticket.createdAt.isValid()
        && ticket.createdAt.addDays(TicketService::kRepeatWindowDays) > nowUtc;
}

QString newestRepeatContact(const QList<CustomerTicketRef>& tickets, const QDateTime& nowUtc)
{
    for (const CustomerTicketRef& ticket : tickets) {
        if (isRepeatContact(ticket, nowUtc))
            return ticket.ticketNumber;
    }
    return {};
}

} // namespace csodesk
