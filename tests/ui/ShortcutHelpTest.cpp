#include "UiTestSupport.h"
#include "shell/MainWindow.h"
#include "shell/ShortcutHelpDialog.h"
#include "shell/ShortcutListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::ui;

namespace {

bool lists(const QList<ShortcutEntry>& entries, const QString& keys, const QString& action, const QString& group)
{
    return std::any_of(entries.begin(), entries.end(),
        [&](const ShortcutEntry& e) { return e.keys == keys && e.action == action && e.group == group; });
}

} // namespace

TEST_CASE("The shortcut help lists the window's actions from their QActions", "[shortcuts]")
{
    test::TempSettings temp;
    BackgroundRunner runner;
    MainWindow window(temp.settings(), QStringLiteral("sqlite:/tmp/x.db"), runner);

    const auto entries = collectShortcuts(&window);
    CHECK(lists(entries, QStringLiteral("F1"), QStringLiteral("Pintasan keyboard"), QStringLiteral("Bantuan")));
    CHECK(lists(entries, QStringLiteral("Ctrl+Q"), QStringLiteral("Tutup csodesk"), QStringLiteral("Berkas")));
    CHECK(lists(entries, QStringLiteral("Ctrl+,"), QStringLiteral("Pengaturan…"), QStringLiteral("Berkas")));
    // "Tentang csodesk" has no shortcut, so it is not listed.
    CHECK(std::none_of(entries.begin(), entries.end(),
        [](const ShortcutEntry& e) { return e.action == QStringLiteral("Tentang csodesk"); }));

    SECTION("a workspace's own actions appear once it is in the window")
    {
        auto* workspace = new QWidget;
        auto* search = new QAction(QStringLiteral("&Cari pelanggan"), workspace);
        search->setShortcuts({ QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_L) });
        search->setProperty("shortcutGroup", QStringLiteral("Pencarian"));
        workspace->addAction(search);
        window.setWorkspace(workspace);
        CHECK(lists(collectShortcuts(&window), QStringLiteral("F2, Ctrl+L"), QStringLiteral("Cari pelanggan"),
            QStringLiteral("Pencarian")));
    }
}

TEST_CASE("The shortcut model is a well-behaved model and filters as one types", "[shortcuts]")
{
    test::TempSettings temp;
    BackgroundRunner runner;
    MainWindow window(temp.settings(), QStringLiteral("sqlite:/tmp/x.db"), runner);
    ShortcutHelpDialog dialog(&window);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(dialog.filteredModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    const int all = dialog.model()->rowCount();
    CHECK(all >= 4);
    CHECK(dialog.model()->headerData(ShortcutListModel::KeysColumn, Qt::Horizontal).toString()
        == QStringLiteral("Tombol"));

    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    CHECK(QApplication::focusWidget() == dialog.findChild<QLineEdit*>(QStringLiteral("shortcutFilter")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("pintasan"));
    REQUIRE(dialog.filteredModel()->rowCount() == 1);
    CHECK(dialog.filteredModel()->index(0, ShortcutListModel::KeysColumn).data().toString() == QStringLiteral("F1"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
}

TEST_CASE("F1 in the main window opens the shortcut help", "[shortcuts]")
{
    test::TempSettings temp;
    BackgroundRunner runner;
    MainWindow window(temp.settings(), QStringLiteral("sqlite:/tmp/x.db"), runner);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    bool opened = false;
    // The dialog is modal: inspect and close it from inside its own event loop.
    QTimer::singleShot(0, &window, [&opened] {
        auto* dialog = qobject_cast<ShortcutHelpDialog*>(QApplication::activeModalWidget());
        opened = dialog != nullptr;
        if (dialog != nullptr)
            dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_F1);
    CHECK(opened);
}
