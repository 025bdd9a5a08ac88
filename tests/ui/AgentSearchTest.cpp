// Finding the caller without an IDPEL in the agent workspace: by name and address, by phone,
// and picking one of several by keyboard.
#include "AgentTestApp.h"
#include "AgentWidgets.h"
#include "agent/AgentWorkspace.h"
#include "agent/CustomerPickList.h"
#include "customers/CustomerWriter.h"
#include "shell/MainWindow.h"
#include "storage/SqlQuery.h"
#include "toolkit/Messages.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;
using csodesk::ui::ScopedMessageAnswers;

namespace {

// Two customers of one name in one town, a third elsewhere: the caller must be picked.
void addNamesakes(AgentTestApp& app)
{
    auto written = app.database->write([](QSqlDatabase& db) -> Status {
        auto writer = CustomerWriter::prepare(db);
        if (!writer.ok())
            return writer.error();
        auto ulp = execQuery(db, QStringLiteral("SELECT code FROM units WHERE level = 'ulp' ORDER BY code LIMIT 1"));
        if (!ulp.ok())
            return ulp.error();
        ulp->next();
        const QString ulpCode = ulp->value(0).toString();
        const QList<std::pair<const char*, const char*>> people {
            { "547100000901", "Jl. Mawar No. 12, RT 03/RW 04, Sukajadi, Bandung, Jawa Barat" },
            { "547100000902", "Jl. Melati No. 8, RT 01/RW 02, Sukajadi, Bandung, Jawa Barat" },
            { "547100000903", "Jl. Kenanga No. 7, Batu Merah, Ambon, Maluku" },
        };
        int n = 0;
        for (const auto& [idpel, address] : people) {
            Customer c;
            c.idpel = QString::fromLatin1(idpel);
            c.name = QStringLiteral("Neneng Wirjosandjojo");
            c.address = QString::fromLatin1(address);
            c.phone = QStringLiteral("08139000000%1").arg(++n);
            c.tariffClass = QStringLiteral("R1");
            c.powerVa = 1300;
            c.ulpCode = ulpCode;
            if (auto s = writer->upsertCustomer(c); !s.ok())
                return s;
        }
        return {};
    });
    REQUIRE(written.ok());
}

} // namespace

TEST_CASE("A caller without an IDPEL is found by name and picked from the list by keyboard", "[agent][search]")
{
    AgentTestApp app;
    ScopedMessageAnswers answers;
    app.startProgram();
    app.loginWithKeyboard();
    addNamesakes(app);

    app.resetKeyCount();
    app.type(QStringLiteral("wirjosandjojo neneng"));
    CHECK(labelText(app, "agentSearchProblem").contains(QStringLiteral("Nama/alamat")));
    app.press(Qt::Key_Return);
    app.settle();
    auto* pick = child<ui::CustomerPickList>(app, "agentPickList");
    REQUIRE(pick->isVisible());
    CHECK(pick->count() == 3);
    CHECK(app.workspace()->isCallActive()); // the search started the call
    auto* view = child<QTableView>(app, "agentPickView");
    CHECK(view->hasFocus());
    // The list shows no house number and no whole phone number.
    const QString firstAddress = view->model()->index(0, 2).data().toString();
    CHECK_FALSE(firstAddress.contains(QStringLiteral("12")));
    CHECK_FALSE(view->model()->index(0, 3).data().toString().contains(QStringLiteral("9000000")));

    // The caller lives in Jl. Melati: the second row, by its number key.
    int melati = -1;
    for (int row = 0; row < pick->count(); ++row) {
        if (view->model()->index(row, 2).data().toString().contains(QStringLiteral("Melati")))
            melati = row;
    }
    REQUIRE(melati >= 0);
    app.press(Qt::Key(Qt::Key_1 + melati));
    app.settle();
    CHECK_FALSE(pick->isVisible());
    CHECK(app.workspace()->call().customerIdpel == QStringLiteral("547100000902"));
    CHECK(labelText(app, "agentCustomerName").contains(QStringLiteral("Neneng Wirjosandjojo")));
    // docs/agent-guide.md: a name search costs one key more than an IDPEL (Enter, the number).
    CHECK(app.keyPresses() == 2);

    // Back to the list and the other way of choosing: arrows and Enter; Esc returns to search.
    app.press(Qt::Key_F2);
    app.type(QStringLiteral("wirjosandjojo sukajadi"));
    app.press(Qt::Key_Return);
    app.settle();
    REQUIRE(pick->isVisible());
    CHECK(pick->count() == 2);
    app.press(Qt::Key_Escape);
    CHECK_FALSE(pick->isVisible());
    CHECK(child<QLineEdit>(app, "agentSearch")->hasFocus());
    app.press(Qt::Key_Return);
    app.settle();
    REQUIRE(pick->isVisible());
    app.press(Qt::Key_Down);
    app.press(Qt::Key_Return);
    app.settle();
    CHECK_FALSE(pick->isVisible());
    CHECK(app.workspace()->call().customerIdpel.startsWith(QStringLiteral("5471000009")));
}

TEST_CASE("A phone number opens its one customer at once, and a search that finds nobody says so", "[agent][search]")
{
    AgentTestApp app;
    ScopedMessageAnswers answers;
    app.startProgram();
    app.loginWithKeyboard();
    addNamesakes(app);

    app.resetKeyCount();
    app.type(QStringLiteral("+62 813 9000 0003"));
    CHECK(labelText(app, "agentSearchProblem").contains(QStringLiteral("telepon")));
    app.press(Qt::Key_Return);
    app.settle();
    CHECK_FALSE(child<ui::CustomerPickList>(app, "agentPickList")->isVisible());
    CHECK(app.workspace()->call().customerIdpel == QStringLiteral("547100000903"));
    CHECK(app.keyPresses() == 1); // one customer has the number: Enter opens it

    app.press(Qt::Key_F2);
    app.type(QStringLiteral("Wijayakusuma"));
    app.press(Qt::Key_Return);
    app.settle();
    CHECK(labelText(app, "agentCustomerName") == QStringLiteral("Tidak ada pelanggan yang cocok"));
    CHECK(child<QLineEdit>(app, "agentSearch")->hasFocus());
}

TEST_CASE("A number handed over by the telephony is searched like a typed one", "[agent][search]")
{
    AgentTestApp app;
    ScopedMessageAnswers answers;
    app.startProgram();
    app.loginWithKeyboard();
    addNamesakes(app);
    app.workspace()->takeIncomingCall(QStringLiteral("6281390000001"), QStringLiteral("sip-42"));
    app.settle();
    CHECK(app.workspace()->isCallActive());
    CHECK(app.workspace()->telephonyCallId() == QStringLiteral("sip-42"));
    CHECK(app.workspace()->call().customerIdpel == QStringLiteral("547100000901"));
}
