#include "FloorSql.h"

#include "auth/RoleCode.h"
#include "common/TimeUtil.h"
#include "storage/SqlQuery.h"

#include <QRegularExpression>

namespace csodesk::floor_sql {

namespace {

Status done(const Result<QSqlQuery>& query)
{
    if (!query.ok())
        return query.error();
    return {};
}

Result<bool> flag(const QSqlDatabase& db, const QString& sql)
{
    auto value = queryScalar(db, sql);
    if (!value.ok())
        return value.error();
    return value->toBool();
}

Result<QStringList> names(const QSqlDatabase& db, const QString& sql)
{
    auto query = execQuery(db, sql);
    if (!query.ok())
        return query.error();
    QStringList found;
    while (query->next())
        found.append(query->value(0).toString());
    return found;
}

} // namespace

Result<std::optional<UserAccount>> whoami(const QSqlDatabase& db)
{
    auto query = execQuery(db, QStringLiteral("SELECT id, name, role, disabled, created_at_ms FROM csodesk_whoami()"));
    if (!query.ok())
        return query.error();
    if (!query->next())
        return std::optional<UserAccount>();
    auto role = roleFromCode(query->value(2).toString());
    if (!role.ok())
        return role.error();
    UserAccount account;
    account.id = query->value(0).toLongLong();
    account.name = query->value(1).toString();
    account.role = role.value();
    account.disabled = query->value(3).toBool();
    account.createdAt = fromEpochMs(query->value(4).toLongLong());
    return std::optional<UserAccount>(account);
}

Result<qint64> addUser(const QSqlDatabase& db, const QString& name, Role role, const QString& verifier,
    const QString& actorName, qint64 nowMs)
{
    auto id = queryScalar(db, QStringLiteral("SELECT csodesk_user_add(?, ?, ?, ?, ?)"),
        { name, roleCode(role), verifier, actorName, nowMs });
    if (!id.ok())
        return id.error();
    return id->toLongLong();
}

Status setUserDisabled(
    const QSqlDatabase& db, const QString& name, bool disabled, const QString& actorName, qint64 nowMs)
{
    return done(execQuery(
        db, QStringLiteral("SELECT csodesk_user_set_disabled(?, ?, ?, ?)"), { name, disabled, actorName, nowMs }));
}

Status setUserRole(const QSqlDatabase& db, const QString& name, Role role, const QString& actorName, qint64 nowMs)
{
    return done(execQuery(
        db, QStringLiteral("SELECT csodesk_user_set_role(?, ?, ?, ?)"), { name, roleCode(role), actorName, nowMs }));
}

Status setUserPassword(
    const QSqlDatabase& db, const QString& name, const QString& verifier, const QString& actorName, qint64 nowMs)
{
    return done(execQuery(
        db, QStringLiteral("SELECT csodesk_user_set_password(?, ?, ?, ?)"), { name, verifier, actorName, nowMs }));
}

Status setOwnPassword(const QSqlDatabase& db, const QString& verifier)
{
    // ALTER ROLE takes no bound values; the verifier is base64 and '$', ':' only, checked here
    // before it is written into the statement.
    static const QRegularExpression safe(
        QStringLiteral("^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$"));
    if (!safe.match(verifier).hasMatch())
        return makeError(ErrorKind::Internal, QStringLiteral("verifier"), QStringLiteral("unexpected verifier form"));
    return done(execQuery(db, QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD '%1'").arg(verifier)));
}

Result<bool> isSuperuser(const QSqlDatabase& db)
{
    return flag(db, QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"));
}

Result<bool> isSchemaOwner(const QSqlDatabase& db)
{
    return flag(db, QStringLiteral("SELECT csodesk_is_owner()"));
}

Result<bool> canSignalBackends(const QSqlDatabase& db)
{
    return flag(db, QStringLiteral("SELECT pg_has_role(current_user, 'pg_signal_backend', 'MEMBER')"));
}

Status grantSignalBackend(const QSqlDatabase& db)
{
    return done(execQuery(db, QStringLiteral("GRANT pg_signal_backend TO CURRENT_USER")));
}

Result<std::optional<QString>> loginUserRole(const QSqlDatabase& db, const QString& name)
{
    auto existing = queryScalar(db,
        QStringLiteral("SELECT u.role FROM users u JOIN pg_roles r ON r.rolname = u.name "
                       "WHERE u.name = ?"),
        { name });
    if (!existing.ok())
        return existing.error();
    if (!existing->isValid())
        return std::optional<QString>();
    return std::optional<QString>(existing->toString());
}

Result<std::optional<Login>> currentLogin(const QSqlDatabase& db)
{
    auto who = execQuery(db,
        QStringLiteral("SELECT current_user, r.rolsuper, r.rolcreaterole, r.rolbypassrls "
                       "FROM pg_roles r WHERE r.rolname = current_user"));
    if (!who.ok())
        return who.error();
    if (!who->next())
        return std::optional<Login>();
    return std::optional<Login>(
        Login { who->value(0).toString(), who->value(1).toBool(), who->value(2).toBool(), who->value(3).toBool() });
}

Result<int> schemaVersion(const QSqlDatabase& db)
{
    auto version = queryScalar(db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!version.ok())
        return version.error();
    return version->toInt();
}

Result<bool> ownsTickets(const QSqlDatabase& db)
{
    return flag(db,
        QStringLiteral("SELECT pg_get_userbyid(relowner) = current_user FROM pg_class "
                       "WHERE oid = 'public.tickets'::regclass"));
}

Result<bool> connectionEncrypted(const QSqlDatabase& db)
{
    return flag(
        db, QStringLiteral("SELECT COALESCE((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)"));
}

Result<QStringList> publicGrants(const QSqlDatabase& db)
{
    // PUBLIC (grantee 0), or default privileges that give PUBLIC something (a NULL ACL).
    return names(db,
        QStringLiteral(
            "SELECT 'table ' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "  CROSS JOIN LATERAL aclexplode(c.relacl) a WHERE n.nspname = 'public' AND a.grantee = 0 "
            "UNION SELECT 'function ' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "  WHERE n.nspname = 'public' AND (p.proacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(p.proacl) a "
            "WHERE a.grantee = 0)) "
            "UNION SELECT 'schema public' FROM pg_namespace n WHERE n.nspname = 'public' "
            "  AND (n.nspacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(n.nspacl) a WHERE a.grantee = 0)) "
            "UNION SELECT 'database ' || d.datname FROM pg_database d WHERE d.datname = current_database() "
            "  AND (d.datacl IS NULL OR EXISTS (SELECT 1 FROM aclexplode(d.datacl) a WHERE a.grantee = 0)) "
            "ORDER BY 1"));
}

Result<QStringList> writePrivilegesBesidesOwner(const QSqlDatabase& db)
{
    return names(db,
        QStringLiteral(
            "SELECT DISTINCT pg_get_userbyid(a.grantee) || ': ' || a.privilege_type || ' on ' || c.relname "
            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace CROSS JOIN LATERAL aclexplode(c.relacl) "
            "a "
            "WHERE n.nspname = 'public' AND a.grantee <> c.relowner "
            "  AND a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER') ORDER "
            "BY 1"));
}

Result<QStringList> tablesWithoutRowSecurity(const QSqlDatabase& db)
{
    return names(db,
        QStringLiteral("SELECT relname FROM pg_class WHERE relname IN ('tickets', 'ticket_events', 'audit_log') "
                       "AND relnamespace = 'public'::regnamespace AND NOT relrowsecurity"));
}

Result<QStringList> missingGroupRoles(const QSqlDatabase& db)
{
    return names(db,
        QStringLiteral("SELECT g FROM unnest(ARRAY['csodesk_agent', 'csodesk_supervisor', "
                       "'csodesk_admin']) g WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g)"));
}

} // namespace csodesk::floor_sql
