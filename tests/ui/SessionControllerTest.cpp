#include "shell/SessionController.h"

#include "UiTestSupport.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceRouter.h"
#include "toolkit/Messages.h"

#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::ui;
using csodesk::test::press;
using csodesk::test::typeText;

namespace {

// Stands in for a workspace in these routing tests: a widget that records who it was made
// for and can refuse to close (as a workspace with a call in progress does).
class RecordingWorkspace : public QWidget {
public:
    RecordingWorkspace(const QString& kind, const Actor& actor, QWidget* parent)
        : QWidget(parent)
    {
        setObjectName(kind);
        m_userName = actor.userName;
    }
    bool refuseClose = false;
    QString m_userName;

protected:
    void closeEvent(QCloseEvent* event) override
    {
        if (refuseClose)
            event->ignore();
        else
            event->accept();
    }
};

struct SessionFixture {
    test::TempSettings temp;
    test::FakeAuthenticator authenticator;
    BackgroundRunner runner;
    WorkspaceRouter router;
    MainWindow window { temp.settings(), QStringLiteral("sqlite:/tmp/sesi.db"), runner };
    SessionController session { window, authenticator, router, temp.settings(), runner };

    SessionFixture()
    {
        router.registerFactory(WorkspaceKind::AgentWorkspace, [](const Actor& a, QWidget* parent) {
            return new RecordingWorkspace(QStringLiteral("agentWorkspace"), a, parent);
        });
        router.registerFactory(WorkspaceKind::SupervisorConsole, [](const Actor& a, QWidget* parent) {
            return new RecordingWorkspace(QStringLiteral("supervisorConsole"), a, parent);
        });
        window.show();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    void loginWithKeyboard(const Actor& who)
    {
        authenticator.answer(who);
        session.startLogin();
        LoginDialog* dialog = session.loginDialog();
        REQUIRE(dialog != nullptr);
        REQUIRE(test::activate(dialog));
        typeText(who.userName);
        press(Qt::Key_Tab);
        typeText(QStringLiteral("kata-sandi"));
        press(Qt::Key_Return);
        test::finishBackgroundWork(runner);
        REQUIRE(authenticator.calls().size() == 1);
    }
};

} // namespace

TEST_CASE("Routing by role: agents get the agent workspace, supervisors and admins the console", "[session]")
{
    CHECK(workspaceKindFor(Role::Agent) == WorkspaceKind::AgentWorkspace);
    CHECK(workspaceKindFor(Role::Supervisor) == WorkspaceKind::SupervisorConsole);
    CHECK(workspaceKindFor(Role::Admin) == WorkspaceKind::SupervisorConsole);

    const auto [role, expected] = GENERATE(table<Role, const char*>({ { Role::Agent, "agentWorkspace" },
        { Role::Supervisor, "supervisorConsole" }, { Role::Admin, "supervisorConsole" } }));
    SessionFixture f;
    f.loginWithKeyboard(test::actor(11, QStringLiteral("dewi"), role));

    REQUIRE(f.window.workspace() != nullptr);
    CHECK(f.window.workspace()->objectName() == QString::fromLatin1(expected));
    CHECK(f.window.centralWidget()->isAncestorOf(f.window.workspace()));
    REQUIRE(f.session.actor().has_value());
    CHECK(f.session.actor()->userId == 11);
    CHECK(f.window.windowTitle().contains(QStringLiteral("dewi")));
    CHECK(f.window.windowTitle().contains(QStringLiteral("sqlite:/tmp/sesi.db")));
    CHECK(f.window.findChild<QLabel*>(QStringLiteral("statusUser"))->text().contains(QStringLiteral("dewi")));
}

TEST_CASE("An agent's login never builds the console", "[session]")
{
    SessionFixture f;
    f.loginWithKeyboard(test::actor(5, QStringLiteral("andi"), Role::Agent));
    CHECK(f.window.findChild<QWidget*>(QStringLiteral("supervisorConsole")) == nullptr);
}

TEST_CASE("A role without a workspace in this build is an error, and nobody is logged in", "[session]")
{
    test::TempSettings temp;
    test::FakeAuthenticator authenticator;
    BackgroundRunner runner;
    WorkspaceRouter router; // nothing registered
    MainWindow window(temp.settings(), QStringLiteral("sqlite:/tmp/x.db"), runner);
    SessionController session(window, authenticator, router, temp.settings(), runner);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    ScopedMessageAnswers answers({ QMessageBox::Ok });
    authenticator.answer(test::actor(1, QStringLiteral("admin"), Role::Admin));
    session.startLogin();
    REQUIRE(test::activate(session.loginDialog()));
    typeText(QStringLiteral("admin"));
    press(Qt::Key_Tab);
    typeText(QStringLiteral("pw"));
    press(Qt::Key_Return);
    test::finishBackgroundWork(runner);

    REQUIRE(answers.asked().size() == 1);
    CHECK(answers.asked().front().text.contains(QStringLiteral("Admin")));
    CHECK_FALSE(session.actor().has_value());
    CHECK(window.workspace() == nullptr);
}

TEST_CASE("Logging out returns to the signed-out page unless the workspace refuses", "[session]")
{
    SessionFixture f;
    f.loginWithKeyboard(test::actor(11, QStringLiteral("dewi"), Role::Agent));
    auto* workspace = static_cast<RecordingWorkspace*>(f.window.workspace());
    REQUIRE(workspace != nullptr);

    workspace->refuseClose = true; // a call in progress, and the agent said "Tidak"
    CHECK_FALSE(f.session.logout());
    CHECK(f.session.actor().has_value());
    CHECK(f.window.workspace() == workspace);

    workspace->refuseClose = false;
    f.window.logoutAction()->trigger();
    CHECK_FALSE(f.session.actor().has_value());
    CHECK(f.window.workspace() == nullptr);
    CHECK(f.window.windowTitle() == QStringLiteral("csodesk — sqlite:/tmp/sesi.db"));
    CHECK_FALSE(f.window.logoutAction()->isEnabled());

    SECTION("and the next login fills in the last user")
    {
        f.session.startLogin();
        REQUIRE(test::activate(f.session.loginDialog()));
        CHECK(test::focused()->objectName() == QStringLiteral("loginPassword"));
    }
}

TEST_CASE(
    "When the database stops letting the person in, the session ends with the reason and sign-in opens", "[session]")
{
    SessionFixture f;
    f.loginWithKeyboard(test::actor(12, QStringLiteral("agen7"), Role::Agent));
    auto* workspace = dynamic_cast<RecordingWorkspace*>(f.window.workspace());
    REQUIRE(workspace != nullptr);
    workspace->refuseClose = true; // a call in progress: the database's word overrides it
    bool loggedOut = false;
    QObject::connect(&f.session, &SessionController::loggedOut, [&loggedOut] { loggedOut = true; });

    ScopedMessageAnswers answers({ QMessageBox::Ok });
    const Error disabled = makeError(ErrorKind::PermissionDenied,
        QStringLiteral("Akun ini tidak boleh masuk ke basis data (dinonaktifkan). Hubungi admin."),
        QStringLiteral("role is not permitted to log in"));
    f.session.endSession(disabled);
    CHECK_FALSE(f.session.actor().has_value());
    CHECK(f.window.workspace() == nullptr);
    CHECK(loggedOut);
    REQUIRE(answers.asked().size() == 1);
    CHECK(answers.asked().constFirst().text.contains(QStringLiteral("dinonaktifkan")));
    CHECK(f.session.loginDialog() != nullptr);

    // Every later failing call reports the same: the session is ended once.
    f.session.endSession(disabled);
    CHECK(answers.asked().size() == 1);
    if (LoginDialog* dialog = f.session.loginDialog())
        dialog->reject();
}
