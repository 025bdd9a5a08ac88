#include "CustomerTicketHistory.h"

namespace csodesk {

Result<QList<CustomerTicketRef>> CustomerTicketHistory::ticketsOf(const Actor& actor, const QString& idpel, int limit)
{
    TicketFilter filter;
    filter.customerIdpel = idpel;
    TicketPageRequest page;
    page.sort = TicketSort::FiledNewestFirst;
    page.limit = limit;
    auto found = m_queries.list(actor, filter, page);
    if (!found.ok())
        return found.error();
    QList<CustomerTicketRef> refs;
    refs.reserve(found->tickets.size());
    for (const Ticket& ticket : std::as_const(found->tickets)) {
        refs.append(
            CustomerTicketRef { ticket.number, ticketKindCode(ticket.content.kind), ticket.content.subIssueTypeId,
                ticketStatusCode(ticket.status), ticket.filedAt, ticket.content.description });
    }
    return refs;
}

} // namespace csodesk
