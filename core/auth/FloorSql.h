#pragma once

#include "auth/Actor.h"
#include "auth/UserAccount.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// The statements of a PostgreSQL floor: its people (login roles, through the csodesk_user_*
// functions of migration 005) and what `floor init` and `floor check` ask of the catalog.
// Values are bound wherever PostgreSQL allows it; the few statements that take none say how
// what they contain is made safe.
namespace csodesk::floor_sql {

// --- People (floor_accounts) ---

// The signed-in login as csodesk knows it (its role from its group); empty when the login is
// not a csodesk user.
[[nodiscard]] Result<std::optional<UserAccount>> whoami(const QSqlDatabase& db);
// `verifier`: the password as a SCRAM verifier. The new user's id.
[[nodiscard]] Result<qint64> addUser(const QSqlDatabase& db, const QString& name, Role role, const QString& verifier,
    const QString& actorName, qint64 nowMs);
[[nodiscard]] Status setUserDisabled(
    const QSqlDatabase& db, const QString& name, bool disabled, const QString& actorName, qint64 nowMs);
[[nodiscard]] Status setUserRole(
    const QSqlDatabase& db, const QString& name, Role role, const QString& actorName, qint64 nowMs);
[[nodiscard]] Status setUserPassword(
    const QSqlDatabase& db, const QString& name, const QString& verifier, const QString& actorName, qint64 nowMs);
// ALTER ROLE CURRENT_USER PASSWORD: the login's own password, as a SCRAM verifier.
[[nodiscard]] Status setOwnPassword(const QSqlDatabase& db, const QString& verifier);

// --- floor init ---

// Whether the connection's login is a superuser.
[[nodiscard]] Result<bool> isSuperuser(const QSqlDatabase& db);
// Whether the connection's login owns the schema (csodesk_is_owner()).
[[nodiscard]] Result<bool> isSchemaOwner(const QSqlDatabase& db);
// Whether the login may signal other backends (pg_signal_backend), and granting it that.
[[nodiscard]] Result<bool> canSignalBackends(const QSqlDatabase& db);
[[nodiscard]] Status grantSignalBackend(const QSqlDatabase& db);
// The stored role of the user `name` when it also is a login role; empty otherwise.
[[nodiscard]] Result<std::optional<QString>> loginUserRole(const QSqlDatabase& db, const QString& name);

// --- floor check ---

struct Login {
    QString name;
    bool superuser = false;
    bool createRole = false;
    bool bypassRls = false;
};
// The connection's login; empty when pg_roles has no row for it.
[[nodiscard]] Result<std::optional<Login>> currentLogin(const QSqlDatabase& db);
// MAX(version) of schema_version (0 when empty).
[[nodiscard]] Result<int> schemaVersion(const QSqlDatabase& db);
// Whether the connection's login owns public.tickets.
[[nodiscard]] Result<bool> ownsTickets(const QSqlDatabase& db);
// Whether this connection is encrypted (TLS).
[[nodiscard]] Result<bool> connectionEncrypted(const QSqlDatabase& db);
// What PUBLIC holds privileges on, as "table x", "function y", "schema public", "database z".
[[nodiscard]] Result<QStringList> publicGrants(const QSqlDatabase& db);
// Write privileges on the public tables held by others than their owner, as
// "<grantee>: <privilege> on <table>".
[[nodiscard]] Result<QStringList> writePrivilegesBesidesOwner(const QSqlDatabase& db);
// Which of tickets, ticket_events and audit_log have row-level security off.
[[nodiscard]] Result<QStringList> tablesWithoutRowSecurity(const QSqlDatabase& db);
// Which of the group roles csodesk_agent, csodesk_supervisor, csodesk_admin do not exist.
[[nodiscard]] Result<QStringList> missingGroupRoles(const QSqlDatabase& db);

} // namespace csodesk::floor_sql
