#include "FloorSetup.h"

#include "auth/FloorAccounts.h"
#include "auth/FloorSql.h"
#include "auth/RoleCode.h"
#include "auth/UserService.h"
#include "common/TimeUtil.h"
#include "storage/Migrator.h"

#include <QCoreApplication>

namespace csodesk::floor_setup {

namespace {

Error notOwner(const QString& why)
{
    return makeError(ErrorKind::PermissionDenied,
        QCoreApplication::translate("Floor",
            "floor init harus dijalankan sebagai pemilik skema, dengan namanya di "
            "alamat basis data (postgresql://PEMILIK@server/db): %1")
            .arg(why),
        QStringLiteral("floor init: %1").arg(why));
}

} // namespace

QString severityLabel(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Unsafe:
        return QStringLiteral("UNSAFE");
    }
    return QStringLiteral("UNSAFE");
}

Result<InitReport> init(Database& database, const Clock& clock, const QString& adminName, const QString& adminPassword)
{
    if (database.isSqlite())
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "Floor", "floor init hanya untuk PostgreSQL; SQLite adalah basis data satu komputer."),
            QStringLiteral("floor init on sqlite"));
    if (database.peopleAreDatabaseLogins())
        return notOwner(QStringLiteral("the URL names no login"));
    if (auto valid = UserService::checkName(adminName); !valid.ok())
        return valid.error();
    if (auto strong = PasswordHasher::checkStrength(adminPassword); !strong.ok())
        return strong.error();

    InitReport report;
    auto superuser = database.read([](QSqlDatabase& db) { return floor_sql::isSuperuser(db); });
    if (!superuser.ok())
        return superuser.error();
    if (superuser.value())
        report.warnings.append(
            QStringLiteral("the schema owner is a superuser; a floor's owner should be a CREATEROLE role"));

    Migrator migrator(database);
    auto applied = migrator.migrate();
    if (!applied.ok())
        return applied.error();
    report.migrationsApplied = applied.value();

    auto owner = database.read([](QSqlDatabase& db) { return floor_sql::isSchemaOwner(db); });
    if (!owner.ok())
        return owner.error();
    if (!owner.value())
        return notOwner(QStringLiteral("%1 does not own the schema").arg(database.loginName()));

    // Disabling a person ends their open sessions: the owner needs pg_signal_backend for that.
    auto signal = database.read([](QSqlDatabase& db) { return floor_sql::canSignalBackends(db); });
    if (signal.ok() && !signal.value()) {
        auto granted = database.read([](QSqlDatabase& db) { return floor_sql::grantSignalBackend(db); });
        if (!granted.ok())
            report.warnings.append(QStringLiteral("could not grant pg_signal_backend to the owner (ask the DBA): "
                                                  "'user disable' will not end a person's open sessions"));
    }

    auto created = database.write([&](QSqlDatabase& db) -> Result<bool> {
        // An account from before the floor (a users row without a login role) is adopted below.
        auto existing = floor_sql::loginUserRole(db, adminName);
        if (!existing.ok())
            return existing.error();
        if (existing->has_value()) {
            if (existing->value() != roleCode(Role::Admin))
                return makeError(ErrorKind::Conflict,
                    QCoreApplication::translate("Floor", "Pengguna \"%1\" sudah ada, tetapi bukan admin.")
                        .arg(adminName),
                    QStringLiteral("floor init: admin exists with another role"));
            return false;
        }
        auto id = floor_accounts::add(
            db, adminName, Role::Admin, adminPassword, database.loginName(), toEpochMs(clock.nowUtc()));
        if (!id.ok())
            return id.error();
        return true;
    });
    if (!created.ok())
        return created.error();
    report.adminCreated = created.value();
    return report;
}

