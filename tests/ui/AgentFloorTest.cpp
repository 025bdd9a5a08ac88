// The desktop on a PostgreSQL floor: the agent signs in through the login dialog as their own
// database login, looks a customer up and files a ticket with the keyboard, and the database
// records all of it as that login (migration 005). The same windows as on SQLite.
#include "AgentKeyboard.h"
#include "AgentTestApp.h"
#include "TestDatabase.h"
#include "TestFloor.h"
#include "agent/AgentWorkspace.h"
#include "shell/IdleWatcher.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/SessionController.h"
#include "sop/SopPaths.h"
#include "storage/SqlQuery.h"
#include "toolkit/Messages.h"

#include <QLabel>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("On a floor the agent signs in as their own login, looks up and files through the database",
    "[agent][floor][postgresql]")
{
    if (!postgresAvailable())
        return;
    SystemClock realTime;
    auto test = TestDatabase::create("postgresql", true);
    TestFloor floor(test->db(), realTime);
    const QString login = floor.addPerson(QStringLiteral("agen"), Role::Agent);
    auto people = Database::open(floor.url());
    REQUIRE(people.ok());
    const auto ownerSays = [&](const QString& sql, const QVariantList& values) {
        auto value = test->db().read([&](QSqlDatabase& db) { return queryScalar(db, sql, values); });
        REQUIRE(value.ok());
        return value->toString();
    };
    {
        AgentTestApp app(test->db(), people.value(), login, TestFloor::password(), QDateTime::currentDateTimeUtc());
        app.startProgram();
        app.loginWithKeyboard();
        CHECK(app.database->loginName() == login);

        app.type(app.demo.arrearsIdpel);
        app.press(Qt::Key_Return);
        auto* paymentType = app.window->findChild<QLabel*>(QStringLiteral("agentCustomerPaymentType"));
        REQUIRE(paymentType != nullptr);
        CHECK(paymentType->text().contains(QStringLiteral("Pascabayar")));
        auto* bills = app.window->findChild<QTableView*>(QStringLiteral("agentBills"));
        REQUIRE(bills != nullptr);
        CHECK(bills->model()->rowCount() == 12);
        CHECK(ownerSays(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'lookup' AND customer_idpel = ?"),
                  { app.demo.arrearsIdpel })
            == login);

        // A whole SOP path with the keyboard, filed with Ctrl+Enter.
        const auto documents = app.sops->effectiveOn(wibDate(app.clock.nowUtc()));
        REQUIRE_FALSE(documents.isEmpty());
        const SopDocument& document = *documents.first();
        const SopPath path = enumerateSopPaths(document).first();
        app.press(Qt::Key_F2);
        walkPathWithKeyboard(app, document, 1, path, app.demo.arrearsIdpel);
        app.press(Qt::Key_Return, Qt::ControlModifier);
        const QString number = app.workspace()->lastTicketNumber();
        REQUIRE_FALSE(number.isEmpty());
        CHECK(ownerSays(QStringLiteral("SELECT agent_name FROM tickets WHERE number = ?"), { number }) == login);
        CHECK(ownerSays(
                  QStringLiteral("SELECT actor FROM audit_log WHERE action = 'file_ticket' AND detail = ?"), { number })
            == login);
    }
}

TEST_CASE("On a floor the idle lock signs the login out and back in, and the call goes on as that login",
    "[agent][floor][postgresql][idle]")
{
    if (!postgresAvailable())
        return;
    SystemClock realTime;
    auto test = TestDatabase::create("postgresql", true);
    TestFloor floor(test->db(), realTime);
    const QString login = floor.addPerson(QStringLiteral("agen"), Role::Agent);
    auto people = Database::open(floor.url());
    REQUIRE(people.ok());
    AgentTestApp app(test->db(), people.value(), login, TestFloor::password(), QDateTime::currentDateTimeUtc());
    app.startProgram();
    app.loginWithKeyboard();
    REQUIRE(app.database->loginName() == login);

    const auto documents = app.sops->effectiveOn(wibDate(app.clock.nowUtc()));
    REQUIRE_FALSE(documents.isEmpty());
    const SopDocument& document = *documents.first();
    const SopPath path = enumerateSopPaths(document).first();
    app.type(app.demo.arrearsIdpel);
    app.press(Qt::Key_Return);
    app.press(Qt::Key_F2);
    walkPathWithKeyboard(app, document, 1, path, app.demo.arrearsIdpel);
    const QString requestId = app.workspace()->call().clientRequestId;

    app.session->idleWatcher().expire();
    app.settle();
    CHECK(app.workspace() == nullptr);
    REQUIRE(app.session->loginDialog() != nullptr);
    {
        ui::ScopedMessageAnswers answers({ QMessageBox::Yes }); // take the call up again
        app.loginWithKeyboard();
        CHECK(answers.asked().size() == 1);
    }
    REQUIRE(app.workspace() != nullptr);
    CHECK(app.database->loginName() == login);
    CHECK(app.workspace()->call().clientRequestId == requestId);
    app.press(Qt::Key_Return, Qt::ControlModifier);
    const QString number = app.workspace()->lastTicketNumber();
    REQUIRE_FALSE(number.isEmpty());
    auto filedBy = test->db().read([&](QSqlDatabase& db) {
        return queryScalar(db, QStringLiteral("SELECT agent_name FROM tickets WHERE number = ?"), { number });
    });
    REQUIRE(filedBy.ok());
    CHECK(filedBy->toString() == login);
}
