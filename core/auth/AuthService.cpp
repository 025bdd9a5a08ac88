#include "AuthService.h"

#include "auth/FloorAccounts.h"
#include "auth/UnknownNameLock.h"
#include "auth/UserRepository.h"
#include "common/TimeUtil.h"
#include "storage/Migrator.h"

#include <QCoreApplication>

namespace csodesk {

namespace {

Error wrongCredentials()
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("Auth", "Nama pengguna atau kata sandi salah."),
        QStringLiteral("login: wrong name or password"));
}

Error lockedError(const QDateTime& until)
{
    return makeError(ErrorKind::PermissionDenied,
        QCoreApplication::translate(
            "Auth", "Akun terkunci karena terlalu banyak percobaan masuk yang gagal. Coba lagi setelah %1.")
            .arg(formatWib(until, QStringLiteral("HH:mm"))),
        QStringLiteral("login: account locked"));
}

} // namespace

Result<Actor> AuthService::loginAsDatabaseLogin(const QString& name, const QString& password)
{
    if (name.isEmpty() || password.isEmpty())
        return wrongCredentials();
    // The server checks the password (and its pg_hba.conf method); lockout is its job too.
    if (auto signedIn = m_database.signIn(name, password); !signedIn.ok())
        return signedIn.error();
    const auto refuse = [&](Error error) -> Result<Actor> {
        m_database.signOut();
        return error;
    };
    auto schema = Migrator(m_database).status();
    if (!schema.ok())
        return refuse(schema.error());
    if (schema->currentVersion != schema->latestVersion) {
        return refuse(makeError(schema->isTooNew() ? ErrorKind::SchemaTooNew : ErrorKind::Unavailable,
            QCoreApplication::translate("Auth",
                "Basis data memakai skema versi %1, program ini versi %2. "
                "Minta admin basis data menyamakannya (csodesk-cli migrate "
                "sebagai pemilik skema, atau perbarui csodesk).")
                .arg(schema->currentVersion)
                .arg(schema->latestVersion),
            QStringLiteral("floor schema version mismatch")));
    }
    auto person = m_database.read([](QSqlDatabase& db) { return floor_accounts::whoami(db); });
    if (!person.ok())
        return refuse(person.error());
    if (!person->has_value()) {
        return refuse(makeError(ErrorKind::PermissionDenied,
            QCoreApplication::translate("Auth", "Login basis data \"%1\" bukan pengguna csodesk. Hubungi admin.")
                .arg(name),
            QStringLiteral("login: not a csodesk user")));
    }
    const UserAccount& who = person->value();
    if (who.disabled) {
        return refuse(makeError(ErrorKind::PermissionDenied,
            QCoreApplication::translate("Auth", "Akun ini sudah dinonaktifkan. Hubungi admin."),
            QStringLiteral("login: account disabled")));
    }
    if (auto audited = m_audit.record(who.name, AuditAction::Login); !audited.ok())
        return refuse(audited.error());
    return who.toActor();
}

Error AuthService::refuseUnknownName(const QString& name, const QString& password)
{
    const QDateTime now = m_clock.nowUtc();
    // A day of failures is more than any lock can span (the count of a real account survives
    // longer, but no answer within a lock's reach differs).
    AuditFilter filter;
    filter.from = now.addDays(-1);
    filter.actor = name;
    filter.action = AuditAction::LoginFailed;
    filter.limit = 500;
    QList<QDateTime> failures;
    if (auto recorded = m_audit.query(filter); recorded.ok()) {
        for (const AuditEntry& entry : recorded.value())
            failures.prepend(entry.at); // the log lists the newest first
    }
    const ReplayedLock lock = replayLock(failures, kMaxFailedAttempts, kLockMinutes);
    // Spend the same effort as for a real user, so timing does not reveal which names exist.
    (void)m_hasher.hash(password);
    if (lock.lockedUntil.isValid() && now < lock.lockedUntil) {
        (void)m_audit.record(name, AuditAction::LoginFailed, {}, QStringLiteral("unknown user, locked"));
        return lockedError(lock.lockedUntil);
    }
    (void)m_audit.record(name, AuditAction::LoginFailed, {}, QStringLiteral("unknown user"));
    const bool expired = lock.lockedUntil.isValid();
    if ((expired ? 0 : lock.failures) + 1 >= kMaxFailedAttempts)
        return lockedError(now.addSecs(kLockMinutes * 60));
    return wrongCredentials();
}

