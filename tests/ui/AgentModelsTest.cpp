// The agent workspace's models under QAbstractItemModelTester, with real demo data.
#include "AgentTestApp.h"
#include "agent/BillTableModel.h"
#include "agent/ContactHistoryModel.h"
#include "agent/TokenTableModel.h"
#include "calls/ContactHistory.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;
using namespace csodesk::ui;

namespace {

const Actor kAgent { 2, AgentTestApp::kAgentName, Role::Agent };

} // namespace

TEST_CASE("The bill table marks estimates, corrections and overdue bills", "[agent][models]")
{
    AgentTestApp app;
    auto lookup = app.lookup->lookup(kAgent, app.demo.estimatedIdpel);
    REQUIRE(lookup.ok());
    BillTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBills(lookup->bills, wibDate(app.clock.nowUtc()));
    REQUIRE(model.rowCount() == int(lookup->bills.size()));
    CHECK(model.columnCount() == BillTableModel::ColumnCount);
    bool sawEstimate = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Bill& bill = lookup->bills.at(row);
        CHECK(model.index(row, BillTableModel::Amount).data().toString() == formatRupiah(bill.total));
        CHECK(model.index(row, BillTableModel::Period).data(BillTableModel::PeriodRole).toString()
            == bill.period.toString());
        if (bill.estimated) {
            sawEstimate = true;
            CHECK(model.index(row, BillTableModel::Remarks).data().toString().contains(QStringLiteral("Taksiran")));
            CHECK(model.index(row, 0).data(BillTableModel::MarkedRole).toBool());
        }
    }
    CHECK(sawEstimate);
    model.clear();
    CHECK(model.rowCount() == 0);

    REQUIRE_FALSE(app.demo.arrearsIdpel.isEmpty());
    auto arrears = app.lookup->lookup(kAgent, app.demo.arrearsIdpel);
    REQUIRE(arrears.ok());
    model.setBills(arrears->bills, wibDate(app.clock.nowUtc()));
    bool sawOverdue = false;
    for (int row = 0; row < model.rowCount(); ++row)
        sawOverdue = sawOverdue
            || model.index(row, BillTableModel::Paid).data().toString().contains(QStringLiteral("lewat jatuh tempo"));
    CHECK(sawOverdue);
}

TEST_CASE("The token table shows purchases with the token masked", "[agent][models]")
{
    AgentTestApp app;
    auto lookup = app.lookup->lookup(kAgent, app.demo.prepaidIdpel);
    REQUIRE(lookup.ok());
    REQUIRE_FALSE(lookup->tokenPurchases.isEmpty());
    TokenTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPurchases(lookup->tokenPurchases);
    CHECK(model.rowCount() == int(lookup->tokenPurchases.size()));
    CHECK(model.index(0, TokenTableModel::Amount).data().toString().startsWith(QStringLiteral("Rp")));
    CHECK(model.index(0, TokenTableModel::Token).data().toString().contains(QStringLiteral("••••")));
    model.clear();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The contact history flags a recent ticket as a repeat contact", "[agent][models]")
{
    AgentTestApp app;
    ContactHistoryModel model(*app.catalogue);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CustomerTicketRef recent;
    recent.ticketNumber = QStringLiteral("K5426112200001");
    recent.kind = QStringLiteral("ISSUE_CLOSED");
    recent.createdAt = app.clock.nowUtc().addDays(-2);
    recent.status = QStringLiteral("closed");
    recent.subIssueTypeId = QStringLiteral("tagihan.mengajukan_berlangganan_invoice");
    recent.summary = QStringLiteral("INFO INVOICE");
    CustomerTicketRef old = recent;
    old.ticketNumber = QStringLiteral("K5426100100001");
    old.createdAt = app.clock.nowUtc().addDays(-50);
    model.setTickets({ recent, old }, app.clock.nowUtc());
    CHECK(model.rowCount() == 2);
    CHECK(model.index(0, ContactHistoryModel::Repeat).data(ContactHistoryModel::RepeatRole).toBool());
    CHECK_FALSE(model.index(1, ContactHistoryModel::Repeat).data(ContactHistoryModel::RepeatRole).toBool());
    CHECK(model.index(0, ContactHistoryModel::SubIssueType).data().toString()
        == app.catalogue->subIssueTypeName(recent.subIssueTypeId));
    CHECK(model.index(0, ContactHistoryModel::Status).data().toString() == QStringLiteral("Selesai"));
    CHECK(model.index(0, ContactHistoryModel::Number).data(Qt::ToolTipRole).toString() == recent.summary);
    CHECK(newestRepeatContact({ recent, old }, app.clock.nowUtc()) == recent.ticketNumber);

    CustomerTicketRef open = old;
    open.kind = QStringLiteral("KELUHAN");
    open.status = QStringLiteral("open"); // an old KELUHAN still open is a repeat too
    model.setTickets({ open }, app.clock.nowUtc());
    CHECK(model.index(0, ContactHistoryModel::Repeat).data(ContactHistoryModel::RepeatRole).toBool());
    CHECK(newestRepeatContact({ open }, app.clock.nowUtc()) == open.ticketNumber);
    CHECK(newestRepeatContact({ old }, app.clock.nowUtc()).isEmpty());
    model.clear();
    CHECK(model.rowCount() == 0);
}
