#pragma once

#include "audit/AuditLog.h"
#include "auth/Actor.h"
#include "auth/PasswordHasher.h"
#include "auth/UserAccount.h"
#include "auth/UserRepository.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QList>

namespace csodesk {

// Account management: admins only, except that everybody may change their own password.
// Users are never deleted, only disabled, so their tickets keep a valid author.
class UserService {
public:
    UserService(Database& database, AuditLog& audit, const Clock& clock, const PasswordHasher& hasher)
        : m_database(database)
        , m_audit(audit)
        , m_clock(clock)
        , m_hasher(hasher)
    {
    }

    // The very first account of a fresh database, created without signing in. Refused (Conflict)
    // as soon as any user exists; the check and the insert are one transaction.
    [[nodiscard]] Result<UserAccount> bootstrapAdmin(const QString& name, const QString& password);
    [[nodiscard]] Result<bool> hasAnyUser();

    [[nodiscard]] Result<UserAccount> add(const Actor& actor, const QString& name, Role role, const QString& password);
    [[nodiscard]] Result<QList<UserAccount>> list(const Actor& actor);
    [[nodiscard]] Status disable(const Actor& actor, const QString& name);
    [[nodiscard]] Status changeRole(const Actor& actor, const QString& name, Role role);
    // An admin resets anyone's password; any user may set their own. Also lifts a lock.
    [[nodiscard]] Status setPassword(const Actor& actor, const QString& name, const QString& newPassword);

    // Names are what agents type at sign-in: short, no spaces, no look-alike characters.
    [[nodiscard]] static Status checkName(const QString& name);

private:
    [[nodiscard]] Result<UserAccount> insertUser(
        QSqlDatabase& db, const QString& actorName, const QString& name, Role role, const QString& passwordHash);
    // A floor: the person becomes a PostgreSQL login role in the group of `role`.
    [[nodiscard]] Result<UserAccount> addLogin(
        const Actor& actor, const QString& name, Role role, const QString& password);
    [[nodiscard]] Result<users::StoredUser> existing(QSqlDatabase& db, const QString& name);
    // A valid name and a strong enough password, hashed.
    [[nodiscard]] Result<QString> checkedHash(const QString& name, const QString& password) const;

    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
    const PasswordHasher& m_hasher;
};

} // namespace csodesk
