#include "SessionController.h"

#include "IdleWatcher.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "WorkspaceRouter.h"
#include "common/LogFormat.h"
#include "settings/Settings.h"
#include "toolkit/Messages.h"

#include <spdlog/spdlog.h>

namespace csodesk::ui {

SessionController::SessionController(MainWindow& window, Authenticator& authenticator, WorkspaceRouter& router,
    Settings& settings, BackgroundRunner& runner, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_authenticator(authenticator)
    , m_router(router)
    , m_settings(settings)
    , m_runner(runner)
    , m_idle(new IdleWatcher(this))
{
    connect(m_idle, &IdleWatcher::idle, this, &SessionController::lockForIdle);
    connect(&m_window, &MainWindow::loginRequested, this, &SessionController::startLogin);
    connect(&m_window, &MainWindow::logoutRequested, this, &SessionController::logout);
}

void SessionController::startLogin()
{
    if (m_actor || !m_loginDialog.isNull())
        return;
    auto* dialog = new LoginDialog(m_authenticator, m_runner, m_settings, m_window.databaseDisplay(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->actor())
            onLoginAccepted(*dialog->actor());
    });
    m_loginDialog = dialog;
    dialog->open();
}

void SessionController::onLoginAccepted(const Actor& actor)
{
    auto workspace = m_router.create(actor, &m_window);
    if (!workspace.ok()) {
        spdlog::error("login of user {} has no workspace: {}", actor.userId, workspace.error().detail);
        Messages::showError(&m_window, workspace.error());
        return;
    }
    m_actor = actor;
    m_window.setActor(m_actor);
    m_window.setWorkspace(workspace.value());
    m_idle->start(m_settings.idleLockMinutes());
    spdlog::info("user {} logged in as {}", actor.userId, roleCode(actor.role));
    Q_EMIT loggedIn(actor);
}

void SessionController::endSession(const Error& why)
{
    if (!m_actor)
        return; // already ended (every failing call reports it)
    spdlog::warn("user {} signed out by the database: {}", m_actor->userId, why.detail);
    closeSession();
    Messages::showError(&m_window, why);
    startLogin();
}

void SessionController::lockForIdle()
{
    if (!m_actor)
        return;
    const int minutes = m_settings.idleLockMinutes();
    spdlog::info("user {} locked out after {} idle minutes", m_actor->userId, minutes);
    closeSession();
    startLogin();
    if (m_loginDialog)
        m_loginDialog->showNotice(
            tr("Layar dikunci karena tidak ada aktivitas selama %n menit. Masukkan kata sandi untuk melanjutkan; "
               "panggilan yang sedang berjalan ditawarkan kembali.",
                nullptr, minutes));
}

void SessionController::closeSession()
{
    m_idle->stop();
    m_actor.reset();
    m_window.setWorkspace(nullptr);
    m_window.setActor(std::nullopt);
    Q_EMIT loggedOut();
}

bool SessionController::logout()
{
    if (!m_actor)
        return true;
    if (QWidget* workspace = m_window.workspace(); workspace != nullptr && !workspace->close())
        return false;
    spdlog::info("user {} logged out", m_actor->userId);
    closeSession();
    return true;
}

} // namespace csodesk::ui
