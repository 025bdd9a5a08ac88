#pragma once

#include "audit/AuditLog.h"
#include "calls/Call.h"
#include "calls/ServiceCallBackend.h"
#include "customers/CustomerLookupService.h"
#include "sop/SopLibrary.h"
#include "tickets/TicketQueryService.h"
#include "tickets/TicketService.h"

#include <optional>

namespace csodesk::cli {

// The desktop's call use case (core/calls) for one command, run inline: the look-up, the
// walk and the filing go the same way as in the agent workspace. No draft is kept on disk.
class CliCall {
public:
    CliCall(Database& database, const Actor& actor, const ApktCatalogue& catalogue, const Clock& clock,
        const QString& siteCode);

    [[nodiscard]] Call& call() { return m_call; }
    [[nodiscard]] CallBackend& backend() { return m_backend; }

    // Looks `input` up; the customer is then call().customer().
    [[nodiscard]] Status lookUp(const QString& input);
    // Files the walk at its outcome, or `draft` when given, with the call's filing key.
    [[nodiscard]] Result<FilingResult> file(
        const std::optional<TicketDraft>& draft = std::nullopt, const QString& linkedTicketNumber = {});

private:
    CustomerLookupService m_lookups;
    TicketQueryService m_ticketQueries;
    AuditLog m_audit;
    TicketService m_tickets;
    ServiceCallBackend m_backend;
    InlineCallExecutor m_executor;
    SopLibrary m_noLibrary; // a command's call is never resumed from a saved draft
    Call m_call;
};

} // namespace csodesk::cli
