#include "AgentTestApp.h"

#include "ScreenshotScenes.h"
#include "agent/AgentWorkspace.h"
#include "billing/BillCalculator.h"
#include "billing/TariffBook.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/SessionController.h"
#include "shell/WorkspaceRouter.h"
#include "storage/Migrator.h"

namespace csodesk::test {

AgentTestApp::AgentTestApp(const QDateTime& nowUtc)
    : clock(nowUtc)
{
    auto url = DatabaseUrl::parse(QStringLiteral("sqlite:") + scratch.filePath(QStringLiteral("csodesk.db")));
    ensure(url.ok(), QStringLiteral("database url"));
    auto opened = openMigratedDatabase(url.value());
    ensure(opened.ok(), QStringLiteral("open the test database"));
    database = opened.value();
    wireServices(*database);
    auto admin = users->bootstrapAdmin(QStringLiteral("admin"), QStringLiteral("admin-rahasia"));
    ensure(admin.ok(), "admin.ok()");
    auto agent = users->add(Actor { admin->id, admin->name, Role::Admin }, kAgentName, Role::Agent, kAgentPassword);
    ensure(agent.ok(), "agent.ok()");
}

AgentTestApp::AgentTestApp(Database& owner, std::shared_ptr<Database> floor, const QString& agentLogin,
    const QString& agentPasswordText, const QDateTime& nowUtc)
    : agentName(agentLogin)
    , agentPassword(agentPasswordText)
    , database(std::move(floor))
    , clock(nowUtc)
{
    wireServices(owner);
}

void AgentTestApp::wireServices(Database& dataOwner)
{
    draftDirectory = scratch.filePath(QStringLiteral("drafts"));
    databaseDisplay = database->url().displayString();
    Database& db = *database;
    audit = std::make_unique<AuditLog>(db, clock);
    auth = std::make_unique<AuthService>(db, *audit, clock, hasher);
    users = std::make_unique<UserService>(db, *audit, clock, hasher);
    lookup = std::make_unique<CustomerLookupService>(db, clock);
    auto builtIn = ApktCatalogue::builtIn();
    ensure(builtIn.ok(), "builtIn.ok()");
    catalogue = std::make_unique<ApktCatalogue>(builtIn.value());
    auto library = SopLibrary::load(*catalogue);
    ensure(library.ok(), "library.ok()");
    sops = std::make_unique<SopLibrary>(library.value());
    tickets = std::make_unique<TicketService>(db, *audit, clock, QStringLiteral("54"));
    ticketQueries = std::make_unique<TicketQueryService>(db, clock);
    authenticator = std::make_unique<ui::AuthServiceAuthenticator>(*auth);

    auto tariffs = TariffBook::load();
    ensure(tariffs.ok(), "tariffs.ok()");
    const BillCalculator calculator(tariffs.value());
    DemoDataOptions options;
    options.customers = 150;
    options.months = 15;
    auto generated = DemoDataGenerator(dataOwner, clock, calculator).generate(options);
    ensure(generated.ok(), "generated.ok()");
    demo = generated.value();

    realCalls = std::make_unique<ServiceCallBackend>(*lookup, *tickets, *ticketQueries, db);
    calls = std::make_unique<ScriptedCallBackend>(*realCalls);
    agentServices = ui::AgentServices::wire(*calls, *sops, *catalogue, clock, draftDirectory);
    runner = std::make_unique<ui::BackgroundRunner>();
}

AgentTestApp::~AgentTestApp()
{
    session.reset();
    router.reset();
    window.reset();
    runner.reset(); // waits for work that still uses the services
}

void AgentTestApp::startProgram()
{
    session.reset();
    router.reset();
    window.reset();
    settle(); // deferred deletions of the old window's children
    window = std::make_unique<ui::MainWindow>(settings.settings(), databaseDisplay, *runner);
    router = std::make_unique<ui::WorkspaceRouter>();
    router->registerFactory(ui::WorkspaceKind::AgentWorkspace, [this](const Actor& actor, QWidget* parent) -> QWidget* {
        return new ui::AgentWorkspace(actor, agentServices, *runner, parent);
    });
    session = std::make_unique<ui::SessionController>(*window, *authenticator, *router, settings.settings(), *runner);
    window->resize(screenshotSize);
    window->show();
    session->startLogin();
    settle();
}

void AgentTestApp::loginWithKeyboard()
{
    ensure(session->loginDialog() != nullptr, "session->loginDialog() != nullptr");
    ensure(activate(session->loginDialog()), "activate(session->loginDialog())");
    // After the first login the dialog remembers the name and starts in the password field.
    if (focused()->objectName() != QLatin1String("loginPassword")) {
        type(agentName);
        press(Qt::Key_Tab);
    }
    type(agentPassword);
    press(Qt::Key_Return);
    settle();
    ensure(workspace() != nullptr, "workspace() != nullptr");
    // The window manager gives the main window back its activation when the dialog closes.
    ensure(activate(window.get()), "activate(window.get())");
}

ui::AgentWorkspace* AgentTestApp::workspace() const
{
    return window ? qobject_cast<ui::AgentWorkspace*>(window->workspace()) : nullptr;
}

void AgentTestApp::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = focused();
    ensure(target != nullptr, "target != nullptr");
    ++m_keyPresses;
    QTest::keyClick(target, key, modifiers);
    settle();
}

void AgentTestApp::type(const QString& text)
{
    QWidget* target = focused();
    ensure(target != nullptr, "target != nullptr");
    QTest::keyClicks(target, text);
    settle();
}

void AgentTestApp::settle()
{
    QCoreApplication::processEvents();
    finishBackgroundWork(*runner);
    QCoreApplication::processEvents();
    // Widgets replaced by the next SOP step go with deleteLater; an event loop would delete
    // them now, so the tests do too (findChild must not find yesterday's field).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QList<Ticket> AgentTestApp::allTickets()
{
    TicketPageRequest page;
    page.limit = TicketQueryService::kMaxPageSize;
    auto listed = ticketQueries->list(Actor { 1, QStringLiteral("admin"), Role::Admin }, TicketFilter {}, page);
    ensure(listed.ok(), "listed.ok()");
    return listed->tickets;
}

} // namespace csodesk::test
