// Where a handed-over call goes: the agent workspace (at once, or after the sign-in), never
// over a running call, and not to a supervisor, who has no agent workspace.
#include "shell/ScreenPop.h"

#include "AgentTestApp.h"
#include "agent/AgentWorkspace.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/SessionController.h"
#include "shell/WorkspaceRouter.h"
#include "toolkit/Messages.h"

#include <QLineEdit>
#include <QStatusBar>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::ui;
using csodesk::test::AgentTestApp;

namespace {

const IncomingCall kCall { QStringLiteral("0812-3456-789"), QStringLiteral("sip-1") };

QString searchText(const AgentTestApp& app)
{
    return app.window->findChild<QLineEdit*>(QStringLiteral("agentSearch"))->text();
}

} // namespace

TEST_CASE("A call handed over before the sign-in waits and goes to the agent workspace after it", "[screen-pop]")
{
    AgentTestApp app;
    app.startProgram();
    ScreenPop pop(*app.window, *app.session);
    // The search of the number is the workspace's: whatever it asks is answered, never hangs.
    ScopedMessageAnswers answers;

    pop.take(kCall);
    REQUIRE(pop.pending().has_value());
    CHECK(app.window->isVisible());
    CHECK(app.window->statusBar()->currentMessage().contains(kCall.phone));
    CHECK(app.window->statusBar()->currentMessage().contains(QStringLiteral("masuk untuk menerimanya")));

    app.loginWithKeyboard();
    app.settle();
    CHECK_FALSE(pop.pending().has_value());
    REQUIRE(app.workspace() != nullptr);
    CHECK(app.workspace()->isCallActive());
    CHECK(app.workspace()->telephonyCallId() == kCall.callId);
    CHECK(searchText(app) == kCall.phone);
    CHECK(app.window->statusBar()->currentMessage().isEmpty());
}

TEST_CASE("A call for a signed-in agent is taken at once, a second one does not replace it", "[screen-pop]")
{
    AgentTestApp app;
    app.startProgram();
    app.loginWithKeyboard();
    ScreenPop pop(*app.window, *app.session);

    {
        ScopedMessageAnswers searchAnswers; // the workspace's own questions about its search
        pop.take(kCall);
        app.settle();
    }
    REQUIRE(app.workspace()->isCallActive());
    CHECK(app.workspace()->telephonyCallId() == kCall.callId);

    ScopedMessageAnswers answers({ QMessageBox::Ok });
    const IncomingCall second { QStringLiteral("+62 811 000"), QStringLiteral("sip-2") };
    pop.take(second);
    app.settle();
    REQUIRE(answers.asked().size() == 1);
    CHECK(answers.asked().first().text.contains(second.phone));
    CHECK(answers.asked().first().text.contains(QStringLiteral("Panggilan sebelumnya masih terbuka")));
    CHECK(app.workspace()->telephonyCallId() == kCall.callId); // the running call is untouched
    CHECK(searchText(app) == kCall.phone);
    CHECK_FALSE(pop.pending().has_value());
}

TEST_CASE("A supervisor gets a status-bar line instead of a screen pop", "[screen-pop]")
{
    test::TempSettings temp;
    test::FakeAuthenticator authenticator;
    BackgroundRunner runner;
    WorkspaceRouter router;
    router.registerFactory(WorkspaceKind::SupervisorConsole, [](const Actor&, QWidget* parent) {
        auto* console = new QWidget(parent);
        console->setObjectName(QStringLiteral("supervisorConsole"));
        return console;
    });
    MainWindow window(temp.settings(), QStringLiteral("sqlite:/tmp/pop.db"), runner);
    SessionController session(window, authenticator, router, temp.settings(), runner);
    ScreenPop pop(window, session);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    pop.take(kCall); // before the sign-in: kept
    REQUIRE(pop.pending().has_value());

    authenticator.answer(test::actor(3, QStringLiteral("spv1"), Role::Supervisor));
    session.startLogin();
    REQUIRE(test::activate(session.loginDialog()));
    test::typeText(QStringLiteral("spv1"));
    test::press(Qt::Key_Tab);
    test::typeText(QStringLiteral("pw"));
    test::press(Qt::Key_Return);
    test::finishBackgroundWork(runner);
    QCoreApplication::processEvents();
    REQUIRE(window.workspace() != nullptr);

    CHECK_FALSE(pop.pending().has_value());
    const QString message = window.statusBar()->currentMessage();
    CHECK(message.contains(kCall.phone));
    CHECK(message.contains(QStringLiteral("tidak memiliki ruang kerja agen")));
}
