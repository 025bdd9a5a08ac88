#pragma once

#include "auth/Actor.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace csodesk {
class Settings;
}

namespace csodesk::ui {

class Authenticator;
class BackgroundRunner;
class IdleWatcher;
class LoginDialog;
class MainWindow;
class WorkspaceRouter;

// Who is at the keyboard: opens the login dialog over the main window, and on success tells
// the window who it is and puts the workspace for that person's role in it. Logging out asks
// the workspace first (a call in progress may refuse) and returns to the signed-out page.
class SessionController : public QObject {
    Q_OBJECT

public:
    SessionController(MainWindow& window, Authenticator& authenticator, WorkspaceRouter& router, Settings& settings,
        BackgroundRunner& runner, QObject* parent = nullptr);

    // Opens the login dialog (window-modal, returns at once). Does nothing when someone is
    // logged in or the dialog is already open.
    void startLogin();
    // Returns false when the workspace refused to close.
    bool logout();
    // The database no longer lets this person in (on a floor: disabled, or the password was
    // changed): says why, closes the workspace and opens the sign-in dialog. The workspace is
    // not asked first: nothing it holds could be filed as this person any more.
    void endSession(const Error& why);
    // Nobody touched the program for the idle time: the customer leaves the screen and the
    // password is asked again. The workspace closes without asking — the call in progress is on
    // disk (CallDraftStore) and is offered again when the same person signs in.
    void lockForIdle();
    [[nodiscard]] IdleWatcher& idleWatcher() { return *m_idle; }

    [[nodiscard]] const std::optional<Actor>& actor() const { return m_actor; }
    [[nodiscard]] LoginDialog* loginDialog() const { return m_loginDialog.data(); }

Q_SIGNALS:
    void loggedIn(const csodesk::Actor& actor);
    void loggedOut();

private:
    void onLoginAccepted(const Actor& actor);
    void closeSession();

    MainWindow& m_window;
    Authenticator& m_authenticator;
    WorkspaceRouter& m_router;
    Settings& m_settings;
    BackgroundRunner& m_runner;
    QPointer<LoginDialog> m_loginDialog;
    IdleWatcher* m_idle;
    std::optional<Actor> m_actor;
};

} // namespace csodesk::ui
