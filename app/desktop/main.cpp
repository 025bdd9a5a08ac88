// csodesk: the desktop app for agents and supervisors.
#include "agent/AgentServices.h"
#include "agent/AgentWorkspace.h"
#include "apkt/ApktCatalogue.h"
#include "audit/AuditLog.h"
#include "auth/AuditQuery.h"
#include "auth/AuthService.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "calls/IncomingCall.h"
#include "calls/ServiceCallBackend.h"
#include "common/Clock.h"
#include "common/LogFormat.h"
#include "common/Logging.h"
#include "customers/CustomerLookupService.h"
#include "dashboard/DashboardQuery.h"
#include "privacy/PrivacyReport.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"
#include "shell/ApplicationSetup.h"
#include "shell/AuthServiceAuthenticator.h"
#include "shell/IncomingCallServer.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/ScreenPop.h"
#include "shell/SessionController.h"
#include "shell/WorkspaceRouter.h"
#include "sop/SopLibrary.h"
#include "storage/Migrator.h"
#include "supervisor/ConsoleServices.h"
#include "supervisor/SupervisorConsole.h"
#include "tickets/AgentWorkload.h"
#include "tickets/TicketCsvExporter.h"
#include "tickets/TicketQueryService.h"
#include "tickets/TicketService.h"
#include "toolkit/BackgroundRunner.h"
#include "toolkit/Messages.h"
#include "toolkit/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <optional>
#include <span>

using namespace csodesk;

