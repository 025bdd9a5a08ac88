#include "UserService.h"

#include "auth/AccessControl.h"
#include "auth/FloorAccounts.h"
#include "common/TimeUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace csodesk {

namespace {

// A freshly added account as the admin sees it (created at the millisecond the row stores).
UserAccount newAccount(qint64 id, const QString& name, Role role, const QDateTime& createdAt)
{
    UserAccount account;
    account.id = id;
    account.name = name;
    account.role = role;
    account.createdAt = fromEpochMs(toEpochMs(createdAt));
    return account;
}

} // namespace

Status UserService::checkName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"));
    if (!pattern.match(name).hasMatch()) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Auth",
                "Nama pengguna \"%1\" tidak valid: 2–32 karakter huruf, angka, titik, garis bawah atau "
                "tanda hubung, diawali huruf atau angka.")
                .arg(name),
            QStringLiteral("bad user name"));
    }
    return {};
}

Result<QString> UserService::checkedHash(const QString& name, const QString& password) const
{
    if (auto valid = checkName(name); !valid.ok())
        return valid.error();
    if (auto strong = PasswordHasher::checkStrength(password); !strong.ok())
        return strong.error();
    return m_hasher.hash(password);
}

Result<bool> UserService::hasAnyUser()
{
    auto count = m_database.read([](QSqlDatabase& db) { return users::count(db); });
    if (!count.ok())
        return count.error();
    return count.value() > 0;
}

Result<users::StoredUser> UserService::existing(QSqlDatabase& db, const QString& name)
{
    auto found = users::findByName(db, name, false);
    if (!found.ok())
        return found.error();
    if (!found->has_value()) {
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("Auth", "Pengguna \"%1\" tidak ditemukan.").arg(name),
            QStringLiteral("user not found"));
    }
    return std::move(found).value().value();
}

Result<UserAccount> UserService::insertUser(
    QSqlDatabase& db, const QString& actorName, const QString& name, Role role, const QString& passwordHash)
{
    auto found = users::findByName(db, name);
    if (!found.ok())
        return found.error();
    if (found->has_value()) {
        return makeError(ErrorKind::Conflict,
            QCoreApplication::translate("Auth", "Pengguna \"%1\" sudah ada.").arg(name),
            QStringLiteral("duplicate user name"));
    }
    const QDateTime now = m_clock.nowUtc();
    auto id = users::insert(db, name, role, passwordHash, toEpochMs(now));
    if (!id.ok())
        return id.error();
    if (auto audited = m_audit.record(
            db, actorName, AuditAction::UserAdmin, {}, QStringLiteral("add %1 as %2").arg(name, roleCode(role)));
        !audited.ok())
        return audited.error();
    return newAccount(id.value(), name, role, now);
}

Result<UserAccount> UserService::bootstrapAdmin(const QString& name, const QString& password)
{
    if (m_database.peopleAreDatabaseLogins()) {
        return makeError(ErrorKind::PermissionDenied,
            QCoreApplication::translate("Auth",
                "Di basis data lantai, admin pertama dibuat oleh pemilik skema: "
                "csodesk-cli --db postgresql://PEMILIK@server/db floor init --admin NAMA."),
            QStringLiteral("bootstrap on a floor"));
    }
    auto hash = checkedHash(name, password);
    if (!hash.ok())
        return hash.error();
    return m_database.write([&](QSqlDatabase& db) -> Result<UserAccount> {
        if (!m_database.isSqlite()) {
            // Two first-time set-ups at once must not both see an empty table (SQLite's
            // BEGIN IMMEDIATE already serialises writers).
            if (auto locked = execQuery(db, QStringLiteral("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE"));
                !locked.ok())
                return locked.error();
        }
        auto count = users::count(db);
        if (!count.ok())
            return count.error();
        if (count.value() > 0) {
            return makeError(ErrorKind::Conflict,
                QCoreApplication::translate(
                    "Auth", "Sudah ada pengguna. Masuk sebagai admin untuk menambah pengguna baru."),
                QStringLiteral("bootstrap refused: users exist"));
        }
        return insertUser(db, name, name, Role::Admin, hash.value());
    });
}

Result<UserAccount> UserService::add(const Actor& actor, const QString& name, Role role, const QString& password)
{
    if (auto allowed = access::requireAdmin(actor, QCoreApplication::translate("Auth", "menambah pengguna"));
        !allowed.ok())
        return allowed.error();
    if (m_database.peopleAreDatabaseLogins())
        return addLogin(actor, name, role, password);
    auto hash = checkedHash(name, password);
    if (!hash.ok())
        return hash.error();
    return m_database.write([&](QSqlDatabase& db) { return insertUser(db, actor.userName, name, role, hash.value()); });
}

