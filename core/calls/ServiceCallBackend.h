#pragma once

#include "CallBackend.h"
#include "customers/CustomerSearchService.h"
#include "tickets/CustomerTicketHistory.h"

namespace csodesk {

class CustomerLookupService;
class Database;
class TicketQueryService;

// The call's storage through the core services: the look-up with the customer's ticket history
// (CustomerTicketHistory, so the desktop and the CLI see the same tickets), filing, the repeat
// check, and a probe that starts from a fresh connection.
class ServiceCallBackend final : public CallBackend {
public:
    // Sets `lookups`' ticket history to this backend's: the look-up then always carries it.
    ServiceCallBackend(
        CustomerLookupService& lookups, TicketService& tickets, TicketQueryService& ticketQueries, Database& database);
    ~ServiceCallBackend() override;

    [[nodiscard]] Result<CustomerLookup> lookUp(const Actor& actor, const QString& input) override;
    [[nodiscard]] Result<CustomerSearchResult> search(
        const Actor& actor, const CustomerSearchQuery& query, int limit) override;
    [[nodiscard]] Result<BillExplanation> explainBill(
        const Actor& actor, const QString& idpel, const QString& period) override;
    [[nodiscard]] Result<QList<Ticket>> repeatContacts(
        const Actor& actor, const QString& idpel, const QString& subIssueTypeId) override;
    [[nodiscard]] Result<FilingResult> file(
        const Actor& actor, const TicketDraft& draft, const FilingRequest& request) override;
    [[nodiscard]] Status probe() override;

private:
    CustomerLookupService& m_lookups;
    TicketService& m_tickets;
    CustomerTicketHistory m_history;
    CustomerSearchService m_searches;
    Database& m_database;
};

} // namespace csodesk
