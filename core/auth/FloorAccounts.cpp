#include "FloorAccounts.h"

#include "auth/RoleCode.h"
#include "auth/ScramVerifier.h"
#include "common/TimeUtil.h"
#include "storage/SqlQuery.h"

#include <QRegularExpression>

namespace csodesk::floor_accounts {

namespace {

Status done(const Result<QSqlQuery>& query)
{
    if (!query.ok())
        return query.error();
    return {};
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

Result<qint64> add(const QSqlDatabase& db, const QString& name, Role role, const QString& password,
    const QString& actorName, qint64 nowMs)
{
    auto verifier = scram::verifier(password);
    if (!verifier.ok())
        return verifier.error();
    auto id = queryScalar(db, QStringLiteral("SELECT csodesk_user_add(?, ?, ?, ?, ?)"),
        { name, roleCode(role), verifier.value(), actorName, nowMs });
    if (!id.ok())
        return id.error();
    return id->toLongLong();
}

Status setDisabled(const QSqlDatabase& db, const QString& name, bool disabled, const QString& actorName, qint64 nowMs)
{
    return done(execQuery(
        db, QStringLiteral("SELECT csodesk_user_set_disabled(?, ?, ?, ?)"), { name, disabled, actorName, nowMs }));
}

Status setRole(const QSqlDatabase& db, const QString& name, Role role, const QString& actorName, qint64 nowMs)
{
    return done(execQuery(
        db, QStringLiteral("SELECT csodesk_user_set_role(?, ?, ?, ?)"), { name, roleCode(role), actorName, nowMs }));
}

Status setPassword(
    const QSqlDatabase& db, const QString& name, const QString& password, const QString& actorName, qint64 nowMs)
{
    auto verifier = scram::verifier(password);
    if (!verifier.ok())
        return verifier.error();
    return done(execQuery(db, QStringLiteral("SELECT csodesk_user_set_password(?, ?, ?, ?)"),
        { name, verifier.value(), actorName, nowMs }));
}

Status setOwnPassword(const QSqlDatabase& db, const QString& password)
{
    auto verifier = scram::verifier(password);
    if (!verifier.ok())
        return verifier.error();
    // ALTER ROLE takes no bound values; the verifier is base64 and '$', ':' only, checked here
    // before it is written into the statement.
    static const QRegularExpression safe(
        QStringLiteral("^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$"));
    if (!safe.match(verifier.value()).hasMatch())
        return makeError(ErrorKind::Internal, QStringLiteral("verifier"), QStringLiteral("unexpected verifier form"));
    return done(execQuery(db, QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD '%1'").arg(verifier.value())));
}

} // namespace csodesk::floor_accounts
