#include "UserRepository.h"

#include "auth/RoleCode.h"
#include "common/TimeUtil.h"
#include "storage/SqlQuery.h"

namespace csodesk::users {

namespace {

const QString kColumns
    = QStringLiteral("id, name, role, disabled, failed_attempts, locked_until_ms, created_at_ms, password_hash");
// On PostgreSQL admins hold SELECT on every column but the hash (migration 005); a floor's
// people have no hash anyway, their passwords are the server's.
const QString kColumnsWithoutHash
    = QStringLiteral("id, name, role, disabled, failed_attempts, locked_until_ms, created_at_ms, ''");

const QString& columnsFor(const QSqlDatabase& db)
{
    return isPostgres(db) ? kColumnsWithoutHash : kColumns;
}

Result<StoredUser> fromRow(const QSqlQuery& query)
{
    StoredUser user;
    user.account.id = query.value(0).toLongLong();
    user.account.name = query.value(1).toString();
    auto role = roleFromCode(query.value(2).toString());
    if (!role.ok())
        return role.error();
    user.account.role = role.value();
    user.account.disabled = query.value(3).toBool();
    user.account.failedAttempts = query.value(4).toInt();
    if (!query.value(5).isNull())
        user.account.lockedUntil = fromEpochMs(query.value(5).toLongLong());
    user.account.createdAt = fromEpochMs(query.value(6).toLongLong());
    user.passwordHash = query.value(7).toString();
    return user;
}

Status done(const Result<QSqlQuery>& query)
{
    if (!query.ok())
        return query.error();
    return {};
}

} // namespace

Result<std::optional<StoredUser>> findByName(const QSqlDatabase& db, const QString& name, bool withPasswordHash)
{
    auto query = execQuery(db,
        QStringLiteral("SELECT ") + (withPasswordHash ? kColumns : columnsFor(db))
            + QStringLiteral(" FROM users WHERE name = ?"),
        { name });
    if (!query.ok())
        return query.error();
    if (!query->next())
        return std::optional<StoredUser>();
    auto user = fromRow(query.value());
    if (!user.ok())
        return user.error();
    return std::optional<StoredUser>(std::move(user).value());
}

Result<QList<UserAccount>> all(const QSqlDatabase& db)
{
    auto query
        = execQuery(db, QStringLiteral("SELECT ") + columnsFor(db) + QStringLiteral(" FROM users ORDER BY name"));
    if (!query.ok())
        return query.error();
    QList<UserAccount> accounts;
    while (query->next()) {
        auto user = fromRow(query.value());
        if (!user.ok())
            return user.error();
        accounts.append(user->account);
    }
    return accounts;
}

Result<qint64> count(const QSqlDatabase& db)
{
    auto value = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!value.ok())
        return value.error();
    return value->toLongLong();
}

Result<qint64> insert(
    const QSqlDatabase& db, const QString& name, Role role, const QString& passwordHash, qint64 createdAtMs)
{
    auto id = queryScalar(db,
        QStringLiteral("INSERT INTO users (name, role, password_hash, created_at_ms) VALUES (?, ?, ?, ?) "
                       "RETURNING id"),
        { name, roleCode(role), passwordHash, createdAtMs });
    if (!id.ok())
        return id.error();
    return id->toLongLong();
}

Status setPasswordHash(const QSqlDatabase& db, qint64 userId, const QString& passwordHash)
{
    return done(execQuery(db,
        QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until_ms = NULL "
                       "WHERE id = ?"),
        { passwordHash, userId }));
}

Status setRole(const QSqlDatabase& db, qint64 userId, Role role)
{
    return done(execQuery(db, QStringLiteral("UPDATE users SET role = ? WHERE id = ?"), { roleCode(role), userId }));
}

Status setDisabled(const QSqlDatabase& db, qint64 userId, bool disabled)
{
    return done(execQuery(db, QStringLiteral("UPDATE users SET disabled = ? WHERE id = ?"), { disabled, userId }));
}

Result<std::optional<TakenAttempt>> takeAttempt(
    const QSqlDatabase& db, qint64 userId, int limit, qint64 nowMs, qint64 lockMs)
{
    // The right-hand sides read the row as it was: an expired lock (still set, in the past)
    // means the count starts again at 1.
    const bool serverClock = isPostgres(db);
    const QString now = serverClock ? QStringLiteral("CAST(extract(epoch FROM clock_timestamp()) * 1000 AS BIGINT)")
                                    : QStringLiteral("CAST(? AS BIGINT)");
    const QString sql = QStringLiteral(
        "UPDATE users SET "
        "failed_attempts = (CASE WHEN locked_until_ms IS NOT NULL THEN 0 ELSE failed_attempts END) + 1, "
        "locked_until_ms = CASE WHEN (CASE WHEN locked_until_ms IS NOT NULL THEN 0 "
        "ELSE failed_attempts END) + 1 >= ? THEN %1 + CAST(? AS BIGINT) ELSE NULL END "
        "WHERE id = ? AND (locked_until_ms IS NULL OR locked_until_ms <= %1) "
        "RETURNING failed_attempts, locked_until_ms")
                            .arg(now);
    const QVariantList values
        = serverClock ? QVariantList { limit, lockMs, userId } : QVariantList { limit, nowMs, lockMs, userId, nowMs };
    auto attempts = execQuery(db, sql, values);
    if (!attempts.ok())
        return attempts.error();
    if (!attempts->next())
        return std::optional<TakenAttempt>();
    TakenAttempt taken;
    taken.attempts = attempts->value(0).toInt();
    if (!attempts->value(1).isNull())
        taken.lockedUntilMs = attempts->value(1).toLongLong();
    return std::optional<TakenAttempt>(taken);
}

Status clearFailures(const QSqlDatabase& db, qint64 userId)
{
    return done(execQuery(
        db, QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until_ms = NULL WHERE id = ?"), { userId }));
}

Result<qint64> countOtherActiveAdmins(const QSqlDatabase& db, qint64 exceptUserId)
{
    auto value
        = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND disabled = ? AND id <> ?"),
            { roleCode(Role::Admin), false, exceptUserId });
    if (!value.ok())
        return value.error();
    return value->toLongLong();
}

} // namespace csodesk::users
