#pragma once

#include "UiTestSupport.h"
#include "apkt/ApktCatalogue.h"
#include "audit/AuditLog.h"
#include "auth/AuditQuery.h"
#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "customers/CustomerLookupService.h"
#include "dashboard/DashboardQuery.h"
#include "demo/DemoUsers.h"
#include "privacy/PrivacyReport.h"
#include "shell/Authenticator.h"
#include "storage/Database.h"
#include "supervisor/ConsoleServices.h"
#include "tickets/AgentWorkload.h"
#include "tickets/TicketCsvExporter.h"
#include "tickets/TicketQueryService.h"
#include "tickets/TicketService.h"
#include "toolkit/BackgroundRunner.h"

#include <QTemporaryDir>

#include <memory>

namespace csodesk::test {

// A demo floor for the console's tests and screenshots: a SQLite database in a temporary
// directory with demo customers, the demo accounts and `tickets` demo tickets filed over the
// 60 days before a pinned "now" (Sunday 22 Nov 2026, 09:00 WIB), and every service the
// console takes, wired as main() wires them.
struct ConsoleWorld {
    explicit ConsoleWorld(qint64 tickets = 300, qint64 customers = 150);
    ~ConsoleWorld();

    [[nodiscard]] Database& db() { return *database; }
    [[nodiscard]] const Actor& supervisor() const { return accounts.supervisor; }
    [[nodiscard]] const Actor& admin() const { return accounts.admin; }
    [[nodiscard]] const Actor& agent() const { return accounts.agents.first(); }

    QTemporaryDir dir;
    std::shared_ptr<Database> database;
    FixedClock clock;
    std::unique_ptr<AuditLog> audit;
    PasswordHasher hasher { PasswordHasher::Cost::Minimum };
    std::unique_ptr<UserService> users;
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<TicketQueryService> queries;
    std::unique_ptr<TicketService> tickets;
    std::unique_ptr<TicketCsvExporter> exporter;
    std::unique_ptr<AgentWorkloadQuery> workload;
    std::unique_ptr<DashboardQuery> dashboard;
    std::unique_ptr<AuditQuery> auditQuery;
    std::unique_ptr<CustomerLookupService> lookups;
    std::unique_ptr<PrivacyReport> privacy;
    ApktCatalogue catalogue;
    TempSettings settings;
    DemoUsersSummary accounts;
    ui::BackgroundRunner runner; // after the services: destroyed first, waiting for their work
    std::unique_ptr<ui::ConsoleServices> services;
};

// The login dialog over the world's real AuthService.
class WorldAuthenticator final : public ui::Authenticator {
public:
    explicit WorldAuthenticator(AuthService& auth)
        : m_auth(auth)
    {
    }
    [[nodiscard]] Result<Actor> login(const QString& name, const QString& password) override
    {
        return m_auth.login(name, password);
    }

private:
    AuthService& m_auth;
};

} // namespace csodesk::test
