#include "TestFloor.h"

#include "SampleCustomers.h"
#include "auth/AuthService.h"
#include "auth/FloorSetup.h"
#include "auth/UserService.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

#include <atomic>

namespace csodesk::test {

namespace {

std::atomic<int> nextFloor { 1 };

} // namespace

TestFloor::TestFloor(Database& owner, const Clock& clock)
    : m_owner(owner)
    , m_clock(clock)
    , m_suffix(QStringLiteral("_t%1_%2").arg(QCoreApplication::applicationPid()).arg(nextFloor++))
    , m_admin(QStringLiteral("adm") + m_suffix)
{
    auto init = floor_setup::init(owner, clock, m_admin, password());
    INFO((init.ok() ? QString() : init.error().message + QStringLiteral(" / ") + init.error().detail).toStdString());
    REQUIRE(init.ok());
    m_roles.append(m_admin);
    m_url = owner.url().withCredentials(QString(), QString());
}

TestFloor::~TestFloor()
{
    (void)m_owner.read([&](QSqlDatabase& db) -> Status {
        for (const QString& role : std::as_const(m_roles)) {
            (void)execQuery(db, QStringLiteral("DROP OWNED BY \"%1\"").arg(role));
            (void)execQuery(db, QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        }
        return {};
    });
}

QString TestFloor::addPerson(const QString& shortName, Role role)
{
    auto opened = Database::open(m_url);
    REQUIRE(opened.ok());
    AuditLog audit(*opened.value(), m_clock);
    const PasswordHasher hasher;
    AuthService auth(*opened.value(), audit, m_clock, hasher);
    auto admin = auth.login(m_admin, password());
    REQUIRE(admin.ok());
    const QString name = loginName(shortName);
    auto added = UserService(*opened.value(), audit, m_clock, hasher).add(admin.value(), name, role, password());
    INFO((added.ok() ? QString() : added.error().detail).toStdString());
    REQUIRE(added.ok());
    m_roles.prepend(name);
    return name;
}

TestFloor::SignedIn TestFloor::signIn(const QString& login) const
{
    auto opened = Database::open(m_url);
    REQUIRE(opened.ok());
    AuditLog audit(*opened.value(), m_clock);
    const PasswordHasher hasher;
    auto actor = AuthService(*opened.value(), audit, m_clock, hasher).login(login, password());
    INFO((actor.ok() ? QString() : actor.error().message + QStringLiteral(" / ") + actor.error().detail).toStdString());
    REQUIRE(actor.ok());
    return { opened.value(), actor.value() };
}

void TestFloor::takeTimeFromClients()
{
    auto replaced = m_owner.write([](QSqlDatabase& db) -> Status {
        auto done = execQuery(db,
            QStringLiteral("CREATE OR REPLACE FUNCTION csodesk_now_ms(p_claimed bigint) RETURNS bigint "
                           "LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public "
                           "AS $$ SELECT COALESCE(p_claimed, (extract(epoch FROM clock_timestamp()) "
                           "* 1000)::bigint) $$"));
        if (!done.ok())
            return done.error();
        return {};
    });
    INFO((replaced.ok() ? QString() : replaced.error().detail).toStdString());
    REQUIRE(replaced.ok());
}

void TestFloor::seedInformationCustomers(int count)
{
    REQUIRE(seedSampleCustomers(m_owner, count).ok());
}

} // namespace csodesk::test
