#include "preferences/SettingsDialog.h"

#include "UiTestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::ui;

namespace {

template <typename T> T* child(const QWidget& parent, const char* name)
{
    auto* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

void replaceText(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    // QTest types ASCII only; other characters arrive as an input method would deliver them.
    bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

} // namespace

TEST_CASE("Settings shows the stored values", "[settings]")
{
    test::TempSettings temp;
    temp.settings().setLanguage(QStringLiteral("en"));
    temp.settings().setDatabaseUrl(QStringLiteral("postgresql://cso@db.local:5432/csodesk"));
    temp.settings().setSiteCode(QStringLiteral("31"));
    temp.settings().setLogLevel(QStringLiteral("debug"));
    SettingsDialog dialog(temp.settings());
    CHECK(child<QComboBox>(dialog, "settingsLanguage")->currentData().toString() == QStringLiteral("en"));
    CHECK(child<QLineEdit>(dialog, "settingsDatabaseUrl")->text()
        == QStringLiteral("postgresql://cso@db.local:5432/csodesk"));
    CHECK(child<QLineEdit>(dialog, "settingsSiteCode")->text() == QStringLiteral("31"));
    CHECK(child<QComboBox>(dialog, "settingsLogLevel")->currentData().toString() == QStringLiteral("debug"));
    CHECK(dialog.isInputValid());
}

TEST_CASE("A wrong database URL is explained as it is typed and cannot be saved", "[settings]")
{
    test::TempSettings temp;
    SettingsDialog dialog(temp.settings());
    dialog.show();
    auto* url = child<QLineEdit>(dialog, "settingsDatabaseUrl");
    auto* problem = child<QLabel>(dialog, "settingsDatabaseProblem");
    auto* save = child<QPushButton>(dialog, "settingsSaveButton");

    replaceText(url, QStringLiteral("mysql://db/csodesk"));
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("harus diawali sqlite: atau postgresql://")));
    CHECK_FALSE(save->isEnabled());
    QTest::keyClick(url, Qt::Key_Return); // Enter must not save a wrong value
    CHECK(dialog.isVisible());
    CHECK(temp.settings().databaseUrl().isEmpty());

    replaceText(url, QStringLiteral("postgresql://server/"));
    CHECK(problem->text().contains(QStringLiteral("nama basis data tidak ada")));

    replaceText(url, QStringLiteral("postgresql://cso@db.local:5432/csodesk"));
    CHECK_FALSE(problem->isVisible());
    CHECK(save->isEnabled());

    // A floor workstation's URL: two servers, TLS verified against the floor's CA, no login.
    replaceText(url,
        QStringLiteral("postgresql://db1.pln:5432,db2.pln:5432/csodesk?target_session_attrs=read-write"
                       "&sslmode=verify-full&sslrootcert=/etc/csodesk/ca.crt"));
    CHECK_FALSE(problem->isVisible());
    CHECK(save->isEnabled());

    // A password would be saved in a plain settings file: refused, and not shown back.
    replaceText(url, QStringLiteral("postgresql://owner:Rahasia-Sekali@db.local/csodesk"));
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(QStringLiteral("kata sandi tidak pernah disimpan")));
    CHECK_FALSE(problem->text().contains(QStringLiteral("Rahasia")));
    CHECK_FALSE(save->isEnabled());
    replaceText(url, QStringLiteral("postgresql://db.local/csodesk?sslmod=require"));
    CHECK(problem->text().contains(QStringLiteral("\"sslmod\"")));
    replaceText(url, QStringLiteral("postgresql://cso@db.local:5432/csodesk"));

    SECTION("empty means the built-in file and is allowed")
    {
        replaceText(url, QString());
        CHECK_FALSE(problem->isVisible());
        CHECK(save->isEnabled());
    }
}

TEST_CASE("The site code must be exactly two digits", "[settings]")
{
    test::TempSettings temp;
    SettingsDialog dialog(temp.settings());
    dialog.show();
    auto* site = child<QLineEdit>(dialog, "settingsSiteCode");
    auto* problem = child<QLabel>(dialog, "settingsSiteCodeProblem");
    auto* save = child<QPushButton>(dialog, "settingsSaveButton");

    const auto [typed, acceptable] = GENERATE(table<const char*, bool>({ { "54", true }, { "00", true }, { "5", false },
        { "5a", false }, { "", false }, { " 7", false }, { "٥٤", false } }));
    replaceText(site, QString::fromUtf8(typed));
    CHECK(problem->isVisible() == !acceptable);
    CHECK(save->isEnabled() == acceptable);
}

TEST_CASE("Saving writes every field through Settings", "[settings]")
{
    test::TempSettings temp;
    SettingsDialog dialog(temp.settings());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    auto* language = child<QComboBox>(dialog, "settingsLanguage");
    CHECK(QApplication::focusWidget() == language); // the first field has the focus
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    replaceText(child<QLineEdit>(dialog, "settingsDatabaseUrl"), QStringLiteral("sqlite:/srv/csodesk/data.db"));
    replaceText(child<QLineEdit>(dialog, "settingsSiteCode"), QStringLiteral("12"));
    auto* level = child<QComboBox>(dialog, "settingsLogLevel");
    level->setCurrentIndex(level->findData(QStringLiteral("warn")));
    auto* idle = child<QSpinBox>(dialog, "settingsIdleLock");
    CHECK(idle->value() == 10); // the default
    idle->setValue(5);
    QTest::keyClick(child<QLineEdit>(dialog, "settingsSiteCode"), Qt::Key_Return);

    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(temp.settings().language() == QStringLiteral("en"));
    CHECK(temp.settings().databaseUrl() == QStringLiteral("sqlite:/srv/csodesk/data.db"));
    CHECK(temp.settings().siteCode() == QStringLiteral("12"));
    CHECK(temp.settings().logLevel() == QStringLiteral("warn"));
    CHECK(temp.settings().idleLockMinutes() == 5);
}

TEST_CASE("Cancel leaves the settings alone", "[settings]")
{
    test::TempSettings temp;
    SettingsDialog dialog(temp.settings());
    dialog.show();
    replaceText(child<QLineEdit>(dialog, "settingsSiteCode"), QStringLiteral("99"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(temp.settings().siteCode() == QStringLiteral("54"));
}
