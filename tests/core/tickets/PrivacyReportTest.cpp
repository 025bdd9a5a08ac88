// The data subject's access report on both dialects; on PostgreSQL the admin is a floor's own
// login, so every read goes through the floor's audited functions and row-level security.
#include "privacy/PrivacyReport.h"

#include "TicketFixtures.h"
#include "customers/CustomerLookupService.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("The privacy report holds the customer's record, tickets and access log, for an admin", "[privacy]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    const QString idpel = QStringLiteral("541100000001");
    const Ticket filed = w.file(w.agent, keluhanDraft(idpel), 200);
    REQUIRE(w.ticketsOf(w.supervisor).annotate(w.supervisor, filed.number, QStringLiteral("ditinjau")).ok());
    (void)w.file(w.agent, issueClosedDraft(QStringLiteral("541100000002")), 60); // someone else's

    const auto reportAs = [&w, &idpel](const Actor& actor) {
        CustomerLookupService lookups(w.dbOf(actor), w.clock);
        PrivacyReport report(lookups, w.queriesOf(actor), w.auditOf(actor), w.clock);
        return report.build(actor, idpel);
    };
    for (const Actor* notAdmin : { &w.agent, &w.supervisor }) {
        auto refused = reportAs(*notAdmin);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::PermissionDenied);
    }

    auto built = reportAs(w.admin);
    REQUIRE(built.ok());
    const QJsonObject report = built.value();
    CHECK(report.value(QStringLiteral("customer")).toObject().value(QStringLiteral("idpel")).toString() == idpel);
    CHECK(report.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString()
        == fixtureCustomer(idpel).name);
    const QJsonArray tickets = report.value(QStringLiteral("tickets")).toArray();
    REQUIRE(tickets.size() == 1);
    const QJsonObject ticket = tickets.first().toObject();
    CHECK(ticket.value(QStringLiteral("number")).toString() == filed.number);
    CHECK(ticket.value(QStringLiteral("events")).toArray().size() == 1);
    // Filing for the customer is in their access log; the report's own look-up is not.
    bool filingListed = false;
    for (const QJsonValue entry : report.value(QStringLiteral("access_log")).toArray()) {
        const QJsonObject row = entry.toObject();
        CHECK(row.value(QStringLiteral("actor")).toString() != w.admin.userName);
        filingListed = filingListed || row.value(QStringLiteral("action")).toString() == AuditAction::FileTicket;
    }
    CHECK(filingListed);

    // The report itself is recorded.
    AuditFilter exports;
    exports.action = AuditAction::Export;
    exports.actor = w.admin.userName;
    auto recorded = w.auditOf(w.admin).query(exports);
    REQUIRE(recorded.ok());
    REQUIRE(recorded->size() == 1);
    CHECK(recorded->first().detail.contains(QStringLiteral("privacy report")));
}
