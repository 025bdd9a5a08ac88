#pragma once

#include <QStringList>

namespace csodesk {
class AgentWorkloadQuery;
class ApktCatalogue;
class AuditQuery;
class Clock;
class DashboardQuery;
class PrivacyReport;
class Settings;
class TicketCsvExporter;
class TicketQueryService;
class TicketService;
class UserService;
} // namespace csodesk

namespace csodesk::ui {

class BackgroundRunner;

// What the supervisor console works with, constructed in main() and passed in. Every core
// call goes through `runner`, off the GUI thread; the services check the actor's role
// themselves, so the console's own role checks are only about what to show.
struct ConsoleServices {
    TicketQueryService& queries;
    TicketService& tickets;
    TicketCsvExporter& exporter;
    AgentWorkloadQuery& workload;
    DashboardQuery& dashboard;
    AuditQuery& audit;
    UserService& users;
    const ApktCatalogue& catalogue;
    Settings& settings;
    const Clock& clock; // "now" for overdue marks and period quick picks
    BackgroundRunner& runner;
    // Files no export or PDF may replace: the open SQLite database and its companions.
    QStringList protectedFiles = {};
    // A data subject's access request (admins); without it the console does not offer one.
    PrivacyReport* privacy = nullptr;
};

} // namespace csodesk::ui
