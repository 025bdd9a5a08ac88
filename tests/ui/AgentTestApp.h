#pragma once

#include "ScriptedCallBackend.h"
#include "UiTestSupport.h"
#include "agent/AgentServices.h"
#include "apkt/ApktCatalogue.h"
#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "calls/ServiceCallBackend.h"
#include "common/Clock.h"
#include "common/TimeUtil.h"
#include "customers/CustomerLookupService.h"
#include "demo/DemoDataGenerator.h"
#include "shell/AuthServiceAuthenticator.h"
#include "sop/SopLibrary.h"
#include "storage/Database.h"
#include "tickets/TicketQueryService.h"
#include "tickets/TicketService.h"

#include <QTemporaryDir>

#include <memory>
#include <stdexcept>

namespace csodesk::ui {
class AgentWorkspace;
class MainWindow;
class SessionController;
class WorkspaceRouter;
} // namespace csodesk::ui

namespace csodesk::test {

// Fails loudly outside a Catch test too (the screenshot tool builds its scenes with the same
// helpers): a Catch test reports the exception as a failure with this message.
inline void ensure(bool condition, const QString& what)
{
    if (!condition)
        throw std::runtime_error(what.toStdString());
}

// The desktop app as main() builds it — real services over a fresh SQLite database with demo
// customers, the main window, router and session controller — for tests that drive it with the
// keyboard from the login dialog to a filed ticket. Key presses are counted (typed text is not).
class AgentTestApp {
public:
    static inline const QString kAgentName = QStringLiteral("agen.budi");
    static inline const QString kAgentPassword = QStringLiteral("rahasia-123");

    explicit AgentTestApp(const QDateTime& nowUtc = QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC));
    // On a PostgreSQL floor: `owner` gets the demo customers; the services run over `floor`,
    // a Database whose URL names no login, and the agent signs in as their own login role
    // (`agentLogin`, created by the caller). The clock must be the real time: the database
    // files with its own.
    AgentTestApp(Database& owner, std::shared_ptr<Database> floor, const QString& agentLogin,
        const QString& agentPassword, const QDateTime& nowUtc);
    ~AgentTestApp();

    // Opens a new main window and session, as a restarted program would (the old one, if any,
    // is destroyed without being closed: a crash, as far as the call draft is concerned).
    void startProgram();
    // Types the agent's name and password into the login dialog and presses Enter.
    void loginWithKeyboard();
    [[nodiscard]] ui::AgentWorkspace* workspace() const;

    // Keyboard input to the focused widget. press() counts, type() does not.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString& text);
    [[nodiscard]] int keyPresses() const { return m_keyPresses; }
    void resetKeyCount() { m_keyPresses = 0; }
    void settle();

    // Every ticket in the database (newest first), as a supervisor would list them.
    [[nodiscard]] QList<Ticket> allTickets();

    QString agentName = kAgentName; // what loginWithKeyboard types
    QString agentPassword = kAgentPassword;
    QTemporaryDir scratch; // the SQLite file and the call drafts
    std::shared_ptr<Database> database;
    FixedClock clock;
    std::unique_ptr<AuditLog> audit;
    PasswordHasher hasher { PasswordHasher::Cost::Minimum };
    std::unique_ptr<AuthService> auth;
    std::unique_ptr<UserService> users;
    std::unique_ptr<CustomerLookupService> lookup;
    std::unique_ptr<ApktCatalogue> catalogue;
    std::unique_ptr<SopLibrary> sops;
    std::unique_ptr<TicketService> tickets;
    std::unique_ptr<TicketQueryService> ticketQueries;
    std::unique_ptr<ui::AuthServiceAuthenticator> authenticator;
    DemoDataSummary demo;
    TempSettings settings;
    QString draftDirectory;
    // What the window shows as the database (title, status bar); the screenshots set a fixed,
    // realistic one instead of the temporary file's random path.
    QString databaseDisplay;
    std::unique_ptr<ServiceCallBackend> realCalls;
    std::unique_ptr<ScriptedCallBackend> calls; // a test makes the database fail through it
    ui::AgentServices agentServices;
    std::unique_ptr<ui::BackgroundRunner> runner;
    std::unique_ptr<ui::MainWindow> window;
    std::unique_ptr<ui::WorkspaceRouter> router;
    std::unique_ptr<ui::SessionController> session;

private:
    // The services over `database`, the demo customers in `dataOwner`, the runner.
    void wireServices(Database& dataOwner);

    int m_keyPresses = 0;
};

} // namespace csodesk::test
