#include "BenchFloor.h"

#include "BenchCache.h"
#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "auth/FloorSetup.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "storage/SqlQuery.h"

namespace csodesk::bench {

namespace {

// Only for this throwaway floor; a workstation's URL names no login, the password opens it.
const QString kPassword = QStringLiteral("Bench-Floor-Pw-123");

template <typename T> T orFail(Result<T> result, const char* what)
{
    if (!result.ok())
        failBench(
            QStringLiteral("%1: %2 (%3)").arg(QLatin1String(what), result.error().message, result.error().detail));
    return std::move(result.value());
}

std::shared_ptr<Database> workstation(const Database& owner)
{
    return orFail(Database::open(owner.url().withCredentials(QString(), QString())), "open a workstation");
}

} // namespace

BenchFloor::BenchFloor(Database& owner, const QString& suffix)
    : m_owner(owner)
{
    const SystemClock clock;
    const QString admin = QStringLiteral("benchadm") + suffix;
    const QString agent = QStringLiteral("benchagent") + suffix;
    (void)orFail(floor_setup::init(owner, clock, admin, kPassword), "floor init");
    m_roles.append(admin);

    const PasswordHasher hasher;
    auto adminDatabase = workstation(owner);
    AuditLog adminAudit(*adminDatabase, clock);
    const Actor adminActor
        = orFail(AuthService(*adminDatabase, adminAudit, clock, hasher).login(admin, kPassword), "admin sign-in");
    (void)orFail(UserService(*adminDatabase, adminAudit, clock, hasher).add(adminActor, agent, Role::Agent, kPassword),
        "add agent");
    m_roles.prepend(agent);

    m_agentDatabase = workstation(owner);
    AuditLog agentAudit(*m_agentDatabase, clock);
    m_agent = orFail(AuthService(*m_agentDatabase, agentAudit, clock, hasher).login(agent, kPassword), "agent sign-in");
}

BenchFloor::~BenchFloor()
{
    m_agentDatabase.reset(); // its connections hold the role
    (void)m_owner.read([&](QSqlDatabase& db) -> Status {
        for (const QString& role : std::as_const(m_roles)) {
            (void)execQuery(db, QStringLiteral("DROP OWNED BY \"%1\"").arg(role));
            (void)execQuery(db, QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        }
        return {};
    });
}

} // namespace csodesk::bench
