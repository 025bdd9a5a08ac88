#pragma once

#include "auth/UserAccount.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace csodesk {

// The SQL of the users table, shared by AuthService and UserService. Every function runs on
// the connection it is given, so callers decide the transaction.
namespace users {

struct StoredUser {
    UserAccount account;
    QString passwordHash;
};

// withPasswordHash = false for account management: on PostgreSQL only the schema owner may
// read the hash column.
[[nodiscard]] Result<std::optional<StoredUser>> findByName(
    const QSqlDatabase& db, const QString& name, bool withPasswordHash = true);
[[nodiscard]] Result<QList<UserAccount>> all(const QSqlDatabase& db);
[[nodiscard]] Result<qint64> count(const QSqlDatabase& db);
[[nodiscard]] Result<qint64> insert(
    const QSqlDatabase& db, const QString& name, Role role, const QString& passwordHash, qint64 createdAtMs);
[[nodiscard]] Status setPasswordHash(const QSqlDatabase& db, qint64 userId, const QString& passwordHash);
[[nodiscard]] Status setRole(const QSqlDatabase& db, qint64 userId, Role role);
[[nodiscard]] Status setDisabled(const QSqlDatabase& db, qint64 userId, bool disabled);
// Takes one password check for the user, before the (slow) check is made: counts it as a
// failure in advance and locks the account for `lockMs` when it is the `limit`-th. One
// statement, so N parallel guesses get at most `limit` checks between them. An expired lock
// starts the count afresh. The time is the database's: the server's clock on PostgreSQL (where
// several workstations share the users table), `nowMs` on SQLite (the file is on this
// machine, and tests pin the time). Empty when the account is locked (no check allowed).
struct TakenAttempt {
    int attempts = 0; // counted so far, this one included
    std::optional<qint64> lockedUntilMs; // set when this attempt is the one that locks
};
[[nodiscard]] Result<std::optional<TakenAttempt>> takeAttempt(
    const QSqlDatabase& db, qint64 userId, int limit, qint64 nowMs, qint64 lockMs);
[[nodiscard]] Status clearFailures(const QSqlDatabase& db, qint64 userId);
// Active admins other than `exceptUserId`: the last one must not lock everybody out.
[[nodiscard]] Result<qint64> countOtherActiveAdmins(const QSqlDatabase& db, qint64 exceptUserId);

} // namespace users

} // namespace csodesk
