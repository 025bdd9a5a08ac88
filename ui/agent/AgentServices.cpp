#include "AgentServices.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace csodesk::ui {

AgentServices AgentServices::wire(CustomerLookupService& lookup, TicketService& tickets, TicketQueryService& ticketQueries,
                                  const SopLibrary& sops, const ApktCatalogue& catalogue, const Clock& clock,
                                  Database& database, const QString& draftDirectory)
{
    AgentServices services;
    services.lookup = &lookup;
    services.tickets = &tickets;
    services.ticketQueries = &ticketQueries;
    services.sops = &sops;
    services.catalogue = &catalogue;
    services.clock = &clock;
    services.database = &database;
    services.draftDirectory = draftDirectory;
    return services;
}

Result<FilingResult> AgentServices::file(const Actor& actor, const TicketDraft& draft, const FilingRequest& request) const
{
    if (fileOverride)
        return fileOverride(actor, draft, request);
    return tickets->file(actor, draft, request);
}

Status AgentServices::probeDatabase() const
{
    if (probeOverride)
        return probeOverride();
    // A dropped server leaves a dead connection behind: start from a fresh one.
    database->resetThreadConnection();
    return database->read([](QSqlDatabase& db) -> Status {
        auto answer = queryScalar(db, QStringLiteral("SELECT 1"));
        if (!answer.ok())
            return answer.error();
        return {};
    });
}

} // namespace csodesk::ui
