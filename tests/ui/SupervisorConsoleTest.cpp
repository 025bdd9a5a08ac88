#include "supervisor/SupervisorConsole.h"

#include "ConsoleFixture.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/SessionController.h"
#include "shell/WorkspaceRouter.h"
#include "supervisor/AuditLogModel.h"
#include "supervisor/AuditView.h"
#include "supervisor/DashboardView.h"
#include "supervisor/MetricCard.h"
#include "supervisor/TicketDetailDialog.h"
#include "supervisor/TicketFilterBar.h"
#include "supervisor/TicketLogModel.h"
#include "supervisor/TicketLogView.h"
#include "supervisor/UsersView.h"
#include "toolkit/Messages.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::ui;
using csodesk::test::ConsoleWorld;

namespace {

// The first ticket of a kind (and status) in the world, newest first.
Ticket findTicket(ConsoleWorld& world, TicketKind kind, std::optional<TicketStatus> status = std::nullopt)
{
    std::optional<Ticket> found;
    TicketFilter filter;
    filter.kind = kind;
    REQUIRE(world.queries
                ->forEach(world.supervisor(), filter,
                    [&](const Ticket& t) {
                        if (!status || t.status == *status)
                            found = t;
                        return !found.has_value();
                    })
                .ok());
    REQUIRE(found.has_value());
    return *found;
}

bool startsWithPdfHeader(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-";
}

} // namespace

TEST_CASE("The detail shows every field, the SOP transcript and the history, and appends notes and status changes",
    "[ui][console]")
{
    ConsoleWorld world;
    const Ticket keluhan = findTicket(world, TicketKind::Keluhan, TicketStatus::Open);
    TicketDetailDialog dialog(world.supervisor(), *world.services, keluhan.number);
    test::finishBackgroundWork(world.runner);
    REQUIRE(dialog.detail().has_value());
    const int eventsBefore = int(dialog.detail()->events.size());

    const QString fields = dialog.findChild<QTextBrowser*>(QStringLiteral("ticketDetailFields"))->toPlainText();
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("ticketDetailTitle"))->text().contains(keluhan.number));
    CHECK(fields.contains(keluhan.content.customerIdpel));
    CHECK(fields.contains(keluhan.content.unitName));
    CHECK(fields.contains(keluhan.agentName));
    CHECK(fields.contains(keluhan.content.description.left(40)));
    const QString transcript = dialog.findChild<QTextBrowser*>(QStringLiteral("ticketDetailTranscript"))->toPlainText();
    CHECK(transcript.contains(QStringLiteral("Pilihan pelanggan:")));
    CHECK(transcript.contains(keluhan.content.path.first().choiceLabel));
    CHECK(transcript.contains(QStringLiteral("Dicatat")));

    // The fields are for reading only.
    CHECK(dialog.findChild<QTextBrowser*>(QStringLiteral("ticketDetailFields"))->isReadOnly());

    auto* note = dialog.findChild<QPlainTextEdit*>(QStringLiteral("ticketDetailNote"));
    auto* flag = dialog.findChild<QComboBox*>(QStringLiteral("ticketDetailFlag"));
    auto* status = dialog.findChild<QComboBox*>(QStringLiteral("ticketDetailStatus"));
    REQUIRE(note->isEnabled());
    REQUIRE(status->isEnabled());
    note->setPlainText(QStringLiteral("Email tidak dieja ulang."));
    flag->setCurrentIndex(flag->findData(QStringLiteral("perlu_koreksi")));
    QSignalSpy changed(&dialog, &TicketDetailDialog::ticketChanged);
    dialog.findChild<QPushButton*>(QStringLiteral("ticketDetailSaveNote"))->click();
    test::finishBackgroundWork(world.runner);
    CHECK(changed.size() == 1);
    REQUIRE(dialog.detail()->events.size() == eventsBefore + 1);
    CHECK(dialog.detail()->events.last().note == QStringLiteral("Email tidak dieja ulang."));
    CHECK(dialog.detail()->ticket.latestFlag == QStringLiteral("perlu_koreksi"));
    const QString history = dialog.findChild<QTextBrowser*>(QStringLiteral("ticketDetailHistory"))->toPlainText();
    CHECK(history.contains(QStringLiteral("Email tidak dieja ulang.")));
    CHECK(history.contains(QStringLiteral("Perlu koreksi")));
    CHECK(note->toPlainText().isEmpty());

    status->setCurrentIndex(status->findData(QStringLiteral("done_by_unit")));
    dialog.findChild<QPushButton*>(QStringLiteral("ticketDetailSaveStatus"))->click();
    test::finishBackgroundWork(world.runner);
    CHECK(dialog.detail()->ticket.status == TicketStatus::DoneByUnit);
    CHECK(dialog.detail()->events.size() == eventsBefore + 2);
    // The ticket itself is as it was filed.
    CHECK(dialog.detail()->ticket.content == keluhan.content);
    CHECK(dialog.detail()->ticket.filedAt == keluhan.filedAt);

    const QString pdf = world.dir.filePath(QStringLiteral("tiket.pdf"));
    REQUIRE(dialog.saveAsPdf(pdf).ok());
    CHECK(startsWithPdfHeader(pdf));
}

