#include "audit/AuditQuery.h"

#include "TestDatabase.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("Only supervisors and admins read the audit trail through AuditQuery", "[audit][auth]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect);
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC));
    AuditLog log(test->db(), clock);
    REQUIRE(log.record(QStringLiteral("agen1"), AuditAction::Lookup, QStringLiteral("541100000123")).ok());
    REQUIRE(log.record(QStringLiteral("spv1"), AuditAction::Export, {}, QStringLiteral("12 rows")).ok());

    AuditQuery audit(log);
    AuditFilter filter;
    filter.action = AuditAction::Lookup;
    for (Role role : {Role::Supervisor, Role::Admin}) {
        auto entries = audit.query(Actor{1, QStringLiteral("boss"), role}, filter);
        REQUIRE(entries.ok());
        REQUIRE(entries->size() == 1);
        CHECK(entries->first().actor == QStringLiteral("agen1"));
        CHECK(entries->first().customerIdpel == QStringLiteral("541100000123"));
    }
    auto refused = audit.query(Actor{2, QStringLiteral("agen1"), Role::Agent}, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::PermissionDenied);
}
