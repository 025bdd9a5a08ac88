#include "auth/AuthService.h"
#include "auth/UserService.h"

#include "TestDatabase.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("Bootstrap creates the first admin once, afterwards only admins manage users", "[auth]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect);
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC));
    PasswordHasher hasher(PasswordHasher::Cost::Minimum);
    AuditLog audit(test->db(), clock);
    UserService users(test->db(), audit, clock, hasher);

    CHECK(users.hasAnyUser().value() == false);
    auto admin = users.bootstrapAdmin(QStringLiteral("admin"), QStringLiteral("rahasia-admin"));
    REQUIRE(admin.ok());
    CHECK(admin->role == Role::Admin);
    auto second = users.bootstrapAdmin(QStringLiteral("admin2"), QStringLiteral("rahasia-admin"));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == ErrorKind::Conflict);

    const Actor adminActor = admin->toActor();
    auto agent = users.add(adminActor, QStringLiteral("budi"), Role::Agent, QStringLiteral("kata-sandi-budi"));
    REQUIRE(agent.ok());
    auto supervisor = users.add(adminActor, QStringLiteral("sari"), Role::Supervisor, QStringLiteral("kata-sandi-sari"));
    REQUIRE(supervisor.ok());

    SECTION("agents and supervisors cannot manage users")
    {
        for (const Actor& actor : {agent->toActor(), supervisor->toActor()}) {
            CHECK(users.add(actor, QStringLiteral("x1"), Role::Admin, QStringLiteral("kata-sandi-x")).error().kind
                  == ErrorKind::PermissionDenied);
            CHECK(users.list(actor).error().kind == ErrorKind::PermissionDenied);
            CHECK(users.disable(actor, QStringLiteral("admin")).error().kind == ErrorKind::PermissionDenied);
            CHECK(users.changeRole(actor, actor.userName, Role::Admin).error().kind == ErrorKind::PermissionDenied);
            CHECK(users.setPassword(actor, QStringLiteral("admin"), QStringLiteral("kata-sandi-baru")).error().kind
                  == ErrorKind::PermissionDenied);
        }
        // but anyone may change their own password
        CHECK(users.setPassword(agent->toActor(), QStringLiteral("budi"), QStringLiteral("sandi-baru-budi")).ok());
    }

    SECTION("admins add, list, change roles and disable; names are unique and checked")
    {
        CHECK(users.add(adminActor, QStringLiteral("budi"), Role::Agent, QStringLiteral("kata-sandi-lain")).error().kind
              == ErrorKind::Conflict);
        CHECK(users.add(adminActor, QStringLiteral("nama dengan spasi"), Role::Agent, QStringLiteral("kata-sandi-lain"))
                  .error()
                  .kind
              == ErrorKind::InvalidInput);
        CHECK(users.add(adminActor, QStringLiteral("dewi"), Role::Agent, QStringLiteral("pendek")).error().kind
              == ErrorKind::InvalidInput);
        REQUIRE(users.changeRole(adminActor, QStringLiteral("budi"), Role::Supervisor).ok());
        REQUIRE(users.disable(adminActor, QStringLiteral("sari")).ok());
        CHECK(users.disable(adminActor, QStringLiteral("admin")).error().kind == ErrorKind::Conflict); // not yourself
        CHECK(users.changeRole(adminActor, QStringLiteral("admin"), Role::Agent).error().kind == ErrorKind::Conflict);
        CHECK(users.disable(adminActor, QStringLiteral("tidakada")).error().kind == ErrorKind::NotFound);

        auto all = users.list(adminActor);
        REQUIRE(all.ok());
        REQUIRE(all->size() == 3);
        CHECK(all->at(0).name == QStringLiteral("admin"));
        CHECK(all->at(1).name == QStringLiteral("budi"));
        CHECK(all->at(1).role == Role::Supervisor);
        CHECK(all->at(2).name == QStringLiteral("sari"));
        CHECK(all->at(2).disabled);

        AuditFilter userAdmin;
        userAdmin.action = AuditAction::UserAdmin;
        auto recorded = audit.query(userAdmin);
        REQUIRE(recorded.ok());
        CHECK(recorded->size() == 5); // bootstrap, two adds, role change, disable
    }
}
