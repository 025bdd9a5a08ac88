#include "ServiceCallBackend.h"

#include "customers/CustomerLookupService.h"
#include "storage/Database.h"

namespace csodesk {

ServiceCallBackend::ServiceCallBackend(
    CustomerLookupService& lookups, TicketService& tickets, TicketQueryService& ticketQueries, Database& database)
    : m_lookups(lookups)
    , m_tickets(tickets)
    , m_history(ticketQueries)
    , m_searches(database, lookups.clock())
    , m_database(database)
{
    m_lookups.setTicketHistory(&m_history);
}

ServiceCallBackend::~ServiceCallBackend()
{
    m_lookups.setTicketHistory(nullptr);
}

Result<CustomerLookup> ServiceCallBackend::lookUp(const Actor& actor, const QString& input)
{
    return m_lookups.lookup(actor, input);
}

Result<CustomerSearchResult> ServiceCallBackend::search(const Actor& actor, const CustomerSearchQuery& query, int limit)
{
    return m_searches.search(actor, query, limit);
}

Result<BillExplanation> ServiceCallBackend::explainBill(const Actor& actor, const QString& idpel, const QString& period)
{
    return m_lookups.explainBill(actor, idpel, period);
}

Result<QList<Ticket>> ServiceCallBackend::repeatContacts(
    const Actor& actor, const QString& idpel, const QString& subIssueTypeId)
{
    return m_tickets.findRepeatContacts(actor, idpel, subIssueTypeId);
}

Result<FilingResult> ServiceCallBackend::file(
    const Actor& actor, const TicketDraft& draft, const FilingRequest& request)
{
    return m_tickets.file(actor, draft, request);
}

Status ServiceCallBackend::probe()
{
    return m_database.probe();
}

} // namespace csodesk
