#include "DemoUsers.h"

#include "auth/UserRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace csodesk::demo_users {

QList<DemoUser> accounts()
{
    QList<DemoUser> list;
    const auto add = [&list](const QString& name, Role role) {
        list.append({ name, role, name + QStringLiteral("-demo") });
    };
    add(QStringLiteral("admin1"), Role::Admin);
    add(QStringLiteral("spv1"), Role::Supervisor);
    for (int i = 1; i <= 5; ++i)
        add(QStringLiteral("agen%1").arg(i), Role::Agent);
    return list;
}

namespace {

Result<std::optional<users::StoredUser>> find(Database& database, const QString& name)
{
    return database.read([&](QSqlDatabase& db) { return users::findByName(db, name); });
}

} // namespace

Result<bool> hasOwnUsers(Database& database)
{
    auto all = database.read([](QSqlDatabase& db) { return users::all(db); });
    if (!all.ok())
        return all.error();
    const QList<DemoUser> demo = accounts();
    for (const UserAccount& account : all.value()) {
        const bool isDemo = std::any_of(
            demo.cbegin(), demo.cend(), [&account](const DemoUser& user) { return user.name == account.name; });
        if (!isDemo)
            return true;
    }
    return false;
}

Result<DemoUsersSummary> ensure(Database& database, UserService& users)
{
    const QList<DemoUser> demo = accounts();
    const DemoUser& adminAccount = demo.front();
    DemoUsersSummary summary;

    auto own = hasOwnUsers(database);
    if (!own.ok())
        return own.error();
    if (own.value())
        return makeError(ErrorKind::Conflict,
            QCoreApplication::translate("DemoUsers",
                "Basis data ini sudah punya pengguna sendiri; akun demo (dengan kata sandi yang diketahui umum) "
                "hanya dibuat di basis data demo."),
            QStringLiteral("demo users refused: the database has users of its own"));

    auto any = users.hasAnyUser();
    if (!any.ok())
        return any.error();
    if (!any.value()) {
        auto admin = users.bootstrapAdmin(adminAccount.name, adminAccount.password);
        if (!admin.ok())
            return admin.error();
        ++summary.created;
    }
    auto admin = find(database, adminAccount.name);
    if (!admin.ok())
        return admin.error();
    if (!admin->has_value() || admin->value().account.role != Role::Admin)
        return makeError(ErrorKind::Conflict,
            QCoreApplication::translate("DemoUsers",
                "Basis data ini sudah punya pengguna sendiri; akun demo hanya "
                "dibuat di basis data demo (kosong, atau dengan admin \"admin1\")."),
            QStringLiteral("demo users refused: users exist and admin1 is not an admin"));
    summary.admin = admin->value().account.toActor();

    for (const DemoUser& account : demo) {
        auto existing = find(database, account.name);
        if (!existing.ok())
            return existing.error();
        Actor actor;
        if (existing->has_value()) {
            actor = existing->value().account.toActor();
        } else {
            auto added = users.add(summary.admin, account.name, account.role, account.password);
            if (!added.ok())
                return added.error();
            actor = added->toActor();
            ++summary.created;
        }
        if (account.role == Role::Agent && actor.role == Role::Agent)
            summary.agents.append(actor);
        else if (account.role == Role::Supervisor)
            summary.supervisor = actor;
    }
    return summary;
}

} // namespace csodesk::demo_users
