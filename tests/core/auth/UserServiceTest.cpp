#include "auth/UserService.h"

#include "TestDatabase.h"
#include "TestFloor.h"
#include "auth/AuthService.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

// Embedded mode: csodesk's own accounts. (A PostgreSQL floor's people are database logins:
// the floor case below.)
TEST_CASE("Bootstrap creates the first admin once, afterwards only admins manage users", "[auth]")
{
    auto test = TestDatabase::create("sqlite");
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
    auto supervisor
        = users.add(adminActor, QStringLiteral("sari"), Role::Supervisor, QStringLiteral("kata-sandi-sari"));
    REQUIRE(supervisor.ok());

    SECTION("agents and supervisors cannot manage users")
    {
        for (const Actor& actor : { agent->toActor(), supervisor->toActor() }) {
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

// The same rules on a floor, each person at their own login: the database's functions decide
// (migration 005), and the first admin comes from `floor init`, not from a bootstrap.
TEST_CASE("On a floor only admins manage people, and anyone may change their own password", "[auth][postgresql]")
{
    if (!postgresAvailable())
        return;
    auto test = TestDatabase::create("postgresql");
    SystemClock clock;
    TestFloor floor(test->db(), clock);
    PasswordHasher hasher(PasswordHasher::Cost::Minimum);
    const QString budi = floor.addPerson(QStringLiteral("budi"), Role::Agent);
    const QString sari = floor.addPerson(QStringLiteral("sari"), Role::Supervisor);

    TestFloor::SignedIn admin = floor.signIn(floor.adminName());
    AuditLog adminAudit(*admin.database, clock);
    UserService adminUsers(*admin.database, adminAudit, clock, hasher);
    auto bootstrap = adminUsers.bootstrapAdmin(QStringLiteral("admin2"), QStringLiteral("rahasia-admin"));
    REQUIRE_FALSE(bootstrap.ok());
    CHECK(bootstrap.error().kind == ErrorKind::PermissionDenied);
    CHECK(bootstrap.error().message.contains(QStringLiteral("floor init")));

    SECTION("agents and supervisors cannot manage users")
    {
        for (const QString& login : { budi, sari }) {
            TestFloor::SignedIn person = floor.signIn(login);
            AuditLog audit(*person.database, clock);
            UserService users(*person.database, audit, clock, hasher);
            const Actor& actor = person.actor;
            CHECK(users.add(actor, floor.loginName(QStringLiteral("x1")), Role::Admin, QStringLiteral("kata-sandi-x"))
                      .error()
                      .kind
                == ErrorKind::PermissionDenied);
            CHECK(users.list(actor).error().kind == ErrorKind::PermissionDenied);
            CHECK(users.disable(actor, floor.adminName()).error().kind == ErrorKind::PermissionDenied);
            CHECK(users.changeRole(actor, actor.userName, Role::Admin).error().kind == ErrorKind::PermissionDenied);
            CHECK(users.setPassword(actor, floor.adminName(), QStringLiteral("kata-sandi-baru")).error().kind
                == ErrorKind::PermissionDenied);
            // A client that claims to be the admin is still its own login to the database.
            Actor forged = actor;
            forged.role = Role::Admin;
            CHECK_FALSE(users.changeRole(forged, actor.userName, Role::Admin).ok());
        }
        TestFloor::SignedIn agent = floor.signIn(budi);
        AuditLog audit(*agent.database, clock);
        CHECK(UserService(*agent.database, audit, clock, hasher)
                  .setPassword(agent.actor, budi, TestFloor::password())
                  .ok());
    }

    SECTION("admins list, change roles and disable; names are unique and checked")
    {
        const Actor& adminActor = admin.actor;
        CHECK(adminUsers.add(adminActor, budi, Role::Agent, QStringLiteral("kata-sandi-lain")).error().kind
            == ErrorKind::Conflict);
        CHECK(adminUsers
                  .add(adminActor, QStringLiteral("nama dengan spasi"), Role::Agent, QStringLiteral("kata-sandi-lain"))
                  .error()
                  .kind
            == ErrorKind::InvalidInput);
        CHECK(adminUsers.add(adminActor, floor.loginName(QStringLiteral("dewi")), Role::Agent, QStringLiteral("pendek"))
                  .error()
                  .kind
            == ErrorKind::InvalidInput);
        REQUIRE(adminUsers.changeRole(adminActor, budi, Role::Supervisor).ok());
        REQUIRE(adminUsers.disable(adminActor, sari).ok());
        CHECK(adminUsers.disable(adminActor, adminActor.userName).error().kind == ErrorKind::Conflict); // not yourself
        CHECK(adminUsers.changeRole(adminActor, adminActor.userName, Role::Agent).error().kind == ErrorKind::Conflict);
        CHECK(adminUsers.disable(adminActor, floor.loginName(QStringLiteral("tidakada"))).error().kind
            == ErrorKind::NotFound);

        auto all = adminUsers.list(adminActor);
        REQUIRE(all.ok());
        REQUIRE(all->size() == 3);
        CHECK(all->at(0).name == floor.adminName());
        CHECK(all->at(1).name == budi);
        CHECK(all->at(1).role == Role::Supervisor);
        CHECK(all->at(2).name == sari);
        CHECK(all->at(2).disabled);
        CHECK(floor.signIn(budi).actor.role == Role::Supervisor); // the database's groups say so

        AuditFilter userAdmin;
        userAdmin.action = AuditAction::UserAdmin;
        userAdmin.actor = adminActor.userName;
        auto recorded = adminAudit.query(userAdmin);
        REQUIRE(recorded.ok());
        CHECK(recorded->size() == 4); // two adds, role change, disable
    }
}
