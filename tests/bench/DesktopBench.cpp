// csodesk-bench-desktop: the desktop's start-up path (as app/desktop/main.cpp runs it) on a
// given database, offscreen, with the moment each stage is reached measured inside this
// process on the system-wide monotonic clock. csodesk-bench starts it and subtracts the
// moment it called exec. Then, in the agent workspace, LOOKUPS random customers are searched
// the way an agent does (IDPEL typed, Enter) and each is timed until the customer card is
// painted.
//   csodesk-bench-desktop SQLITE_PATH LOOKUPS
// Prints one JSON object: {"login_shown_ns": ..., "main_window_shown_ns": ...,
// "enter_to_card_ns": [...], "peak_rss_kb": ...}
#include "agent/AgentServices.h"
#include "agent/AgentWorkspace.h"
#include "apkt/ApktCatalogue.h"
#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "calls/ServiceCallBackend.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "customers/CustomerLookupService.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"
#include "shell/ApplicationSetup.h"
#include "shell/Authenticator.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "sop/SopLibrary.h"
#include "storage/Migrator.h"
#include "tickets/TicketQueryService.h"
#include "tickets/TicketService.h"
#include "toolkit/BackgroundRunner.h"
#include "toolkit/Translations.h"

#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>

using namespace csodesk;

namespace {

qint64 monotonicNs()
{
    timespec now {};
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

[[noreturn]] void fail(const QString& why)
{
    std::fprintf(stderr, "csodesk-bench-desktop: %s\n", qPrintable(why));
    std::exit(4);
}

// Random existing IDPELs, by rowid (customers are inserted with dense rowids).
QStringList randomIdpels(Database& database, int count)
{
    auto picked = database.read([count](QSqlDatabase& db) -> Result<QStringList> {
        auto highest = queryScalar(db, QStringLiteral("SELECT MAX(rowid) FROM customers"));
        if (!highest.ok())
            return highest.error();
        std::mt19937_64 random(20261122);
        std::uniform_int_distribution<qint64> pick(1, qMax<qint64>(1, highest->toLongLong()));
        QStringList idpels;
        for (int attempt = 0; idpels.size() < count && attempt < count * 10; ++attempt) {
            auto idpel
                = queryScalar(db, QStringLiteral("SELECT idpel FROM customers WHERE rowid = ?"), { pick(random) });
            if (!idpel.ok())
                return idpel.error();
            if (!idpel->isNull())
                idpels.append(idpel->toString());
        }
        return idpels;
    });
    if (!picked.ok() || picked->isEmpty())
        fail(QStringLiteral("no customers to look up"));
    return picked.value();
}

// Types the IDPEL into the search field, presses Enter and waits until the card shows the
// result, painted. The clock starts at the key press, as the agent perceives it.
qint64 enterToCard(QWidget& window, const QString& idpel)
{
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("agentSearch"));
    auto* title = window.findChild<QLabel*>(QStringLiteral("agentCustomerName"));
    if (!search || !title)
        fail(QStringLiteral("agent workspace widgets not found"));
    search->setFocus();
    search->setText(idpel);
    QApplication::processEvents();
    const qint64 started = monotonicNs();
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(search, &press);
    const QString searching = title->text(); // the card says "searching" until the result is in
    while (title->text() == searching) {
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (monotonicNs() - started > 30'000'000'000LL)
            fail(QStringLiteral("no result after 30 s"));
    }
    window.grab(); // painted, not only laid out
    return monotonicNs() - started;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 3) {
        std::fputs("usage: csodesk-bench-desktop SQLITE_PATH LOOKUPS\n", stderr);
        return 2;
    }
    const int lookups = QByteArray(argv[2]).toInt();
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

    login.close();

    // The agent workspace as app/desktop/main.cpp wires it, for a signed-in agent.
    Database& db = *database.value();
    const SystemClock clock;
    AuditLog audit(db, clock);
    CustomerLookupService lookupService(db, clock);
    TicketService ticketService(db, audit, clock, settings.siteCode());
    TicketQueryService ticketQueries(db, clock);
    auto catalogue = ApktCatalogue::builtIn();
    if (!catalogue.ok())
        fail(catalogue.error().detail);
    auto sops = SopLibrary::load(catalogue.value());
    if (!sops.ok())
        fail(sops.error().detail);
    // An empty draft folder: a call left over from an earlier run would be offered for resuming.
    const QTemporaryDir drafts;
    if (!drafts.isValid())
        fail(QStringLiteral("no temporary folder for call drafts"));
    ServiceCallBackend calls(lookupService, ticketService, ticketQueries, db);
    const ui::AgentServices services
        = ui::AgentServices::wire(calls, sops.value(), catalogue.value(), clock, drafts.path());
    const Actor agent { 1, QStringLiteral("agen1"), Role::Agent };
    window.setActor(agent);
    window.setWorkspace(new ui::AgentWorkspace(agent, services, runner));
    QApplication::processEvents();

    QJsonArray enterToCardNs;
    for (const QString& idpel : randomIdpels(db, lookups))
        enterToCardNs.append(enterToCard(window, idpel));

    const QJsonObject result { { QStringLiteral("main_window_shown_ns"), mainWindowShown },
        { QStringLiteral("login_shown_ns"), loginShown }, { QStringLiteral("enter_to_card_ns"), enterToCardNs },
        { QStringLiteral("peak_rss_kb"), peakRssKb() } };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