TEST_CASE("An Issue Closed ticket has no status to change and an empty note is not sent", "[ui][console]")
{
    ConsoleWorld world(60);
    const Ticket closed = findTicket(world, TicketKind::IssueClosed);
    TicketDetailDialog dialog(world.supervisor(), *world.services, closed.number);
    test::finishBackgroundWork(world.runner);
    REQUIRE(dialog.detail().has_value());
    CHECK_FALSE(dialog.findChild<QComboBox*>(QStringLiteral("ticketDetailStatus"))->isEnabled());
    CHECK(dialog.findChild<QPushButton*>(QStringLiteral("ticketDetailSaveNote"))->isEnabled());

    ScopedMessageAnswers answers({ QMessageBox::Ok });
    dialog.saveNote();
    test::finishBackgroundWork(world.runner);
    CHECK(answers.asked().size() == 1);
    CHECK(dialog.detail()->events.size() == 0);
}

TEST_CASE("The dashboard shows the period's figures and a clicked bar opens the log filtered to it", "[ui][console]")
{
    ConsoleWorld world(600);
    SupervisorConsole console(world.supervisor(), *world.services);
    console.resize(1366, 700);
    console.show();
    test::finishBackgroundWork(world.runner);
    DashboardView* dashboard = console.dashboard();
    REQUIRE(dashboard->data().has_value());
    // Computed once when the console opens, not once per signal of the period's set-up.
    CHECK(dashboard->loadCount() == 1);

    const Dashboard& data = *dashboard->data();
    const auto figures = world.queries->figures(world.supervisor(), data.period.from, data.period.to);
    REQUIRE(figures.ok());
    CHECK(data.current.total == figures->total);
    CHECK(dashboard->ticketsCard()->valueText() == QLocale(QLocale::Indonesian).toString(figures->total));
    CHECK(dashboard->card(0)->changeText().contains(QStringLiteral("dibanding periode sebelumnya")));
    // November is still running: it is compared with as much of October.
    CHECK(data.previousPeriod.from == data.period.from.addMonths(-1));
    CHECK(data.previousPeriod.to == data.previousPeriod.from.addMSecs(data.period.from.msecsTo(world.clock.nowUtc())));
    REQUIRE_FALSE(data.agents.isEmpty());
    qint64 perAgent = 0;
    for (const AgentWorkload& agent : data.agents)
        perAgent += agent.tickets;
    CHECK(perAgent == figures->total);

    // The busiest agent's bar.
    const auto filter = dashboard->filterForBar(2, 0, 0);
    REQUIRE(filter.has_value());
    CHECK(filter->agentName == data.agents.first().agentName);
    Q_EMIT dashboard->drillDown(*filter);
    test::finishBackgroundWork(world.runner);
    CHECK(console.tabs()->currentWidget() == console.ticketLog());
    TicketLogModel* log = console.ticketLog()->model();
    CHECK(log->filter().agentName == data.agents.first().agentName);
    CHECK(log->totalCount() == data.agents.first().tickets);

    // A day's KELUHAN bar: that WIB day only, KELUHAN only.
    const auto day = dashboard->filterForBar(0, 1, 0);
    REQUIRE(day.has_value());
    CHECK(day->kind == TicketKind::Keluhan);
    CHECK(day->from == data.period.from);
    CHECK(day->from.secsTo(day->to) == 24 * 3600);

    // The most frequent sub-issue type is the top (last) bar.
    const int shown = std::min<int>(8, int(data.current.bySubIssueType.size()));
    CHECK(dashboard->filterForBar(1, 0, shown - 1)->subIssueTypeId == data.current.bySubIssueType.first().key);
    CHECK_FALSE(dashboard->filterForBar(3, 0, 4).has_value());

    const QString pdf = world.dir.filePath(QStringLiteral("dasbor.pdf"));
    REQUIRE(dashboard->saveAsPdf(pdf).ok());
    CHECK(startsWithPdfHeader(pdf));
}