Result<QList<Finding>> check(Database& database)
{
    if (database.isSqlite()) {
        return QList<Finding> { { Severity::Warning,
            QStringLiteral("SQLite is one workstation's database: no roles, the file's permissions are "
                           "its only protection (docs/database.md)") } };
    }
    return database.read([&](QSqlDatabase& db) -> Result<QList<Finding>> {
        QList<Finding> findings;
        const auto add = [&](bool bad, Severity severity, const QString& badText, const QString& goodText) {
            findings.append(bad ? Finding { severity, badText } : Finding { Severity::Ok, goodText });
        };

        auto who = floor_sql::currentLogin(db);
        if (!who.ok())
            return who.error();
        if (!who->has_value())
            return makeError(ErrorKind::Internal, QStringLiteral("floor check"), QStringLiteral("no pg_roles row"));
        const QString login = who->value().name;
        add(who->value().superuser, Severity::Unsafe, QStringLiteral("%1 is a superuser").arg(login),
            QStringLiteral("%1 is not a superuser").arg(login));
        add(who->value().bypassRls, Severity::Unsafe, QStringLiteral("%1 bypasses row-level security").arg(login),
            QStringLiteral("%1 is subject to row-level security").arg(login));

        auto version = floor_sql::schemaVersion(db);
        if (!version.ok())
            return version.error();
        auto latest = Migrator(database).status();
        if (!latest.ok())
            return latest.error();
        add(!latest->isCurrent(), Severity::Unsafe,
            QStringLiteral("schema at version %1, this program expects %2")
                .arg(latest->currentVersion)
                .arg(latest->latestVersion),
            QStringLiteral("schema at version %1").arg(latest->currentVersion));
        if (latest->currentVersion < 5)
            return findings; // nothing of the floor's design is there to check yet

        auto owner = floor_sql::ownsTickets(db);
        if (!owner.ok())
            return owner.error();
        add(owner.value(), Severity::Warning,
            QStringLiteral(
                "%1 owns the schema: right for floor init and migrate, never a workstation's login (use a URL "
                "without a login name)")
                .arg(login),
            QStringLiteral("%1 does not own the schema").arg(login));

        auto tls = floor_sql::connectionEncrypted(db);
        if (!tls.ok())
            return tls.error();
        add(!tls.value(), Severity::Unsafe, QStringLiteral("the connection is not encrypted (no TLS)"),
            QStringLiteral("the connection is encrypted (TLS)"));
        const QString sslMode = database.url().parameter(QStringLiteral("sslmode"));
        add(sslMode != QLatin1String("verify-full"), Severity::Warning,
            QStringLiteral("sslmode=%1 does not check the server's certificate and name; use sslmode=verify-full with "
                           "sslrootcert")
                .arg(sslMode.isEmpty() ? QStringLiteral("prefer") : sslMode),
            QStringLiteral("sslmode=verify-full"));

        auto publicGrants = floor_sql::publicGrants(db);
        if (!publicGrants.ok())
            return publicGrants.error();
        add(!publicGrants->isEmpty(), Severity::Unsafe,
            QStringLiteral("PUBLIC holds privileges on: %1").arg(publicGrants->join(QStringLiteral(", "))),
            QStringLiteral("PUBLIC holds no privilege"));

        // Nobody but the owner may change or remove what is stored.
        auto wide = floor_sql::writePrivilegesBesidesOwner(db);
        if (!wide.ok())
            return wide.error();
        add(!wide->isEmpty(), Severity::Unsafe,
            QStringLiteral("write privileges besides the owner's: %1").arg(wide->join(QStringLiteral(", "))),
            QStringLiteral("only the owner may write the tables"));

        auto rls = floor_sql::tablesWithoutRowSecurity(db);
        if (!rls.ok())
            return rls.error();
        add(!rls->isEmpty(), Severity::Unsafe,
            QStringLiteral("row-level security is off on: %1").arg(rls->join(QStringLiteral(", "))),
            QStringLiteral("row-level security is on for tickets, their events and the access log"));

        auto groups = floor_sql::missingGroupRoles(db);
        if (!groups.ok())
            return groups.error();
        add(!groups->isEmpty(), Severity::Unsafe,
            QStringLiteral("missing group roles: %1").arg(groups->join(QStringLiteral(", "))),
            QStringLiteral("the group roles exist"));
        return findings;
    });
}

} // namespace csodesk::floor_setup
