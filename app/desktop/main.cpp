// csodesk: the desktop app for agents and supervisors.
#include "common/BackgroundRunner.h"
#include "common/LogFormat.h"
#include "common/Logging.h"
#include "common/Messages.h"
#include "common/Translations.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"
#include "shell/ApplicationSetup.h"
#include "shell/MainWindow.h"
#include "storage/Migrator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace csodesk;

namespace {

// Arguments are read before QApplication exists, because without a display QApplication
// aborts: we must decide on the offscreen platform first.
QString argumentValue(int argc, char* argv[], const char* name)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QString prefix = QString::fromLatin1(name) + QLatin1Char('=');
        if (arg == QLatin1String(name) && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(prefix))
            return arg.mid(prefix.size());
    }
    return {};
}

bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return true; // the user chose a platform (offscreen, vnc, ...): trust it
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char* argv[])
{
    const QString screenshotPath = argumentValue(argc, argv, "--screenshot");
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
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database URL (sqlite:PATH or postgresql://...)."),
                                      QStringLiteral("url"));
    const QCommandLineOption logLevelOption(QStringLiteral("log-level"), QStringLiteral("trace, debug, info, warn, error or off."),
                                            QStringLiteral("level"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Render the main window offscreen to a PNG file and exit."),
                                              QStringLiteral("file"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("User interface language for this run: id or en (default: the setting)."),
                                            QStringLiteral("code"));
    parser.addOption(dbOption);
    parser.addOption(logLevelOption);
    parser.addOption(screenshotOption);
    parser.addOption(languageOption);
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
    ui::BackgroundRunner runner;
    ui::MainWindow window(settings, database.value()->url().displayString(), runner);

    // Still to wire, once their services exist: a ui::WorkspaceRouter with the agent workspace
    // (issue 6) and the supervisor console (issue 7) registered, and a
    // ui::SessionController(window, authService, router, settings, runner) whose startLogin()
    // opens the login dialog at start. Until core's AuthService lands the window stays on its
    // signed-out page.

    if (!screenshotPath.isEmpty())
        window.resize(1366, 768); // the call-centre screen size, whatever the offscreen screen is
    window.show();
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
