#pragma once

#include "audit/AuditLog.h"
#include "auth/Actor.h"
#include "auth/PasswordHasher.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

namespace csodesk {

// Signs a user in. SQLite (and a PostgreSQL URL that names a fixed login): csodesk's own
// accounts; five wrong passwords in a row lock the account for 15 minutes; a disabled account
// cannot sign in at all; every attempt is recorded in the audit log. A floor (a PostgreSQL URL
// without a login): the name and password open the person's own database login, and the
// server authenticates, locks out and logs failures (docs/deployment.md).
class AuthService {
public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr qint64 kLockMinutes = 15;

    AuthService(Database& database, AuditLog& audit, const Clock& clock, const PasswordHasher& hasher)
        : m_database(database)
        , m_audit(audit)
        , m_clock(clock)
        , m_hasher(hasher)
    {
    }

    // Errors: InvalidInput "wrong name or password" (deliberately the same for an unknown
    // name), PermissionDenied "locked until ..." or "disabled".
    [[nodiscard]] Result<Actor> login(const QString& name, const QString& password);

    void logout()
    {
        if (m_database.peopleAreDatabaseLogins())
            m_database.signOut();
    }

private:
    // A floor: the person's own PostgreSQL login opens every connection from now on.
    [[nodiscard]] Result<Actor> loginAsDatabaseLogin(const QString& name, const QString& password);
    // A name without an account: the answer, its lock and its time are a real account's.
    [[nodiscard]] Error refuseUnknownName(const QString& name, const QString& password);

    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
    const PasswordHasher& m_hasher;
};

} // namespace csodesk
