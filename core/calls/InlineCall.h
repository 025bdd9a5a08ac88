#pragma once

#include "Call.h"
#include "ServiceCallBackend.h"
#include "audit/AuditLog.h"
#include "customers/CustomerLookupService.h"
#include "sop/SopLibrary.h"
#include "tickets/TicketQueryService.h"
#include "tickets/TicketService.h"

#include <optional>

namespace csodesk {

// A Call with the services it needs, run inline on the calling thread: the CLI's commands and
// the demo tickets go through the same look-up, walk, repeat check and filing as the agent
// workspace. No draft is kept on disk.
class InlineCall {
public:
    InlineCall(Database& database, const Actor& actor, const ApktCatalogue& catalogue, const Clock& clock,
        const QString& siteCode);

    [[nodiscard]] Call& call() { return m_call; }
    [[nodiscard]] CallBackend& backend() { return m_backend; }

    // Looks `input` up; the customer is then call().customer().
    [[nodiscard]] Status lookUp(const QString& input);
    // Files the walk at its outcome, or `draft` when given, with the call's filing key.
    [[nodiscard]] Result<FilingResult> file(
        const std::optional<TicketDraft>& draft = std::nullopt, const QString& linkedTicketNumber = {});
    // At the walk's outcome: the earlier ticket the repeat check points to, or an empty string.
    [[nodiscard]] QString repeatContact();

private:
    CustomerLookupService m_lookups;
    TicketQueryService m_ticketQueries;
    AuditLog m_audit;
    TicketService m_tickets;
    ServiceCallBackend m_backend;
    InlineCallExecutor m_executor;
    SopLibrary m_noLibrary; // an inline call is never resumed from a saved draft
    Call m_call;
};

} // namespace csodesk
