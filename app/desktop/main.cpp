// csodesk: the desktop app for agents and supervisors.
#include "common/LogFormat.h"
#include "common/Logging.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"
#include "shell/MainWindow.h"
#include "storage/Migrator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

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

    QApplication app(argc, argv);
    setApplicationIdentity();

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
    parser.addOption(dbOption);
    parser.addOption(logLevelOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    QSettings backing;
    Settings settings(backing);
    LoggingOptions logging;
    logging.logDirectory = AppPaths::logDirectory();
    logging.level = parser.isSet(logLevelOption) ? parser.value(logLevelOption) : settings.logLevel();
    initLogging(logging);

    const ResolvedDatabaseUrl resolved = resolveDatabaseUrl(parser.value(dbOption), qEnvironmentVariable("CSODESK_DB"),
                                                            settings.databaseUrl(), AppPaths::defaultDatabasePath());
    auto url = DatabaseUrl::parse(resolved.url);
    auto database = url.ok() ? openMigratedDatabase(url.value()) : Result<std::shared_ptr<Database>>(url.error());
    if (!database.ok()) {
        spdlog::error("cannot open database: {}", database.error().detail);
        std::fprintf(stderr, "csodesk: %s\n", qPrintable(database.error().message));
        if (screenshotPath.isEmpty())
            QMessageBox::critical(nullptr, QStringLiteral("csodesk"), database.error().message);
        return 4;
    }

    MainWindow window(database.value());
    if (!screenshotPath.isEmpty()) {
        window.show();
        QApplication::processEvents();
        if (!window.grab().save(screenshotPath)) {
            std::fprintf(stderr, "csodesk: tidak bisa menyimpan %s\n", qPrintable(screenshotPath));
            return 1;
        }
        return 0;
    }
    window.show();
    return QApplication::exec();
}