TEST_CASE("Agents get no console, supervisors get it without Users, and core refuses agents regardless",
    "[ui][console][roles]")
{
    ConsoleWorld world(40);
    MainWindow window(world.settings.settings(), QStringLiteral("sqlite:demo.db"), world.runner);
    WorkspaceRouter router;
    router.registerFactory(WorkspaceKind::AgentWorkspace, [](const Actor&, QWidget* parent) {
        auto* placeholder = new QWidget(parent);
        placeholder->setObjectName(QStringLiteral("agentWorkspace"));
        return placeholder;
    });
    router.registerFactory(WorkspaceKind::SupervisorConsole, [&world](const Actor& actor, QWidget* parent) {
        return new SupervisorConsole(actor, *world.services, parent);
    });
    test::WorldAuthenticator authenticator(*world.auth);
    SessionController session(window, authenticator, router, world.settings.settings(), world.runner);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    const auto login = [&](const QString& name) {
        session.startLogin();
        LoginDialog* dialog = session.loginDialog();
        REQUIRE(dialog != nullptr);
        REQUIRE(test::activate(dialog));
        // The dialog remembers the last name and then starts in the password field.
        dialog->findChild<QLineEdit*>(QStringLiteral("loginUserName"))->setText(name);
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("loginPassword"));
        password->setFocus();
        QTest::keyClicks(password, name + QStringLiteral("-demo"));
        QTest::keyClick(password, Qt::Key_Return);
        test::finishBackgroundWork(world.runner);
        REQUIRE(session.actor().has_value());
    };

    login(QStringLiteral("agen1"));
    CHECK(window.workspace()->objectName() == QStringLiteral("agentWorkspace"));
    CHECK(window.findChild<SupervisorConsole*>() == nullptr);
    REQUIRE(session.logout());

    login(QStringLiteral("spv1"));
    auto* console = qobject_cast<SupervisorConsole*>(window.workspace());
    REQUIRE(console != nullptr);
    CHECK(console->usersView() == nullptr);
    CHECK(console->tabs()->count() == 3);
    test::finishBackgroundWork(world.runner);
    REQUIRE(session.logout());

    login(QStringLiteral("admin1"));
    console = qobject_cast<SupervisorConsole*>(window.workspace());
    REQUIRE(console != nullptr);
    CHECK(console->usersView() != nullptr);
    test::finishBackgroundWork(world.runner);
    REQUIRE(session.logout());

    // Whatever a widget shows, core refuses an agent everything the console does.
    const Actor agent = world.agent();
    const QDateTime now = world.clock.nowUtc();
    CHECK(world.queries->figures(agent, now.addDays(-7), now).error().kind == ErrorKind::PermissionDenied);
    CHECK(world.workload->byAgent(agent, now.addDays(-7), now).error().kind == ErrorKind::PermissionDenied);
    CHECK(world.auditQuery->query(agent, {}).error().kind == ErrorKind::PermissionDenied);
    CHECK(world.users->list(agent).error().kind == ErrorKind::PermissionDenied);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    CHECK(world.exporter->exportCsv(agent, {}, sink).error().kind == ErrorKind::PermissionDenied);
    const Ticket keluhan = findTicket(world, TicketKind::Keluhan);
    CHECK(world.tickets->annotate(agent, keluhan.number, QStringLiteral("x")).error().kind
        == ErrorKind::PermissionDenied);
    CHECK(world.tickets->changeStatus(agent, keluhan.number, TicketStatus::Cancelled).error().kind
        == ErrorKind::PermissionDenied);
    // A supervisor is not an admin either.
    CHECK(world.users->list(world.supervisor()).error().kind == ErrorKind::PermissionDenied);

    // A log built for an agent anyway shows only what core lets agents see: their own tickets
    // and those of the customers they looked up (the demo calls look their customers up).
    AuditFilter lookups;
    lookups.action = AuditAction::Lookup;
    lookups.actor = agent.userName;
    lookups.limit = 10000;
    QSet<QString> lookedUp;
    const auto entries = world.auditQuery->query(world.supervisor(), lookups);
    REQUIRE(entries.ok());
    for (const AuditEntry& entry : entries.value())
        lookedUp << entry.customerIdpel;
    TicketLogModel model(agent, *world.queries, world.catalogue, world.clock, world.runner);
    TicketFilter all;
    model.setFilter(all);
    test::finishBackgroundWork(world.runner);
    CHECK(model.rowCount() > 0);
    CHECK(model.totalCount() < 40);
    int othersTickets = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Ticket* ticket = model.ticketAt(row);
        const bool own = ticket->agentName == agent.userName;
        othersTickets += own ? 0 : 1;
        CHECK((own || lookedUp.contains(ticket->content.customerIdpel)));
    }
    CHECK(othersTickets < model.rowCount());
}

