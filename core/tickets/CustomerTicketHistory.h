#pragma once

#include "customers/TicketHistorySource.h"
#include "tickets/TicketQueryService.h"

namespace csodesk {

// The look-up's view of a customer's previous tickets, read through TicketQueryService so
// the same visibility rules apply (an agent sees tickets of customers they looked up).
class CustomerTicketHistory final : public TicketHistorySource {
public:
    explicit CustomerTicketHistory(TicketQueryService& queries)
        : m_queries(queries)
    {
    }

    [[nodiscard]] Result<QList<CustomerTicketRef>> ticketsOf(
        const Actor& actor, const QString& idpel, int limit) override;

private:
    TicketQueryService& m_queries;
};

} // namespace csodesk
