#include "SupervisorConsole.h"

#include "AuditView.h"
#include "ConsoleServices.h"
#include "DashboardView.h"
#include "PrivacyReportExport.h"
#include "TicketDetailDialog.h"
#include "TicketLogView.h"
#include "UsersView.h"

#include <QAction>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace csodesk::ui {

SupervisorConsole::SupervisorConsole(const Actor& actor, ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_actor(actor)
    , m_services(services)
    , m_tabs(new QTabWidget(this))
    , m_log(new TicketLogView(actor, services, this))
    , m_dashboard(new DashboardView(actor, services, this))
    , m_audit(new AuditView(actor, services, this))
{
    setObjectName(QStringLiteral("supervisorConsole"));
    m_tabs->setObjectName(QStringLiteral("supervisorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_log, tr("&Log tiket"));
    m_tabs->addTab(m_dashboard, tr("&Dasbor"));
    m_tabs->addTab(m_audit, tr("Jejak &audit"));
    if (actor.role == Role::Admin) {
        m_users = new UsersView(actor, services, this);
        m_tabs->addTab(m_users, tr("&Pengguna"));
    }

    // A data subject's access request is an admin's duty: the action exists for admins only
    // (core refuses everyone else too), beside the tabs so it is reachable from each of them.
    if (actor.role == Role::Admin && services.privacy != nullptr) {
        m_privacyReport = new PrivacyReportExport(actor, services, this);
        m_privacyAction = new QAction(tr("Laporan data pr&ibadi…"), this);
        m_privacyAction->setObjectName(QStringLiteral("privacyReportAction"));
        m_privacyAction->setToolTip(
            tr("Semua data tentang satu pelanggan sebagai PDF, untuk permintaan akses pemilik data"));
        connect(m_privacyAction, &QAction::triggered, m_privacyReport, &PrivacyReportExport::start);
        // A push button, not a tool button: only a push button answers its mnemonic (Alt+I).
        auto* button = new QPushButton(m_privacyAction->text(), this);
        button->setObjectName(QStringLiteral("privacyReportButton"));
        button->setToolTip(m_privacyAction->toolTip());
        connect(button, &QPushButton::clicked, m_privacyAction, &QAction::trigger);
        m_tabs->setCornerWidget(button, Qt::TopRightCorner);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);

    // Ctrl+1..4 switch tabs; listed in F1 with the console's other commands.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* action = new QAction(tr("Buka tab %1").arg(m_tabs->tabText(i).remove(QLatin1Char('&'))), this);
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setProperty("shortcutGroup", tr("Konsol supervisor"));
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(action);
    }

    connect(m_log, &TicketLogView::ticketOpened, this, &SupervisorConsole::openTicket);
    connect(m_dashboard, &DashboardView::drillDown, this, &SupervisorConsole::showLog);

    m_log->applyCurrentFilter();
}

void SupervisorConsole::openTicket(const QString& ticketNumber)
{
    if (ticketNumber.isEmpty())
        return;
    auto* dialog = new TicketDetailDialog(m_actor, m_services, ticketNumber, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void SupervisorConsole::showLog(const TicketFilter& filter)
{
    m_tabs->setCurrentWidget(m_log);
    m_log->showFilter(filter);
}

} // namespace csodesk::ui