TEST_CASE("Admins add users, reset passwords, change roles and disable users", "[ui][console][users]")
{
    ConsoleWorld world(10);
    UsersView view(world.admin(), *world.services);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    test::finishBackgroundWork(world.runner);
    CHECK(view.model()->rowCount() == 7);

    view.addUser(QStringLiteral("agen6"), Role::Agent, QStringLiteral("rahasia-agen6"));
    test::finishBackgroundWork(world.runner);
    REQUIRE(view.model()->rowOf(QStringLiteral("agen6")) >= 0);
    CHECK(world.auth->login(QStringLiteral("agen6"), QStringLiteral("rahasia-agen6")).ok());

    view.resetPassword(QStringLiteral("agen6"), QStringLiteral("sandi-baru-123"));
    view.changeRole(QStringLiteral("agen6"), Role::Supervisor);
    test::finishBackgroundWork(world.runner);
    auto signedIn = world.auth->login(QStringLiteral("agen6"), QStringLiteral("sandi-baru-123"));
    REQUIRE(signedIn.ok());
    CHECK(signedIn->role == Role::Supervisor);
    const int row = view.model()->rowOf(QStringLiteral("agen6"));
    CHECK(view.model()->index(row, UserListModel::RoleColumn).data().toString() == QStringLiteral("Supervisor"));

    view.disableUser(QStringLiteral("agen6"));
    test::finishBackgroundWork(world.runner);
    CHECK(view.model()->userAt(view.model()->rowOf(QStringLiteral("agen6")))->disabled);
    CHECK_FALSE(world.auth->login(QStringLiteral("agen6"), QStringLiteral("sandi-baru-123")).ok());

    // Core's rules come back as messages: a taken name.
    ScopedMessageAnswers answers({ QMessageBox::Ok });
    view.addUser(QStringLiteral("agen1"), Role::Agent, QStringLiteral("rahasia-lagi"));
    test::finishBackgroundWork(world.runner);
    REQUIRE(answers.asked().size() == 1);
    CHECK(answers.asked().first().text.contains(QStringLiteral("agen1")));
}

TEST_CASE("The audit view filters the trail by user and action", "[ui][console][audit]")
{
    ConsoleWorld world(120);
    AuditView view(world.supervisor(), *world.services);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    test::finishBackgroundWork(world.runner);
    REQUIRE(view.model()->rowCount() > 0);

    view.actorField()->setText(QStringLiteral("agen2"));
    view.actionField()->setCurrentIndex(view.actionField()->findData(AuditAction::FileTicket));
    view.apply();
    test::finishBackgroundWork(world.runner);
    REQUIRE(view.model()->rowCount() > 0);
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        CHECK(view.model()->entryAt(row)->actor == QStringLiteral("agen2"));
        CHECK(view.model()->entryAt(row)->action == AuditAction::FileTicket);
        CHECK(view.model()->index(row, AuditLogModel::ActionColumn).data().toString()
            == QStringLiteral("Mencatat tiket"));
    }
}