Result<Actor> AuthService::login(const QString& name, const QString& password)
{
    if (m_database.peopleAreDatabaseLogins())
        return loginAsDatabaseLogin(name.trimmed(), password);
    auto found = m_database.read([&](QSqlDatabase& db) { return users::findByName(db, name.trimmed()); });
    if (!found.ok())
        return found.error();
    if (!found->has_value())
        return refuseUnknownName(name.trimmed(), password);
    const users::StoredUser user = std::move(found).value().value();
    const QDateTime now = m_clock.nowUtc();

    // One check is taken before the password is checked, in one statement: a locked account is
    // not checked at all, and guesses sent in parallel get no more checks than the limit. The
    // hash itself is checked outside any transaction: it takes a noticeable moment, and
    // holding the write lock meanwhile would stall every other agent's filing.
    auto attempt = m_database.write([&](QSqlDatabase& db) {
        return users::takeAttempt(db, user.account.id, kMaxFailedAttempts, toEpochMs(now), kLockMinutes * 60 * 1000);
    });
    if (!attempt.ok())
        return attempt.error();
    if (!attempt->has_value()) {
        (void)m_hasher.hash(password); // the same time as a checked one: timing tells nothing
        (void)m_audit.record(user.account.name, AuditAction::LoginFailed, {}, QStringLiteral("locked"));
        auto current = m_database.read([&](QSqlDatabase& db) { return users::findByName(db, user.account.name); });
        const QDateTime until = current.ok() && current->has_value() ? current->value().account.lockedUntil
                                                                     : now.addSecs(kLockMinutes * 60);
        return lockedError(until);
    }

    if (!m_hasher.verify(user.passwordHash, password)) {
        const std::optional<qint64> lockedUntilMs = attempt->value().lockedUntilMs;
        (void)m_audit.record(user.account.name, AuditAction::LoginFailed, {},
            lockedUntilMs ? QStringLiteral("wrong password, now locked") : QStringLiteral("wrong password"));
        if (lockedUntilMs)
            return lockedError(fromEpochMs(*lockedUntilMs));
        return wrongCredentials();
    }

    if (user.account.disabled) {
        (void)m_audit.record(user.account.name, AuditAction::LoginFailed, {}, QStringLiteral("disabled"));
        return makeError(ErrorKind::PermissionDenied,
            QCoreApplication::translate("Auth", "Akun ini sudah dinonaktifkan. Hubungi admin."),
            QStringLiteral("login: account disabled"));
    }

    // Hashes made with an older cost setting are upgraded while the password is at hand.
    QString rehashed;
    if (m_hasher.needsRehash(user.passwordHash)) {
        if (auto fresh = m_hasher.hash(password); fresh.ok())
            rehashed = fresh.value();
    }
    auto signedIn = m_database.write([&](QSqlDatabase& db) -> Status {
        if (!rehashed.isEmpty()) {
            if (auto stored = users::setPasswordHash(db, user.account.id, rehashed); !stored.ok())
                return stored;
        } else if (auto cleared = users::clearFailures(db, user.account.id); !cleared.ok()) {
            return cleared; // the check taken in advance was not a failure after all
        }
        return m_audit.record(db, user.account.name, AuditAction::Login);
    });
    if (!signedIn.ok())
        return signedIn.error();
    return user.account.toActor();
}

} // namespace csodesk
