#include "ConsoleFixture.h"
#include "supervisor/TicketFilterBar.h"
#include "supervisor/TicketLogModel.h"
#include "supervisor/TicketLogView.h"
#include "toolkit/Messages.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSet>
#include <QTableView>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::ui;
using csodesk::test::ConsoleWorld;

namespace {

// Fetches every page the way a view does when scrolled to the end, one page at a time.
void scrollToEnd(TicketLogModel& model, BackgroundRunner& runner)
{
    test::finishBackgroundWork(runner);
    for (int guard = 0; guard < 100000; ++guard) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        else if (!model.isLoading()) // a view or the model tester may have asked already
            return;
        test::finishBackgroundWork(runner);
    }
}

QSet<QString> column(TicketLogModel& model, int column)
{
    QSet<QString> values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

TEST_CASE("The ticket log pages through a large log lazily, each ticket once, newest first", "[ui][console]")
{
    ConsoleWorld world(20000, 4000);
    TicketLogModel model(world.supervisor(), *world.queries, world.catalogue, world.clock, world.runner);

    model.setFilter({});
    test::finishBackgroundWork(world.runner);
    CHECK(model.totalCount() == 20000);
    CHECK(model.rowCount() == TicketLogModel::kPageSize); // one page, not the whole log
    REQUIRE(model.canFetchMore({}));

    model.fetchMore({});
    model.fetchMore({}); // a second request while one is running is ignored
    test::finishBackgroundWork(world.runner);
    CHECK(model.rowCount() == 2 * TicketLogModel::kPageSize);

    // From here on the tester checks every insertion (it also asks for more rows itself, which
    // is why it joins only after the one-page-at-a-time checks above).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    scrollToEnd(model, world.runner);
    REQUIRE(model.rowCount() == 20000);
    CHECK_FALSE(model.canFetchMore({}));
    QSet<QString> numbers;
    for (int row = 0; row < model.rowCount(); ++row) {
        numbers << model.ticketAt(row)->number;
        if (row > 0)
            CHECK(model.ticketAt(row - 1)->filedAt >= model.ticketAt(row)->filedAt);
    }
    CHECK(numbers.size() == 20000);

    // A view asks for the next page from inside the insertion of the previous one: it must get
    // the next page, not the same one again.
    QTableView view;
    view.setModel(&model);
    view.resize(800, 20000); // tall enough to want every row
    view.show();
    model.setFilter({});
    scrollToEnd(model, world.runner);
    CHECK(model.rowCount() == 20000);

    // Sorting by handle time starts over, longest first.
    model.sort(TicketLogModel::HandleTimeColumn, Qt::DescendingOrder);
    test::finishBackgroundWork(world.runner);
    REQUIRE(model.rowCount() >= TicketLogModel::kPageSize); // the view may have asked for more
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(model.ticketAt(row - 1)->handleTimeMs >= model.ticketAt(row)->handleTimeMs);
    // Columns core cannot page by are not sortable: nothing changes.
    model.sort(TicketLogModel::AgentColumn, Qt::AscendingOrder);
    CHECK(model.ticketSort() == TicketSort::HandleTimeLongestFirst);
}

TEST_CASE("The filter bar narrows the log and shows a wrong IDPEL instead of querying it", "[ui][console]")
{
    ConsoleWorld world;
    TicketLogView view(world.supervisor(), *world.services);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1300, 700);
    view.show();
    auto* period = view.findChild<QComboBox*>(QStringLiteral("ticketLogPeriod"));
    auto* kind = view.findChild<QComboBox*>(QStringLiteral("ticketLogKind"));
    auto* agent = view.findChild<QLineEdit*>(QStringLiteral("ticketLogAgent"));
    auto* idpel = view.findChild<QLineEdit*>(QStringLiteral("ticketLogIdpel"));
    auto* overdue = view.findChild<QCheckBox*>(QStringLiteral("ticketLogOverdueOnly"));
    auto* apply = view.findChild<QPushButton*>(QStringLiteral("ticketLogApply"));
    auto* problem = view.findChild<QLabel*>(QStringLiteral("ticketLogFilterProblem"));
    auto* count = view.findChild<QLabel*>(QStringLiteral("ticketLogCount"));
    REQUIRE(period);
    REQUIRE(kind);
    REQUIRE(agent);
    REQUIRE(idpel);
    REQUIRE(overdue);
    REQUIRE(apply);

    period->setCurrentIndex(TicketFilterBar::AllTime);
    apply->click();
    scrollToEnd(*view.model(), world.runner);
    CHECK(view.model()->rowCount() == 300);
    CHECK(count->text().contains(QStringLiteral("300")));

    kind->setCurrentIndex(kind->findData(QStringLiteral("KELUHAN")));
    agent->setText(QStringLiteral("agen2"));
    apply->click();
    scrollToEnd(*view.model(), world.runner);
    TicketFilter expected;
    expected.kind = TicketKind::Keluhan;
    expected.agentName = QStringLiteral("agen2");
    const qint64 keluhanOfAgen2 = world.queries->count(world.supervisor(), expected).value();
    REQUIRE(keluhanOfAgen2 > 0);
    CHECK(view.model()->rowCount() == keluhanOfAgen2);
    CHECK(column(*view.model(), TicketLogModel::KindColumn) == QSet<QString> { QStringLiteral("KELUHAN") });
    CHECK(column(*view.model(), TicketLogModel::AgentColumn) == QSet<QString> { QStringLiteral("agen2") });

    agent->clear();
    overdue->setChecked(true);
    apply->click();
    scrollToEnd(*view.model(), world.runner);
    REQUIRE(view.model()->rowCount() > 0);
    CHECK(
        column(*view.model(), TicketLogModel::StatusColumn) == QSet<QString> { QStringLiteral("Terbuka, lewat SLA") });

    // This month only: everything filed since 1 November (WIB).
    overdue->setChecked(false);
    view.findChild<QCheckBox*>(QStringLiteral("ticketLogOpenOnly"))->setChecked(false);
    kind->setCurrentIndex(0);
    period->setCurrentIndex(TicketFilterBar::ThisMonth);
    apply->click();
    scrollToEnd(*view.model(), world.runner);
    REQUIRE(view.model()->rowCount() > 0);
    CHECK(view.model()->rowCount() < 300);
    const QDateTime november(QDate(2026, 11, 1), QTime(0, 0), QTimeZone(7 * 3600));
    for (int row = 0; row < view.model()->rowCount(); ++row)
        CHECK(view.model()->ticketAt(row)->filedAt >= november);

    // A short IDPEL: the problem shows and the log keeps its rows.
    const int rowsBefore = view.model()->rowCount();
    idpel->setText(QStringLiteral("5411"));
    apply->click();
    CHECK(problem->isVisible());
    CHECK_FALSE(problem->text().isEmpty());
    CHECK(view.model()->rowCount() == rowsBefore);

    const QString someone = view.model()->ticketAt(0)->content.customerIdpel;
    idpel->setText(someone);
    apply->click();
    scrollToEnd(*view.model(), world.runner);
    CHECK_FALSE(problem->isVisible());
    CHECK(column(*view.model(), TicketLogModel::IdpelColumn) == QSet<QString> { someone });
}

