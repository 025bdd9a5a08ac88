#include "auth/AuditQuery.h"

#include "../tickets/TicketFixtures.h"
#include "customers/CustomerLookupService.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("Only supervisors and admins read the audit trail through AuditQuery", "[audit][auth]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect); // on PostgreSQL: a floor, each person at their own login
    REQUIRE(CustomerLookupService(w.dbOf(w.agent), w.clock).lookup(w.agent, QStringLiteral("541100000123")).ok());
    REQUIRE(
        w.auditOf(w.supervisor).record(w.supervisor.userName, AuditAction::Export, {}, QStringLiteral("12 rows")).ok());

    AuditFilter filter;
    filter.action = AuditAction::Lookup;
    for (const Actor& reviewer : { w.supervisor, w.admin }) {
        auto entries = AuditQuery(w.auditOf(reviewer)).query(reviewer, filter);
        REQUIRE(entries.ok());
        REQUIRE(entries->size() == 1);
        CHECK(entries->first().actor == w.agent.userName);
        CHECK(entries->first().customerIdpel == QStringLiteral("541100000123"));
    }
    auto refused = AuditQuery(w.auditOf(w.agent)).query(w.agent, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::PermissionDenied);
}
