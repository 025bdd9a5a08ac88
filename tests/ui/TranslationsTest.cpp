#include "toolkit/Translations.h"

#include "UiTestSupport.h"
#include "shell/MainWindow.h"

#include <QMenuBar>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::ui;

namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction* action : actions)
        titles << action->text();
    return titles;
}

} // namespace

TEST_CASE("Indonesian is the source language and English is compiled in", "[translations]")
{
    Translations translations;
    CHECK(translations.current() == QStringLiteral("id"));
    const char* context = "csodesk::ui::MainWindow";
    CHECK(QCoreApplication::translate(context, "&Berkas") == QStringLiteral("&Berkas"));

    REQUIRE(translations.apply(QStringLiteral("en")));
    CHECK(translations.current() == QStringLiteral("en"));
    CHECK(QCoreApplication::translate(context, "&Berkas") == QStringLiteral("&File"));
    CHECK(QCoreApplication::translate("csodesk::ui::Messages", "&Coba lagi") == QStringLiteral("&Retry"));

    SECTION("windows built afterwards speak English")
    {
        test::TempSettings temp;
        BackgroundRunner runner;
        MainWindow window(temp.settings(), QStringLiteral("sqlite:/tmp/x.db"), runner);
        CHECK(menuTitles(window) == QStringList { QStringLiteral("&File"), QStringLiteral("&Help") });
        CHECK(window.windowTitle() == QStringLiteral("csodesk — sqlite:/tmp/x.db"));
    }

    SECTION("switching back restores Indonesian")
    {
        REQUIRE(translations.apply(QStringLiteral("id")));
        CHECK(QCoreApplication::translate(context, "&Berkas") == QStringLiteral("&Berkas"));
        test::TempSettings temp;
        BackgroundRunner runner;
        MainWindow window(temp.settings(), QStringLiteral("sqlite:/tmp/x.db"), runner);
        CHECK(menuTitles(window) == QStringList { QStringLiteral("&Berkas"), QStringLiteral("Ban&tuan") });
    }
}

TEST_CASE("An unknown language falls back to Indonesian", "[translations]")
{
    Translations translations;
    REQUIRE(translations.apply(QStringLiteral("en")));
    CHECK_FALSE(translations.apply(QStringLiteral("jv")));
    CHECK(translations.current() == QStringLiteral("id"));
    CHECK(QCoreApplication::translate("csodesk::ui::MainWindow", "&Berkas") == QStringLiteral("&Berkas"));
}

TEST_CASE("Every English message is finished", "[translations]")
{
    QFile ts(QStringLiteral(CSODESK_SOURCE_DIR "/resources/translations/csodesk_en.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    const QByteArray content = ts.readAll();
    CHECK(content.count("<message") > 0);
    CHECK_FALSE(content.contains("type=\"unfinished\""));
}