TEST_CASE("The columns chosen for the log are remembered", "[ui][console]")
{
    ConsoleWorld world(20);
    {
        TicketLogView view(world.supervisor(), *world.services);
        CHECK_FALSE(view.table()->isColumnHidden(TicketLogModel::AgentColumn));
        CHECK(view.table()->isColumnHidden(TicketLogModel::CustomerColumn)); // hidden by default
        view.setColumnShown(TicketLogModel::AgentColumn, false);
        view.setColumnShown(TicketLogModel::CustomerColumn, true);
        test::finishBackgroundWork(world.runner);
    }
    TicketLogView again(world.supervisor(), *world.services);
    CHECK(again.table()->isColumnHidden(TicketLogModel::AgentColumn));
    CHECK_FALSE(again.table()->isColumnHidden(TicketLogModel::CustomerColumn));
    test::finishBackgroundWork(world.runner);
}

TEST_CASE("Exporting the filter writes the CSV and cancelling leaves no file", "[ui][console]")
{
    ConsoleWorld world(400);
    TicketLogView view(world.supervisor(), *world.services);
    view.filterBar()->setPeriodChoice(TicketFilterBar::AllTime);
    view.applyCurrentFilter();
    test::finishBackgroundWork(world.runner);

    SECTION("finished")
    {
        ScopedMessageAnswers answers({ QMessageBox::Ok });
        const QString path = world.dir.filePath(QStringLiteral("semua.csv"));
        view.exportTo(path);
        REQUIRE(view.exportProgress() != nullptr);
        test::finishBackgroundWork(world.runner);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        CHECK(lines.size() == 401); // header and one line per ticket
        REQUIRE(answers.asked().size() == 1);
        CHECK(answers.asked().first().text.contains(QStringLiteral("400")));
    }
    SECTION("cancelled")
    {
        // Both pool threads wait, so the export is still queued when Batal is pressed:
        // the cancel is seen at the first row, whatever the machine's speed.
        auto gate = std::make_shared<QSemaphore>();
        QObject holder;
        for (int i = 0; i < 2; ++i)
            world.runner.run(
                &holder, QStringLiteral("wait"),
                [gate] {
                    gate->acquire();
                    return Status {};
                },
                [](const Status&) {});
        ScopedMessageAnswers answers({ QMessageBox::Ok });
        const QString path = world.dir.filePath(QStringLiteral("batal.csv"));
        view.exportTo(path);
        QProgressDialog* progress = view.exportProgress();
        REQUIRE(progress != nullptr);
        auto* cancel = progress->findChild<QPushButton*>();
        REQUIRE(cancel != nullptr);
        CHECK(cancel->text() == QStringLiteral("&Batal"));
        cancel->click();
        gate->release(2);
        test::finishBackgroundWork(world.runner);
        CHECK_FALSE(QFile::exists(path));
        REQUIRE(answers.asked().size() == 1);
        CHECK(answers.asked().first().title == QStringLiteral("Ekspor dibatalkan"));
    }
    // Either way the export is in the audit trail, before any byte left.
    AuditFilter exports;
    exports.action = AuditAction::Export;
    CHECK(world.audit->query(exports).value().size() == 1);
}
