#include "audit/AuditLog.h"

#include "../tickets/TicketFixtures.h"
#include "customers/CustomerLookupService.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("The audit log records who processed whose data, and cannot be rewritten", "[storage][audit]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect); // on PostgreSQL: a floor, each person at their own login
    // What this test wrote, as a supervisor reads it (a floor's set-up and sign-ins are on record too).
    auto written = [&w](AuditFilter filter) {
        auto entries = w.auditOf(w.supervisor).query(filter);
        REQUIRE(entries.ok());
        entries->removeIf([](const AuditEntry& entry) {
            return entry.action != AuditAction::Lookup && entry.action != AuditAction::Export;
        });
        return entries.value();
    };

    const QDateTime lookedUpAt = w.clock.nowUtc();
    REQUIRE(CustomerLookupService(w.dbOf(w.agent), w.clock).lookup(w.agent, QStringLiteral("541100000123")).ok());
    w.clock.advanceSeconds(60);
    REQUIRE(w.auditOf(w.supervisor)
                .record(w.supervisor.userName, AuditAction::Export, {}, QStringLiteral("tickets 2026-11"))
                .ok());

    const QList<AuditEntry> all = written({});
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).actor == w.supervisor.userName); // newest first
    CHECK(all.at(1).actor == w.agent.userName);
    CHECK(all.at(1).customerIdpel == QStringLiteral("541100000123"));
    CHECK(all.at(1).at == lookedUpAt);

    AuditFilter byCustomer;
    byCustomer.customerIdpel = QStringLiteral("541100000123");
    CHECK(written(byCustomer).size() == 1);

    // Nobody rewrites it: not the schema owner (triggers), not a person (no privilege).
    for (Database* database : { &w.owner(), &w.dbOf(w.agent), &w.dbOf(w.supervisor), &w.dbOf(w.admin) }) {
        auto conn = database->connection();
        REQUIRE(conn.ok());
        CHECK_FALSE(
            execQuery(conn.value(), QStringLiteral("UPDATE audit_log SET actor = ?"), { QStringLiteral("x") }).ok());
        CHECK_FALSE(execQuery(conn.value(), QStringLiteral("DELETE FROM audit_log")).ok());
    }
    CHECK(written({}).size() == 2);
}