namespace {

// Arguments are read before QApplication exists, because without a display QApplication
// aborts: we must decide on the offscreen platform first.
QString argumentValue(std::span<char* const> arguments, const char* name)
{
    for (std::size_t i = 1; i < arguments.size(); ++i) {
        const QString arg = QString::fromLocal8Bit(arguments[i]);
        const QString prefix = QString::fromLatin1(name) + QLatin1Char('=');
        if (arg == QLatin1String(name) && i + 1 < arguments.size())
            return QString::fromLocal8Bit(arguments[i + 1]);
        if (arg.startsWith(prefix))
            return arg.mid(prefix.size());
    }
    return {};
}

// A screen pop (`--incoming-call`, a csodesk: URL) goes to the instance already running for
// this user, before this process opens a window or the database. Returns the exit code when
// this process is done, nothing when it should start and take the call itself.
std::optional<int> handOverScreenPop(int& argc, char** argv, std::optional<IncomingCall>& call)
{
    QStringList raw;
    for (char* const argument : std::span<char* const>(argv, std::size_t(argc)))
        raw << QString::fromLocal8Bit(argument);
    if (!isIncomingCallRequest(raw))
        return std::nullopt; // a normal start: no application object before QApplication
    // QLocalSocket needs an application object even when it only blocks; a core one, because
    // a GUI one would need a display that a hand-over does not.
    const QCoreApplication handOverApp(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    auto parsed = parseIncomingCallArguments(arguments);
    if (!parsed.ok()) {
        std::fprintf(stderr, "csodesk: %s\n", qPrintable(parsed.error().message));
        return 2;
    }
    switch (ui::handOverIncomingCall(parsed.value())) {
    case ui::HandOverOutcome::Delivered:
        return 0;
    case ui::HandOverOutcome::Failed:
        std::fputs("csodesk: csodesk yang sedang berjalan tidak menerima panggilan masuk ini.\n", stderr);
        return 1;
    case ui::HandOverOutcome::NoInstance:
        break;
    }
    call = std::move(parsed).value();
    return std::nullopt;
}

bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return true; // the user chose a platform (offscreen, vnc, ...): trust it
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

// Qt and spdlog throw only when memory runs out; nothing in main could recover from that.
int main(int argc, char* argv[]) // NOLINT(bugprone-exception-escape)
{
    const std::span<char* const> arguments(argv, std::size_t(argc));
    const QString screenshotPath = argumentValue(arguments, "--screenshot");
    // A screenshot run renders a window and exits: it neither hands over nor takes calls.
    std::optional<IncomingCall> incomingCall;
    if (screenshotPath.isEmpty()) {
        if (const auto exitCode = handOverScreenPop(argc, argv, incomingCall))
            return *exitCode;
    }
    if (!screenshotPath.isEmpty()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    } else if (!hasDisplay()) {
        std::fputs("csodesk: tidak ada layar (DISPLAY/WAYLAND_DISPLAY kosong) — jalankan di desktop, atau pakai "
                   "'csodesk --screenshot FILE.png' untuk merender jendela ke berkas.\n",
            stderr);
        return 1;
    }

    ui::prepareHighDpi();
    QApplication app(argc, argv);
    setApplicationIdentity();
    ui::applyApplicationLook();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("csodesk — PLN 123 agent and supervisor workspace"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Database URL (sqlite:PATH or postgresql://...)."), QStringLiteral("url"));
    const QCommandLineOption logLevelOption(QStringLiteral("log-level"),
        QStringLiteral("trace, debug, info, warn, error or off."), QStringLiteral("level"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Render the main window offscreen to a PNG file and exit."), QStringLiteral("file"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
        QStringLiteral("User interface language for this run: id or en (default: the setting)."),
        QStringLiteral("code"));
    parser.addOption(dbOption);
    parser.addOption(logLevelOption);
    parser.addOption(screenshotOption);
    const QCommandLineOption incomingCallOption(QStringLiteral("incoming-call"),
        QStringLiteral("Screen pop: hand the caller's number to the running csodesk (or start and take it)."),
        QStringLiteral("phone"));
    const QCommandLineOption callIdOption(
        QStringLiteral("call-id"), QStringLiteral("The telephony's id of the incoming call."), QStringLiteral("id"));
    parser.addOption(languageOption);
    parser.addOption(incomingCallOption);
    parser.addOption(callIdOption);
    parser.addPositionalArgument(QStringLiteral("url"),
        QStringLiteral("Screen pop as a URL: csodesk://call?ani=PHONE&id=ID."), QStringLiteral("[url]"));
    parser.process(app);

    QSettings backing;
    Settings settings(backing);
    LoggingOptions logging;
    logging.logDirectory = AppPaths::logDirectory();
    logging.level = parser.isSet(logLevelOption) ? parser.value(logLevelOption) : settings.logLevel();
    initLogging(logging);

    // Before any window exists, so every tr() call already sees the chosen language.
    ui::Translations translations;
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : settings.language();
    if (!translations.apply(language))
        spdlog::warn("language '{}' is not available; using Indonesian", language);

    const ResolvedDatabaseUrl resolved = resolveDatabaseUrl(parser.value(dbOption), qEnvironmentVariable("CSODESK_DB"),
        settings.databaseUrl(), AppPaths::defaultDatabasePath());
    auto url = DatabaseUrl::parse(resolved.url);
    auto database = url.ok() ? openMigratedDatabase(url.value()) : Result<std::shared_ptr<Database>>(url.error());
    if (!database.ok()) {
        spdlog::error("cannot open database: {}", database.error().detail);
        std::fprintf(stderr, "csodesk: %s\n", qPrintable(database.error().message));
        if (screenshotPath.isEmpty())
            ui::Messages::showError(nullptr, database.error());
        return 4;
    }

    // Services are constructed here and passed in. The runner comes after them and so is
    // destroyed before them: its destructor waits for work that may still use them.
    Database& db = *database.value();
    const SystemClock clock;
    AuditLog audit(db, clock);
    const PasswordHasher hasher;
    AuthService authService(db, audit, clock, hasher);
    CustomerLookupService lookupService(db, clock);
    auto catalogue = ApktCatalogue::builtIn();
    if (!catalogue.ok()) {
        spdlog::error("APKT catalogue: {}", catalogue.error().detail);
        std::fprintf(stderr, "csodesk: %s\n", qPrintable(catalogue.error().message));
        return 1;
    }
    const QString sopDirectory = settings.sopDirectory().isEmpty() ? AppPaths::sopDirectory() : settings.sopDirectory();
    auto sops = SopLibrary::load(catalogue.value(), sopDirectory);
    if (!sops.ok()) {
        spdlog::error("SOP library: {}", sops.error().detail);
        std::fprintf(stderr, "csodesk: %s\n", qPrintable(sops.error().message));
        return 1;
    }
    for (const SopProblem& problem : sops->problems())
        spdlog::warn("SOP file left out: {}", problem.toString());
    TicketService ticketService(db, audit, clock, settings.siteCode());
    TicketQueryService ticketQueries(db, clock);
    UserService userService(db, audit, clock, hasher);
    TicketCsvExporter ticketExporter(ticketQueries, audit);
    AgentWorkloadQuery agentWorkload(db);
    AuditQuery auditQuery(audit);
    ServiceCallBackend callBackend(lookupService, ticketService, ticketQueries, db);
    DashboardQuery dashboardQuery(ticketQueries, agentWorkload, clock);
    PrivacyReport privacyReport(lookupService, ticketQueries, audit, clock);
    ui::AuthServiceAuthenticator authenticator(authService);

    ui::BackgroundRunner runner;
    ui::MainWindow window(settings, db.url().displayString(), runner);

    ui::WorkspaceRouter router;
    // Agent workspace (issue 6).
    const ui::AgentServices agentServices
        = ui::AgentServices::wire(callBackend, sops.value(), catalogue.value(), clock, AppPaths::draftDirectory());
    router.registerFactory(ui::WorkspaceKind::AgentWorkspace, [&](const Actor& actor, QWidget* parent) -> QWidget* {
        return new ui::AgentWorkspace(actor, agentServices, runner, parent);
    });
    // Supervisor console (issue 7): supervisors and admins get it; agents never do.
    ui::ConsoleServices consoleServices { ticketQueries, ticketService, ticketExporter, agentWorkload, dashboardQuery,
        auditQuery, userService, catalogue.value(), settings, clock, runner, db.localFiles(), &privacyReport };
    router.registerFactory(
        ui::WorkspaceKind::SupervisorConsole, [&consoleServices](const Actor& actor, QWidget* parent) {
            return new ui::SupervisorConsole(actor, consoleServices, parent);
        });

    ui::SessionController session(window, authenticator, router, settings, runner);
    // On a floor the person's own database login goes with them: nothing stays connected as them.
    QObject::connect(&session, &ui::SessionController::loggedOut, &window, [&authService] { authService.logout(); });
    // Disabled (or a changed password) while signed in: the database refuses the next
    // connection, and the session ends on the GUI thread with the reason shown.
    db.setLoginLostHandler([&session](const Error& error) {
        QMetaObject::invokeMethod(
            &session, [&session, error] { session.endSession(error); }, Qt::QueuedConnection);
    });
    struct ForgetLoginLostHandler {
        Database& database;
        ~ForgetLoginLostHandler() { database.setLoginLostHandler({}); }
    } forgetHandler { db };

    // Screen pop: this instance takes the calls of later `csodesk --incoming-call` runs, and the
    // one it was started with (after the sign-in).
    ui::ScreenPop screenPop(window, session);
    ui::IncomingCallServer callServer;
    QObject::connect(&callServer, &ui::IncomingCallServer::callReceived, &screenPop, &ui::ScreenPop::take);
    if (screenshotPath.isEmpty()) {
        if (const Status listening = callServer.listen(); !listening.ok())
            spdlog::warn("screen pop: not listening: {}", listening.error().detail);
    }

    if (!screenshotPath.isEmpty())
        window.resize(1366, 768); // the call-centre screen size, whatever the offscreen screen is
    window.show();
    if (screenshotPath.isEmpty())
        session.startLogin();
    if (incomingCall)
        screenPop.take(*incomingCall);
    if (!screenshotPath.isEmpty()) {
        QApplication::processEvents();
        if (!window.grab().save(screenshotPath)) {
            std::fprintf(stderr, "csodesk: tidak bisa menyimpan %s\n", qPrintable(screenshotPath));
            return 1;
        }
        return 0;
    }
    return QApplication::exec();
}
