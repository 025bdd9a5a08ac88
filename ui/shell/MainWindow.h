#pragma once

#include "auth/Actor.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QStackedWidget;

namespace csodesk {
class Settings;
}

namespace csodesk::ui {

class BackgroundRunner;
class SignedOutPage;

// The frame every screen lives in: menus built from QActions (with shortcuts and mnemonics),
// a status bar with who is logged in, the database and background work, and one central
// workspace at a time. It knows nothing about customers or tickets; the workspaces do.
// Geometry and dock/toolbar state are saved in Settings when the window closes.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(Settings& settings, const QString& databaseDisplay, BackgroundRunner& runner, QWidget* parent = nullptr);

    // Who is logged in (none: the signed-out page). Updates title, status bar and actions.
    void setActor(const std::optional<Actor>& actor);
    [[nodiscard]] const std::optional<Actor>& actor() const { return m_actor; }

    // Shows `workspace` (the window takes ownership) or, with nullptr, the signed-out page.
    // The previous workspace is deleted.
    void setWorkspace(QWidget* workspace);
    [[nodiscard]] QWidget* workspace() const { return m_workspace; }

    // The database as shown to people (no password).
    [[nodiscard]] const QString& databaseDisplay() const { return m_databaseDisplay; }

    // For screens that add their own menus next to the standard ones.
    [[nodiscard]] QAction* logoutAction() const { return m_logoutAction; }

    // Out of the taskbar and on top, for a call handed over by the telephony. The window
    // manager may still refuse the focus (focus-stealing prevention) and flash the entry.
    void bringToFront();

    void showShortcutHelp();
    void showSettings();
    void showAbout();

Q_SIGNALS:
    void loginRequested();
    void logoutRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createStatusBar();
    void restoreWindowState();
    void updateIdentity();

    Settings& m_settings;
    QString m_databaseDisplay;
    std::optional<Actor> m_actor;
    QStackedWidget* m_stack;
    SignedOutPage* m_signedOutPage;
    QWidget* m_workspace = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;
    BackgroundRunner& m_runner;
    QAction* m_loginAction = nullptr;
    QAction* m_logoutAction = nullptr;
};

} // namespace csodesk::ui
