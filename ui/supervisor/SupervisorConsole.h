#pragma once

#include "auth/Actor.h"
#include "tickets/TicketFilter.h"

#include <QWidget>

class QAction;
class QTabWidget;

namespace csodesk::ui {

class AuditView;
class DashboardView;
class PrivacyReportExport;
class TicketLogView;
class UsersView;
struct ConsoleServices;

// The supervisor's workspace: the ticket log, the dashboard, the audit trail and (admins) the
// users. Which tabs exist follows the role; core checks the role again on every call.
class SupervisorConsole : public QWidget {
    Q_OBJECT

public:
    SupervisorConsole(const Actor& actor, ConsoleServices& services, QWidget* parent = nullptr);

    [[nodiscard]] TicketLogView* ticketLog() const { return m_log; }
    [[nodiscard]] DashboardView* dashboard() const { return m_dashboard; }
    [[nodiscard]] AuditView* auditView() const { return m_audit; }
    [[nodiscard]] UsersView* usersView() const { return m_users; } // nullptr unless admin
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    // "Laporan data pribadi…": admins only (nullptr for everyone else).
    [[nodiscard]] QAction* privacyReportAction() const { return m_privacyAction; }
    [[nodiscard]] PrivacyReportExport* privacyReport() const { return m_privacyReport; }

    // Opens the detail of one ticket over the console.
    void openTicket(const QString& ticketNumber);
    // The log, filtered (from a dashboard bar).
    void showLog(const TicketFilter& filter);

private:
    Actor m_actor;
    ConsoleServices& m_services;
    QTabWidget* m_tabs;
    TicketLogView* m_log;
    DashboardView* m_dashboard;
    AuditView* m_audit;
    UsersView* m_users = nullptr;
    QAction* m_privacyAction = nullptr;
    PrivacyReportExport* m_privacyReport = nullptr;
};

} // namespace csodesk::ui