Result<UserAccount> UserService::addLogin(const Actor& actor, const QString& name, Role role, const QString& password)
{
    if (auto valid = checkName(name); !valid.ok())
        return valid.error();
    if (auto strong = PasswordHasher::checkStrength(password); !strong.ok())
        return strong.error();
    const QDateTime now = m_clock.nowUtc();
    return m_database.write([&](QSqlDatabase& db) -> Result<UserAccount> {
        auto id = floor_accounts::add(db, name, role, password, actor.userName, toEpochMs(now));
        if (!id.ok()) {
            Error error = id.error();
            if (error.kind == ErrorKind::Conflict || error.detail.contains(QLatin1String("does not manage")))
                error = makeError(ErrorKind::Conflict,
                    QCoreApplication::translate("Auth", "Pengguna \"%1\" sudah ada.").arg(name), error.detail);
            return error;
        }
        return newAccount(id.value(), name, role, now);
    });
}

Result<QList<UserAccount>> UserService::list(const Actor& actor)
{
    if (auto allowed = access::requireAdmin(actor, QCoreApplication::translate("Auth", "melihat daftar pengguna"));
        !allowed.ok())
        return allowed.error();
    return m_database.read([](QSqlDatabase& db) { return users::all(db); });
}

Status UserService::disable(const Actor& actor, const QString& name)
{
    if (auto allowed = access::requireAdmin(actor, QCoreApplication::translate("Auth", "menonaktifkan pengguna"));
        !allowed.ok())
        return allowed;
    return m_database.write([&](QSqlDatabase& db) -> Status {
        auto user = existing(db, name);
        if (!user.ok())
            return user.error();
        if (user->account.id == actor.userId)
            return makeError(ErrorKind::Conflict,
                QCoreApplication::translate("Auth", "Anda tidak bisa menonaktifkan akun Anda sendiri."),
                QStringLiteral("self-disable refused"));
        if (user->account.disabled)
            return {};
        if (m_database.peopleAreDatabaseLogins())
            return floor_accounts::setDisabled(db, name, true, actor.userName, toEpochMs(m_clock.nowUtc()));
        if (auto stored = users::setDisabled(db, user->account.id, true); !stored.ok())
            return stored;
        return m_audit.record(db, actor.userName, AuditAction::UserAdmin, {}, QStringLiteral("disable %1").arg(name));
    });
}

Status UserService::changeRole(const Actor& actor, const QString& name, Role role)
{
    if (auto allowed = access::requireAdmin(actor, QCoreApplication::translate("Auth", "mengubah peran pengguna"));
        !allowed.ok())
        return allowed;
    return m_database.write([&](QSqlDatabase& db) -> Status {
        auto user = existing(db, name);
        if (!user.ok())
            return user.error();
        if (user->account.id == actor.userId && role != Role::Admin) {
            // An admin demoting themselves could leave nobody able to manage accounts.
            auto others = users::countOtherActiveAdmins(db, actor.userId);
            if (!others.ok())
                return others.error();
            if (others.value() == 0)
                return makeError(ErrorKind::Conflict,
                    QCoreApplication::translate("Auth", "Anda admin terakhir; peran Anda tidak bisa diubah."),
                    QStringLiteral("last admin demotion refused"));
        }
        if (m_database.peopleAreDatabaseLogins())
            return floor_accounts::setRole(db, name, role, actor.userName, toEpochMs(m_clock.nowUtc()));
        if (auto stored = users::setRole(db, user->account.id, role); !stored.ok())
            return stored;
        return m_audit.record(
            db, actor.userName, AuditAction::UserAdmin, {}, QStringLiteral("role %1 -> %2").arg(name, roleCode(role)));
    });
}

Status UserService::setPassword(const Actor& actor, const QString& name, const QString& newPassword)
{
    if (auto signedIn = access::requireSignedIn(actor); !signedIn.ok())
        return signedIn;
    if (actor.userName != name) {
        if (auto allowed
            = access::requireAdmin(actor, QCoreApplication::translate("Auth", "mengganti kata sandi pengguna lain"));
            !allowed.ok())
            return allowed;
    }
    if (auto strong = PasswordHasher::checkStrength(newPassword); !strong.ok())
        return strong;
    if (m_database.peopleAreDatabaseLogins()) {
        const bool own = actor.userName == name;
        auto changed = m_database.write([&](QSqlDatabase& db) -> Status {
            if (own)
                return floor_accounts::setOwnPassword(db, newPassword);
            return floor_accounts::setPassword(db, name, newPassword, actor.userName, toEpochMs(m_clock.nowUtc()));
        });
        // The session's other connections must not be refused with the old one.
        if (changed.ok() && own)
            m_database.rememberNewPassword(newPassword);
        return changed;
    }
    auto hash = m_hasher.hash(newPassword);
    if (!hash.ok())
        return hash.error();
    return m_database.write([&](QSqlDatabase& db) -> Status {
        auto user = existing(db, name);
        if (!user.ok())
            return user.error();
        if (auto stored = users::setPasswordHash(db, user->account.id, hash.value()); !stored.ok())
            return stored;
        return m_audit.record(db, actor.userName, AuditAction::UserAdmin, {}, QStringLiteral("password %1").arg(name));
    });
}

} // namespace csodesk
