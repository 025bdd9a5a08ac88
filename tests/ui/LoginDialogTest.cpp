#include "shell/LoginDialog.h"

#include "UiTestSupport.h"
#include "preferences/WindowMemory.h"

#include <QLabel>
#include <QLineEdit>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::ui;
using csodesk::test::press;
using csodesk::test::typeText;

namespace {

struct LoginFixture {
    test::TempSettings temp;
    test::FakeAuthenticator authenticator;
    BackgroundRunner runner;

    std::unique_ptr<LoginDialog> open()
    {
        auto dialog
            = std::make_unique<LoginDialog>(authenticator, runner, temp.settings(), QStringLiteral("sqlite:/tmp/x.db"));
        dialog->show();
        REQUIRE(QTest::qWaitForWindowActive(dialog.get()));
        return dialog;
    }
};

QLineEdit* field(const LoginDialog& dialog, const char* name)
{
    return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
}

} // namespace

TEST_CASE("Login with the keyboard only: name, Tab, password, Enter", "[login]")
{
    LoginFixture f;
    f.authenticator.answer(test::actor(7, QStringLiteral("budi"), Role::Agent));
    auto dialog = f.open();
    CHECK(test::focused() == field(*dialog, "loginUserName"));

    typeText(QStringLiteral("budi"));
    press(Qt::Key_Tab);
    CHECK(test::focused() == field(*dialog, "loginPassword"));
    typeText(QStringLiteral("rahasia-123"));
    press(Qt::Key_Return);
    test::finishBackgroundWork(f.runner);

    REQUIRE(f.authenticator.calls().size() == 1);
    CHECK(f.authenticator.calls().front().first == QStringLiteral("budi"));
    CHECK(f.authenticator.calls().front().second == QStringLiteral("rahasia-123"));
    CHECK(dialog->result() == QDialog::Accepted);
    REQUIRE(dialog->actor().has_value());
    CHECK(dialog->actor()->userId == 7);
    CHECK(ui::WindowMemory(f.temp.settings()).lastUserName() == QStringLiteral("budi"));
    CHECK(field(*dialog, "loginPassword")->text().isEmpty());
}

TEST_CASE("The last user is filled in, so the password is the only thing to type", "[login]")
{
    LoginFixture f;
    ui::WindowMemory(f.temp.settings()).setLastUserName(QStringLiteral("siti"));
    f.authenticator.answer(test::actor(3, QStringLiteral("siti"), Role::Supervisor));
    auto dialog = f.open();
    CHECK(field(*dialog, "loginUserName")->text() == QStringLiteral("siti"));
    CHECK(test::focused() == field(*dialog, "loginPassword"));
    typeText(QStringLiteral("pw"));
    press(Qt::Key_Enter);
    test::finishBackgroundWork(f.runner);
    CHECK(dialog->result() == QDialog::Accepted);
}

TEST_CASE("A refused login shows the service's message and asks for the password again", "[login]")
{
    LoginFixture f;
    const QString wrong = QStringLiteral("Nama pengguna atau kata sandi salah.");
    f.authenticator.answer(makeError(ErrorKind::InvalidInput, wrong));
    auto dialog = f.open();
    typeText(QStringLiteral("budi"));
    press(Qt::Key_Tab);
    typeText(QStringLiteral("salah"));
    press(Qt::Key_Return);
    test::finishBackgroundWork(f.runner);

    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->actor().has_value());
    CHECK(dialog->message() == wrong);
    CHECK(field(*dialog, "loginPassword")->text().isEmpty());
    CHECK(test::focused() == field(*dialog, "loginPassword"));
    CHECK(ui::WindowMemory(f.temp.settings()).lastUserName().isEmpty());

    // Typing again clears the old message.
    typeText(QStringLiteral("x"));
    CHECK(dialog->message().isEmpty());

    SECTION("an unreachable database and a locked account are shown the same way")
    {
        const QString down
            = QStringLiteral("Basis data tidak dapat dihubungi. Periksa jaringan atau server, lalu coba lagi.");
        f.authenticator.answer(makeError(ErrorKind::Unavailable, down));
        press(Qt::Key_Return);
        test::finishBackgroundWork(f.runner);
        CHECK(dialog->message() == down);
        CHECK(dialog->isVisible());
    }
}

TEST_CASE("Missing name or password is explained without asking the service", "[login]")
{
    LoginFixture f;
    auto dialog = f.open();
    press(Qt::Key_Return);
    CHECK(dialog->message() == QStringLiteral("Isi nama pengguna."));
    CHECK(test::focused() == field(*dialog, "loginUserName"));
    typeText(QStringLiteral("budi"));
    press(Qt::Key_Return);
    CHECK(dialog->message() == QStringLiteral("Isi kata sandi."));
    CHECK(test::focused() == field(*dialog, "loginPassword"));
    CHECK(f.authenticator.calls().isEmpty());
}

TEST_CASE("Escape cancels, and an answer arriving after that is ignored", "[login]")
{
    LoginFixture f;
    f.authenticator.answer(test::actor(7, QStringLiteral("budi"), Role::Agent));
    auto dialog = f.open();
    typeText(QStringLiteral("budi"));
    press(Qt::Key_Tab);
    typeText(QStringLiteral("pw"));
    press(Qt::Key_Return);
    press(Qt::Key_Escape);
    test::finishBackgroundWork(f.runner);
    CHECK(dialog->result() == QDialog::Rejected);
    CHECK_FALSE(dialog->isVisible());
    CHECK(ui::WindowMemory(f.temp.settings()).lastUserName().isEmpty());
}
