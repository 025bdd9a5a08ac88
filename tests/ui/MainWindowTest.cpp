#include "shell/MainWindow.h"

#include "UiTestSupport.h"
#include "preferences/WindowMemory.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::ui;

TEST_CASE("The frame names the database in its title and status bar", "[mainwindow]")
{
    test::TempSettings temp;
    BackgroundRunner runner;
    MainWindow window(temp.settings(), QStringLiteral("postgresql://cso@db.local:5432/csodesk"), runner);
    CHECK(window.windowTitle() == QStringLiteral("csodesk — postgresql://cso@db.local:5432/csodesk"));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusDatabase"))->text()
        == QStringLiteral("Basis data: postgresql://cso@db.local:5432/csodesk"));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusUser"))->text() == QStringLiteral("Belum masuk"));

    window.setActor(test::actor(2, QStringLiteral("rina"), Role::Supervisor));
    CHECK(
        window.windowTitle() == QStringLiteral("csodesk — rina (Supervisor) — postgresql://cso@db.local:5432/csodesk"));
    CHECK(window.findChild<QLabel*>(QStringLiteral("statusUser"))->text()
        == QStringLiteral("Pengguna: rina (Supervisor)"));
    CHECK(window.logoutAction()->isEnabled());
}

TEST_CASE("Every menu and menu entry has a mnemonic, and mnemonics do not clash", "[mainwindow]")
{
    test::TempSettings temp;
    BackgroundRunner runner;
    MainWindow window(temp.settings(), QStringLiteral("sqlite:/tmp/x.db"), runner);
    const auto mnemonic = [](const QString& text) {
        const int at = text.indexOf(QLatin1Char('&'));
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    QSet<QChar> menuKeys;
    const auto menus = window.menuBar()->actions();
    for (const QAction* menuAction : menus) {
        const QChar key = mnemonic(menuAction->text());
        CHECK_FALSE(key.isNull());
        CHECK_FALSE(menuKeys.contains(key));
        menuKeys.insert(key);
        QSet<QChar> itemKeys;
        const auto items = menuAction->menu()->actions();
        for (const QAction* item : items) {
            if (item->isSeparator())
                continue;
            const QChar itemKey = mnemonic(item->text());
            INFO(item->text().toStdString());
            CHECK_FALSE(itemKey.isNull());
            CHECK_FALSE(itemKeys.contains(itemKey));
            itemKeys.insert(itemKey);
        }
    }
}

TEST_CASE("Window geometry is saved on close and restored at the next start", "[mainwindow]")
{
    test::TempSettings temp;
    BackgroundRunner runner;
    {
        MainWindow window(temp.settings(), QStringLiteral("sqlite:/tmp/x.db"), runner);
        window.show();
        window.resize(900, 640);
        window.close();
    }
    CHECK_FALSE(ui::WindowMemory(temp.settings()).mainWindowGeometry().isEmpty());
    CHECK_FALSE(ui::WindowMemory(temp.settings()).mainWindowState().isEmpty());
    MainWindow again(temp.settings(), QStringLiteral("sqlite:/tmp/x.db"), runner);
    CHECK(again.size() == QSize(900, 640));
}

TEST_CASE("A workspace that refuses to close keeps the window open", "[mainwindow]")
{
    class Busy : public QWidget {
    protected:
        void closeEvent(QCloseEvent* event) override { event->ignore(); }
    };
    test::TempSettings temp;
    BackgroundRunner runner;
    MainWindow window(temp.settings(), QStringLiteral("sqlite:/tmp/x.db"), runner);
    window.setWorkspace(new Busy);
    window.show();
    CHECK_FALSE(window.close());
    CHECK(window.isVisible());
    CHECK(ui::WindowMemory(temp.settings()).mainWindowGeometry().isEmpty());
}
