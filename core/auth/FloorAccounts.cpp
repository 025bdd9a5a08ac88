#include "FloorAccounts.h"

#include "auth/FloorSql.h"
#include "auth/ScramVerifier.h"

namespace csodesk::floor_accounts {

Result<std::optional<UserAccount>> whoami(const QSqlDatabase& db)
{
    return floor_sql::whoami(db);
}

Result<qint64> add(const QSqlDatabase& db, const QString& name, Role role, const QString& password,
    const QString& actorName, qint64 nowMs)
{
    auto verifier = scram::verifier(password);
    if (!verifier.ok())
        return verifier.error();
    return floor_sql::addUser(db, name, role, verifier.value(), actorName, nowMs);
}

Status setDisabled(const QSqlDatabase& db, const QString& name, bool disabled, const QString& actorName, qint64 nowMs)
{
    return floor_sql::setUserDisabled(db, name, disabled, actorName, nowMs);
}

Status setRole(const QSqlDatabase& db, const QString& name, Role role, const QString& actorName, qint64 nowMs)
{
    return floor_sql::setUserRole(db, name, role, actorName, nowMs);
}

Status setPassword(
    const QSqlDatabase& db, const QString& name, const QString& password, const QString& actorName, qint64 nowMs)
{
    auto verifier = scram::verifier(password);
    if (!verifier.ok())
        return verifier.error();
    return floor_sql::setUserPassword(db, name, verifier.value(), actorName, nowMs);
}

Status setOwnPassword(const QSqlDatabase& db, const QString& password)
{
    auto verifier = scram::verifier(password);
    if (!verifier.ok())
        return verifier.error();
    return floor_sql::setOwnPassword(db, verifier.value());
}

} // namespace csodesk::floor_accounts
