#pragma once

#include "auth/Actor.h"
#include "auth/UserAccount.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace csodesk {

// People on a PostgreSQL floor are login roles, managed through the database functions of
// migration 005 (csodesk_user_*, csodesk_whoami). Passwords travel as SCRAM verifiers.
// `actorName`/`nowMs` are claims that only the schema owner's count (docs/deployment.md).
namespace floor_accounts {

// The signed-in login as csodesk knows it (its role from its group); empty when the login is
// not a csodesk user.
[[nodiscard]] Result<std::optional<UserAccount>> whoami(const QSqlDatabase& db);

[[nodiscard]] Result<qint64> add(const QSqlDatabase& db, const QString& name, Role role, const QString& password,
    const QString& actorName, qint64 nowMs);
[[nodiscard]] Status setDisabled(
    const QSqlDatabase& db, const QString& name, bool disabled, const QString& actorName, qint64 nowMs);
[[nodiscard]] Status setRole(
    const QSqlDatabase& db, const QString& name, Role role, const QString& actorName, qint64 nowMs);
[[nodiscard]] Status setPassword(
    const QSqlDatabase& db, const QString& name, const QString& password, const QString& actorName, qint64 nowMs);
// Every login may change its own password (PostgreSQL allows it for oneself).
[[nodiscard]] Status setOwnPassword(const QSqlDatabase& db, const QString& password);

} // namespace floor_accounts

} // namespace csodesk
