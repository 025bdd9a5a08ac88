#include "MainWindow.h"

#include "ShortcutHelpDialog.h"
#include "SignedOutPage.h"
#include "preferences/SettingsDialog.h"
#include "preferences/WindowMemory.h"
#include "settings/Settings.h"
#include "toolkit/BusyIndicator.h"
#include "toolkit/DisplayNames.h"
#include "toolkit/Messages.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

namespace csodesk::ui {

MainWindow::MainWindow(Settings& settings, const QString& databaseDisplay, BackgroundRunner& runner, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_databaseDisplay(databaseDisplay)
    , m_stack(new QStackedWidget(this))
    , m_signedOutPage(new SignedOutPage(m_stack))
    , m_runner(runner)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->addWidget(m_signedOutPage);
    setCentralWidget(m_stack);
    connect(m_signedOutPage, &SignedOutPage::loginRequested, this, &MainWindow::loginRequested);

    createActions();
    createStatusBar();
    updateIdentity();
    restoreWindowState();
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&Berkas"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));

    m_loginAction = fileMenu->addAction(tr("&Masuk…"));
    m_loginAction->setObjectName(QStringLiteral("loginAction"));
    m_loginAction->setShortcut(QKeySequence(tr("Ctrl+Shift+M", "Masuk")));
    connect(m_loginAction, &QAction::triggered, this, &MainWindow::loginRequested);

    m_logoutAction = fileMenu->addAction(tr("Keluar &akun"));
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    m_logoutAction->setShortcut(QKeySequence(tr("Ctrl+Shift+Q", "Keluar akun")));
    connect(m_logoutAction, &QAction::triggered, this, &MainWindow::logoutRequested);

    fileMenu->addSeparator();
    QAction* settingsAction = fileMenu->addAction(tr("&Pengaturan…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence(tr("Ctrl+,", "Pengaturan")));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Tutup csodesk"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    // Spelled out: QKeySequence::Quit is empty on some platforms and desktops.
    quitAction->setShortcut(QKeySequence(tr("Ctrl+Q", "Tutup csodesk")));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* helpMenu = menuBar()->addMenu(tr("Ban&tuan"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* shortcutsAction = helpMenu->addAction(tr("&Pintasan keyboard"));
    shortcutsAction->setObjectName(QStringLiteral("shortcutHelpAction"));
    shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcutHelp);

    QAction* aboutAction = helpMenu->addAction(tr("&Tentang csodesk"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createStatusBar()
{
    statusBar()->addWidget(new BusyIndicator(m_runner, statusBar()));

    m_userLabel = new QLabel(statusBar());
    m_userLabel->setObjectName(QStringLiteral("statusUser"));
    m_userLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_userLabel);

    m_databaseLabel = new QLabel(tr("Basis data: %1").arg(m_databaseDisplay), statusBar());
    m_databaseLabel->setObjectName(QStringLiteral("statusDatabase"));
    m_databaseLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_databaseLabel);
}

void MainWindow::restoreWindowState()
{
    if (restoreGeometry(WindowMemory(m_settings).mainWindowGeometry())) {
        restoreState(WindowMemory(m_settings).mainWindowState());
        return;
    }
    // First start: the common call-centre screen size, or the whole screen when smaller.
    QSize size(1366, 768);
    if (const QScreen* screen = QApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
}

void MainWindow::setActor(const std::optional<Actor>& actor)
{
    m_actor = actor;
    updateIdentity();
}

void MainWindow::updateIdentity()
{
    if (m_actor) {
        const QString who = tr("%1 (%2)").arg(m_actor->userName, roleDisplayName(m_actor->role));
        setWindowTitle(tr("csodesk — %1 — %2").arg(who, m_databaseDisplay));
        m_userLabel->setText(tr("Pengguna: %1").arg(who));
    } else {
        setWindowTitle(tr("csodesk — %1").arg(m_databaseDisplay));
        m_userLabel->setText(tr("Belum masuk"));
    }
    m_loginAction->setEnabled(!m_actor);
    m_logoutAction->setEnabled(m_actor.has_value());
}

void MainWindow::setWorkspace(QWidget* workspace)
{
    if (m_workspace != nullptr) {
        m_stack->removeWidget(m_workspace);
        m_workspace->deleteLater();
    }
    m_workspace = workspace;
    if (m_workspace != nullptr) {
        m_stack->addWidget(m_workspace);
        m_stack->setCurrentWidget(m_workspace);
        m_workspace->setFocus();
    } else {
        m_stack->setCurrentWidget(m_signedOutPage);
    }
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::showShortcutHelp()
{
    ShortcutHelpDialog dialog(this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    Messages::inform(this, tr("Tentang csodesk"),
        tr("csodesk %1\nRuang kerja agen dan supervisor Layanan Pelanggan PLN 123.")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A workspace with a call in progress may refuse (it asks the agent in its closeEvent).
    if (m_workspace != nullptr && !m_workspace->close()) {
        event->ignore();
        return;
    }
    WindowMemory(m_settings).setMainWindowGeometry(saveGeometry());
    WindowMemory(m_settings).setMainWindowState(saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace csodesk::ui
