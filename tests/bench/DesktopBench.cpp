// csodesk-bench-desktop: the desktop's start-up path (as app/desktop/main.cpp runs it) on a
// given database, offscreen, with the moment each stage is reached measured inside this
// process on the system-wide monotonic clock. csodesk-bench starts it and subtracts the
// moment it called exec.
//   csodesk-bench-desktop SQLITE_PATH
// Prints one JSON object: {"login_shown_ns": ..., "main_window_shown_ns": ..., "peak_rss_kb": ...}
#include "auth/AuthService.h"
#include "common/BackgroundRunner.h"
#include "common/Logging.h"
#include "common/Translations.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"
#include "shell/ApplicationSetup.h"
#include "shell/Authenticator.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "storage/Migrator.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace csodesk;

namespace {

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// Logging in is not measured here (a password hash costs what it is configured to cost).
class NoLogin final : public ui::Authenticator {
public:
    Result<Actor> login(const QString&, const QString&) override
    {
        return makeError(ErrorKind::PermissionDenied, QStringLiteral("benchmark"), QStringLiteral("benchmark"));
    }
};

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 2) {
        std::fputs("usage: csodesk-bench-desktop SQLITE_PATH\n", stderr);
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    ui::prepareHighDpi();
    QApplication app(argc, argv);
    setApplicationIdentity();
    ui::applyApplicationLook();

    QSettings backing;
    Settings settings(backing);
    LoggingOptions logging;
    logging.logDirectory = AppPaths::logDirectory();
    logging.level = settings.logLevel();
    initLogging(logging);
    ui::Translations translations;
    translations.apply(settings.language());

    auto database = openMigratedDatabase(DatabaseUrl::sqliteFile(QString::fromLocal8Bit(argv[1])));
    if (!database.ok()) {
        std::fprintf(stderr, "csodesk-bench-desktop: %s\n", qPrintable(database.error().detail));
        return 4;
    }
    ui::BackgroundRunner runner;
    ui::MainWindow window(settings, database.value()->url().displayString(), runner);
    window.resize(1366, 768);
    window.show();
    QApplication::processEvents();
    const qint64 mainWindowShown = monotonicNs();

    NoLogin authenticator;
    ui::LoginDialog login(authenticator, runner, settings, database.value()->url().displayString(), &window);
    login.show();
    QApplication::processEvents();
    login.grab(); // painted, not only mapped
    const qint64 loginShown = monotonicNs();

    const QJsonObject result{{QStringLiteral("main_window_shown_ns"), mainWindowShown},
                             {QStringLiteral("login_shown_ns"), loginShown},
                             {QStringLiteral("peak_rss_kb"), peakRssKb()}};
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
