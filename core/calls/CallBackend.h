#pragma once

#include "auth/Actor.h"
#include "billing/BillExplainer.h"
#include "common/Result.h"
#include "customers/CustomerHit.h"
#include "customers/CustomerLookup.h"
#include "tickets/Ticket.h"
#include "tickets/TicketService.h"

#include <QList>
#include <QString>

namespace csodesk {

// What a call needs from storage. Every method may run on a worker thread (CallExecutor), so
// an implementation must be thread-safe. ServiceCallBackend is the real one; tests wrap it to
// make the database fail at the moment they choose.
class CallBackend {
public:
    virtual ~CallBackend() = default;

    // The customer with their bills, readings, tokens and previous tickets (the ones `actor`
    // may see), the access recorded. The one look-up of the desktop and the CLI.
    [[nodiscard]] virtual Result<CustomerLookup> lookUp(const Actor& actor, const QString& input) = 0;
    // Customers by phone or by words of name and address (CustomerSearchService), the search
    // recorded in the access log.
    [[nodiscard]] virtual Result<CustomerSearchResult> search(
        const Actor& actor, const CustomerSearchQuery& query, int limit)
        = 0;
    [[nodiscard]] virtual Result<BillExplanation> explainBill(
        const Actor& actor, const QString& idpel, const QString& period)
        = 0;
    [[nodiscard]] virtual Result<QList<Ticket>> repeatContacts(
        const Actor& actor, const QString& idpel, const QString& subIssueTypeId)
        = 0;
    [[nodiscard]] virtual Result<FilingResult> file(
        const Actor& actor, const TicketDraft& draft, const FilingRequest& request)
        = 0;
    // Whether the database answers again after it went away.
    [[nodiscard]] virtual Status probe() = 0;
};

} // namespace csodesk
