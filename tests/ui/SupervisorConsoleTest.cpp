#include "supervisor/SupervisorConsole.h"

#include "ConsoleFixture.h"
#include "audit/AuditDetailLabel.h"
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
#include "toolkit/Translations.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
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
    Translations indonesian; // dates as the Indonesian UI writes them
    REQUIRE(indonesian.apply(QStringLiteral("id")));
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
    // November is still running: it is compared with as much of October, and the screen says so.
    CHECK(data.previousPeriod.from == data.period.from.addMonths(-1));
    CHECK(data.previousPeriod.to == data.previousPeriod.from.addMSecs(data.period.from.msecsTo(world.clock.nowUtc())));
    CHECK(data.comparisonBasis == ComparisonBasis::SameDaysOfPreviousMonth);
    CHECK(dashboard->findChild<QLabel*>(QStringLiteral("dashboardPeriodLabel"))->text()
        == QStringLiteral("1–22 November 2026 s.d. pukul 09:00 WIB — "
                          "dibanding 1–22 Oktober 2026 s.d. pukul 09:00 WIB (jumlah hari yang sama)"));
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

namespace {

QBarCategoryAxis* categoryAxis(QChartView* view, Qt::Orientation orientation)
{
    const auto axes = view->chart()->axes(orientation);
    for (QAbstractAxis* axis : axes)
        if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
            return categories;
    return nullptr;
}

} // namespace

