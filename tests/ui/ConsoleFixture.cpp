#include "ConsoleFixture.h"

#include "billing/BillCalculator.h"
#include "billing/TariffBook.h"
#include "demo/DemoDataGenerator.h"
#include "demo/DemoTicketGenerator.h"
#include "storage/Migrator.h"

#include <QTimeZone>

#include <stdexcept>

namespace csodesk::test {

namespace {

template <typename T> T must(Result<T> result, const char* what)
{
    if (!result.ok())
        throw std::runtime_error(std::string(what) + ": " + result.error().detail.toStdString());
    return std::move(result).value();
}

} // namespace

ConsoleWorld::ConsoleWorld(qint64 ticketCount, qint64 customers)
    : clock(QDateTime(QDate(2026, 11, 22), QTime(2, 0), QTimeZone::utc()))
{
    auto url = must(DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("console.db"))), "url");
    database = must(openMigratedDatabase(url), "database");
    audit = std::make_unique<AuditLog>(*database, clock);
    users = std::make_unique<UserService>(*database, *audit, clock, hasher);
    auth = std::make_unique<AuthService>(*database, *audit, clock, hasher);
    queries = std::make_unique<TicketQueryService>(*database, clock);
    tickets = std::make_unique<TicketService>(*database, *audit, clock, QStringLiteral("54"));
    exporter = std::make_unique<TicketCsvExporter>(*queries, *audit);
    workload = std::make_unique<AgentWorkloadQuery>(*database);
    dashboard = std::make_unique<DashboardQuery>(*queries, *workload, clock);
    auditQuery = std::make_unique<AuditQuery>(*audit);
    lookups = std::make_unique<CustomerLookupService>(*database, clock);
    privacy = std::make_unique<PrivacyReport>(*lookups, *queries, *audit, clock);
    catalogue = must(ApktCatalogue::builtIn(), "catalogue");

    const TariffBook tariffs = must(TariffBook::load(), "tariffs");
    const BillCalculator calculator(tariffs);
    DemoDataOptions customerOptions;
    customerOptions.customers = customers;
    customerOptions.months = 4;
    must(DemoDataGenerator(*database, clock, calculator).generate(customerOptions), "customers");
    accounts = must(demo_users::ensure(*database, *users), "accounts");
    DemoTicketOptions ticketOptions;
    ticketOptions.tickets = ticketCount;
    must(DemoTicketGenerator(*database, clock, QStringLiteral("54"))
             .generate(accounts.agents, accounts.supervisor, ticketOptions),
        "tickets");

    services.reset(new ui::ConsoleServices { *queries, *tickets, *exporter, *workload, *dashboard, *auditQuery, *users,
        catalogue, settings.settings(), clock, runner, {}, privacy.get() });
}

ConsoleWorld::~ConsoleWorld()
{
    runner.waitForWork();
}

} // namespace csodesk::test
