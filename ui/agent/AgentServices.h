#pragma once

#include "tickets/TicketService.h"

#include <QString>

#include <functional>

namespace csodesk {
class ApktCatalogue;
class Clock;
class CustomerLookupService;
class Database;
class SopLibrary;
class TicketQueryService;
} // namespace csodesk

namespace csodesk::ui {

// What the agent workspace works with, constructed in app/desktop/main.cpp (and by the UI
// tests the same way). Every service here is safe to call from the runner's worker threads.
struct AgentServices {
    CustomerLookupService* lookup = nullptr;
    TicketService* tickets = nullptr;
    TicketQueryService* ticketQueries = nullptr;
    const SopLibrary* sops = nullptr;
    const ApktCatalogue* catalogue = nullptr;
    const Clock* clock = nullptr;
    Database* database = nullptr;
    QString draftDirectory; // AppPaths::draftDirectory()

    // Seams for the "database gone mid-call" tests; empty = the real service.
    std::function<Result<FilingResult>(const Actor&, const TicketDraft&, const FilingRequest&)> fileOverride;
    std::function<Status()> probeOverride;

    // Every service the workspace needs; the seams stay empty. The one way the desktop, the UI
    // tests and the desktop benchmark wire it, so none of them can forget a service.
    [[nodiscard]] static AgentServices wire(CustomerLookupService& lookup, TicketService& tickets,
                                            TicketQueryService& ticketQueries, const SopLibrary& sops,
                                            const ApktCatalogue& catalogue, const Clock& clock, Database& database,
                                            const QString& draftDirectory);

    [[nodiscard]] Result<FilingResult> file(const Actor& actor, const TicketDraft& draft, const FilingRequest& request) const;
    // Whether the database answers again (a trivial query on this thread's connection).
    [[nodiscard]] Status probeDatabase() const;
};

} // namespace csodesk::ui