TEST_CASE("The dashboard's day axis labels a day a week, and every bar's hover says what it is", "[ui][console]")
{
    Translations indonesian;
    REQUIRE(indonesian.apply(QStringLiteral("id")));
    ConsoleWorld world(600);
    SupervisorConsole console(world.supervisor(), *world.services);
    console.resize(1366, 700);
    console.show();
    console.tabs()->setCurrentWidget(console.dashboard());
    test::finishBackgroundWork(world.runner);
    QCoreApplication::processEvents();
    DashboardView* dashboard = console.dashboard();
    REQUIRE(dashboard->data().has_value());
    const Dashboard& data = *dashboard->data();

    // November: 30 bars, labelled under the 1st, 8th, 15th, 22nd and 29th, each label whole.
    QChart* perDay = dashboard->chartView(0)->chart();
    REQUIRE(perDay->axes(Qt::Horizontal).size() == 1);
    auto* days = qobject_cast<QCategoryAxis*>(perDay->axes(Qt::Horizontal).first());
    REQUIRE(days != nullptr);
    auto* bars = qobject_cast<QAbstractBarSeries*>(perDay->series().first());
    REQUIRE(bars != nullptr);
    CHECK(bars->barSets().first()->count() == 30);
    CHECK(days->categoriesLabels()
        == QStringList { QStringLiteral("1 Nov"), QStringLiteral("8 Nov"), QStringLiteral("15 Nov"),
            QStringLiteral("22 Nov"), QStringLiteral("29 Nov") });
    CHECK(days->endValue(QStringLiteral("8 Nov")) == 7); // under its own bar
    CHECK(days->min() < -0.5); // room beside the first bar for its label
    CHECK_FALSE(days->truncateLabels());
    const QString sunday = dashboard->barToolTip(0, 21);
    CHECK(sunday.startsWith(QStringLiteral("Minggu, 22 November 2026")));
    CHECK(sunday.contains(QStringLiteral("KELUHAN: %1").arg(data.perDay().at(21).keluhan)));
    // Hovering the day's column, over its bar or down at the axis, says the same.
    const QPointF dayBar = perDay->mapToPosition(QPointF(21, 0), perDay->series().first());
    const QPoint underBar = dashboard->chartView(0)->mapFromScene(perDay->mapToScene(dayBar)) + QPoint(0, 8);
    CHECK(dashboard->toolTipAt(0, underBar) == sunday);

    // The sub-issue types: the full name on hover, over the bar and over its (maybe elided) label.
    QChartView* subTypes = dashboard->chartView(1);
    QBarCategoryAxis* names = categoryAxis(subTypes, Qt::Vertical);
    REQUIRE(names != nullptr);
    const QList<KeyCount> top = data.topSubIssueTypes();
    REQUIRE(top.size() == names->count());
    for (int bar = 0; bar < names->count(); ++bar) {
        const KeyCount& type = top.at(top.size() - 1 - bar); // drawn bottom-up
        const QString full = world.services->catalogue.subIssueTypeName(type.key);
        const QString tip = dashboard->barToolTip(1, bar);
        CHECK(tip.startsWith(full + QLatin1Char('\n')));
        CHECK(tip.contains(QStringLiteral("%1 tiket").arg(type.count)));
        QString label = names->at(bar);
        label.remove(QChar(0x200B));
        CHECK((label.endsWith(full) || label.endsWith(QStringLiteral("…")))); // "PB: Restitusi" says whose
    }
    QChart* chart = subTypes->chart();
    const int topBar = int(names->count()) - 1;
    const QPointF barEnd = chart->mapToPosition(QPointF(top.first().count / 2.0, topBar), chart->series().first());
    const QPoint overBar = subTypes->mapFromScene(chart->mapToScene(barEnd));
    CHECK(dashboard->toolTipAt(1, overBar) == dashboard->barToolTip(1, topBar));
    const int plotLeft = subTypes->mapFromScene(chart->mapToScene(chart->plotArea().topLeft())).x();
    CHECK(dashboard->toolTipAt(1, QPoint(plotLeft - 20, overBar.y())) == dashboard->barToolTip(1, topBar));
    CHECK(dashboard->toolTipAt(1, QPoint(2, 2)).isEmpty());
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

TEST_CASE("The audit view shows details in the UI's language and keeps the stored ones on hover",
    "[ui][console][audit][translations]")
{
    Translations indonesian;
    REQUIRE(indonesian.apply(QStringLiteral("id")));
    ConsoleWorld world(20);
    REQUIRE_FALSE(world.auth->login(QStringLiteral("agen1"), QStringLiteral("salah")).ok());
    REQUIRE_FALSE(world.auth->login(QStringLiteral("tidak-ada"), QStringLiteral("salah")).ok());
    AuditView view(world.supervisor(), *world.services);
    view.actionField()->setCurrentIndex(view.actionField()->findData(AuditAction::LoginFailed));
    view.apply();
    test::finishBackgroundWork(world.runner);
    REQUIRE(view.model()->rowCount() == 2);
    const auto detail = [&view](int row, int role = Qt::DisplayRole) {
        return view.model()->index(row, AuditLogModel::DetailColumn).data(role).toString();
    };
    // Newest first; what is stored stays as it was.
    CHECK(view.model()->entryAt(0)->detail == QStringLiteral("unknown user"));
    CHECK(view.model()->entryAt(1)->detail == QStringLiteral("wrong password"));
    CHECK(detail(0) == QStringLiteral("nama pengguna tidak dikenal"));
    CHECK(detail(1) == QStringLiteral("kata sandi salah"));
    CHECK(detail(1, Qt::ToolTipRole) == QStringLiteral("kata sandi salah\nTercatat sebagai: wrong password"));

    const auto label = [](const QString& action, const QString& stored) { return auditDetailLabel(action, stored); };
    CHECK(label(AuditAction::LoginFailed, QStringLiteral("wrong password, now locked"))
        == QStringLiteral("kata sandi salah; akun kini terkunci"));
    CHECK(label(AuditAction::Lookup, QStringLiteral("by idpel")) == QStringLiteral("dengan IDPEL"));
    CHECK(label(AuditAction::Lookup, QStringLiteral("by meter number")) == QStringLiteral("dengan nomor meter"));
    CHECK(label(AuditAction::Lookup, QStringLiteral("bill explain 2026-06"))
        == QStringLiteral("penjelasan tagihan Juni 2026"));
    CHECK(label(AuditAction::UserAdmin, QStringLiteral("add budi as supervisor"))
        == QStringLiteral("menambah pengguna budi sebagai supervisor"));
    CHECK(label(AuditAction::UserAdmin, QStringLiteral("role budi -> agent"))
        == QStringLiteral("mengubah peran budi menjadi agen"));
    CHECK(label(AuditAction::UserAdmin, QStringLiteral("disable budi")) == QStringLiteral("menonaktifkan budi"));
    CHECK(
        label(AuditAction::UserAdmin, QStringLiteral("password budi")) == QStringLiteral("mengganti kata sandi budi"));
    CHECK(label(AuditAction::StatusChange, QStringLiteral("5411221234 -> done_by_unit"))
        == QStringLiteral("5411221234: status menjadi selesai oleh unit"));
    CHECK(label(AuditAction::Import, QStringLiteral("customers: 1200 rows from pelanggan.csv"))
        == QStringLiteral("1.200 baris pelanggan dari pelanggan.csv"));
    CHECK(label(AuditAction::Export,
              QStringLiteral(
                  "tickets csv from=2026-11-01 00:00:00 kind=KELUHAN text=meter open open delimiter=; rows=12"))
        == QStringLiteral("CSV tiket, 12 baris: dari 2026-11-01 00:00:00, jenis KELUHAN, teks “meter open”, "
                          "hanya yang terbuka, pemisah ;"));
    // A ticket number, or a detail nobody taught it, is shown as stored.
    CHECK(label(AuditAction::FileTicket, QStringLiteral("5411221234")) == QStringLiteral("5411221234"));
    CHECK(label(AuditAction::LoginFailed, QStringLiteral("cosmic ray")) == QStringLiteral("cosmic ray"));
    CHECK(label(AuditAction::Lookup, QString()).isEmpty());

    SECTION("in English when the UI is English")
    {
        Translations english;
        REQUIRE(english.apply(QStringLiteral("en")));
        CHECK(detail(0) == QStringLiteral("unknown user name"));
        CHECK(detail(1) == QStringLiteral("wrong password"));
        CHECK(label(AuditAction::Lookup, QStringLiteral("by idpel")) == QStringLiteral("by IDPEL"));
        CHECK(label(AuditAction::Lookup, QStringLiteral("bill explain 2026-06"))
            == QStringLiteral("bill explanation for June 2026"));
        CHECK(label(AuditAction::UserAdmin, QStringLiteral("role budi -> agent"))
            == QStringLiteral("changed budi's role to agent"));
        CHECK(label(AuditAction::StatusChange, QStringLiteral("5411221234 -> done_by_unit"))
            == QStringLiteral("5411221234: status set to done by the unit"));
        REQUIRE(english.apply(QStringLiteral("id")));
    }
}
