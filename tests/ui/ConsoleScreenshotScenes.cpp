#include "ConsoleFixture.h"
#include "ScreenshotScenes.h"
#include "shell/MainWindow.h"
#include "supervisor/AuditView.h"
#include "supervisor/DashboardView.h"
#include "supervisor/SupervisorConsole.h"
#include "supervisor/TicketDetailDialog.h"
#include "supervisor/TicketFilterBar.h"
#include "supervisor/TicketLogModel.h"
#include "supervisor/TicketLogView.h"
#include "supervisor/UsersView.h"
#include "toolkit/Translations.h"

#include <QComboBox>
#include <QDir>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>

namespace csodesk::test {

namespace {

void settle(QWidget& widget)
{
    widget.show();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

QString save(const QPixmap& pixmap, const QString& directory, const QString& name)
{
    const QString path = QDir(directory).filePath(name);
    return pixmap.save(path) ? path : QString();
}

// A console in a main window, signed in as `actor`, with its first queries answered.
struct ConsoleScene {
    ConsoleScene(ConsoleWorld& world, const Actor& actor)
        : window(
            world.settings.settings(), QStringLiteral("postgresql://cso@db-123.pln.local:5432/csodesk"), world.runner)
    {
        window.resize(screenshotSize);
        window.setActor(actor);
        console = new ui::SupervisorConsole(actor, *world.services);
        window.setWorkspace(console);
        settle(window);
        finishBackgroundWork(world.runner);
        QCoreApplication::processEvents();
    }
    QPixmap grab()
    {
        QCoreApplication::processEvents();
        return window.grab();
    }

    ui::MainWindow window;
    ui::SupervisorConsole* console = nullptr;
};

// An open KELUHAN with a path worth showing (one that collected data from the customer).
QString interestingTicket(ConsoleWorld& world)
{
    QString number;
    TicketFilter filter;
    filter.kind = TicketKind::Keluhan;
    (void)world.queries->forEach(world.supervisor(), filter, [&number](const Ticket& t) {
        bool collected = false;
        for (const TranscriptStep& step : t.content.path)
            collected = collected || step.nodeKind == QLatin1String("collect");
        if (collected && t.content.path.size() >= 4 && !t.content.agentNote.isEmpty())
            number = t.number;
        return number.isEmpty();
    });
    return number;
}

} // namespace

QStringList renderConsoleScreenshots(const QString& directory)
{
    QDir().mkpath(directory);
    QStringList written;
    ConsoleWorld world(3000, 600);
    // Some review already done, so the history has something to show.
    const QString ticket = interestingTicket(world);
    (void)world.tickets->annotate(world.supervisor(), ticket,
        QStringLiteral("Alamat email sudah dieja ulang. Sesuai SOP."), ReviewFlag::SesuaiSop);

    {
        ui::Translations translations;
        translations.apply(QStringLiteral("id"));
        ConsoleScene scene(world, world.supervisor());
        ui::TicketLogView* log = scene.console->ticketLog();
        log->table()->selectRow(2);
        const QPixmap frame = scene.grab();
        written << save(frame, directory, QStringLiteral("10-console-log.png"));

        ui::TicketDetailDialog detail(world.supervisor(), *world.services, ticket, &scene.window);
        detail.resize(QSize(1180, 680));
        finishBackgroundWork(world.runner);
        detail.findChild<QPlainTextEdit*>(QStringLiteral("ticketDetailNote"))
            ->setPlainText(QStringLiteral("Data pelanggan lengkap; unit diminta menghubungi sebelum pukul 16.00 WIB."));
        settle(detail);
        written << save(composeOver(frame, detail), directory, QStringLiteral("11-ticket-detail.png"));
        detail.close();

        scene.console->tabs()->setCurrentWidget(scene.console->dashboard());
        finishBackgroundWork(world.runner);
        written << save(scene.grab(), directory, QStringLiteral("12-dashboard.png"));

        scene.console->tabs()->setCurrentWidget(scene.console->auditView());
        finishBackgroundWork(world.runner);
        written << save(scene.grab(), directory, QStringLiteral("13-audit.png"));
    }
    {
        ui::Translations translations;
        translations.apply(QStringLiteral("id"));
        ConsoleScene scene(world, world.admin());
        scene.console->tabs()->setCurrentWidget(scene.console->usersView());
        finishBackgroundWork(world.runner);
        scene.console->usersView()->table()->selectRow(2);
        written << save(scene.grab(), directory, QStringLiteral("14-users.png"));
    }
    {
        ui::Translations translations;
        translations.apply(QStringLiteral("en"));
        ConsoleScene scene(world, world.supervisor());
        scene.console->tabs()->setCurrentWidget(scene.console->dashboard());
        finishBackgroundWork(world.runner);
        written << save(scene.grab(), directory, QStringLiteral("12-dashboard-en.png"));
    }
    return written;
}

} // namespace csodesk::test
