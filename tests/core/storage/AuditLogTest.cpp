#include "audit/AuditLog.h"

#include "TestDatabase.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("The audit log records who processed whose data, and cannot be rewritten", "[storage][audit]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect, true);
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC));
    AuditLog audit(test->db(), clock);

    const Status recorded = audit.record(QStringLiteral("agent1"), AuditAction::Lookup, QStringLiteral("541100000123"));
    INFO((recorded.ok() ? QString() : recorded.error().detail).toStdString());
    REQUIRE(recorded.ok());
    clock.advanceSeconds(60);
    REQUIRE(audit.record(QStringLiteral("spv1"), AuditAction::Export, {}, QStringLiteral("tickets 2026-11")).ok());

    auto all = audit.query({});
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).actor == QStringLiteral("spv1")); // newest first
    CHECK(all->at(1).customerIdpel == QStringLiteral("541100000123"));
    CHECK(all->at(1).at == QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC));

    AuditFilter byCustomer;
    byCustomer.customerIdpel = QStringLiteral("541100000123");
    auto lookups = audit.query(byCustomer);
    REQUIRE(lookups.ok());
    CHECK(lookups->size() == 1);

    auto conn = test->db().connection();
    REQUIRE(conn.ok());
    CHECK_FALSE(execQuery(conn.value(), QStringLiteral("UPDATE audit_log SET actor = ?"), {QStringLiteral("x")}).ok());
    CHECK_FALSE(execQuery(conn.value(), QStringLiteral("DELETE FROM audit_log")).ok());
    auto still = audit.query({});
    REQUIRE(still.ok());
    CHECK(still->size() == 2);
}
