// user add/list/disable/passwd/role: account management (admins), first-admin bootstrap.
#include "CliActions.h"
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"
#include "auth/RoleCode.h"
#include "auth/UserService.h"
#include "common/TimeUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace csodesk::cli {

namespace {

// What every user action shares: the database, the audit log, the hasher, the service, and
// (once signed in) who is acting.
struct UserSession {
    std::shared_ptr<Database> database;
    std::unique_ptr<AuditLog> audit;
    PasswordHasher hasher;
    std::unique_ptr<UserService> users;
    Actor actor;
};

Result<std::unique_ptr<UserSession>> openSession(CliContext& context)
{
    auto database = context.database();
    if (!database.ok())
        return database.error();
    auto session = std::make_unique<UserSession>();
    session->database = database.value();
    session->audit = std::make_unique<AuditLog>(*session->database, context.clock());
    session->users
        = std::make_unique<UserService>(*session->database, *session->audit, context.clock(), session->hasher);
    return session;
}

Status signInto(CliContext& context, UserSession& session, PasswordInput& passwords, const QCommandLineParser& parser)
{
    auto actor
        = signIn(context, *session.database, *session.audit, session.hasher, passwords, parser.value(userOption()));
    if (!actor.ok())
        return actor.error();
    session.actor = actor.value();
    return {};
}

Result<std::unique_ptr<UserSession>> signedInSession(
    CliContext& context, PasswordInput& passwords, const QCommandLineParser& parser)
{
    auto session = openSession(context);
    if (!session.ok())
        return session;
    if (auto signedIn = signInto(context, *session.value(), passwords, parser); !signedIn.ok())
        return signedIn.error();
    return session;
}

int runAdd(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption roleOption(QStringLiteral("role"),
        QCoreApplication::translate("CliUser", "agent, supervisor atau admin (bawaan agent)."),
        QCoreApplication::translate("Cli", "peran"), QStringLiteral("agent"));
    parser.addOption(roleOption);
    if (auto stop = parseAction(context, parser,
            QCoreApplication::translate("CliUser",
                "Tambahkan pengguna. Kata sandi baru dibaca dari masukan standar (satu baris) atau ditanyakan dua\n"
                "kali di terminal, tidak pernah dari argumen.\n"
                "Pada basis data tanpa pengguna, pengguna pertama dibuat sebagai admin tanpa masuk; sesudahnya\n"
                "--user harus menyebut seorang admin."),
            { QCoreApplication::translate("Cli", "nama") }))
        return *stop;
    const QString name = parser.positionalArguments().at(0);
    auto role = roleFromCode(parser.value(roleOption));
    if (!role.ok())
        return context.fail(role.error());
    auto session = openSession(context);
    if (!session.ok())
        return context.fail(session.error());
    UserSession& s = *session.value();
    PasswordInput passwords(context);

    // On a floor the first admin is made by `floor init`; nobody can count users before signing in.
    auto anyUser = s.database->peopleAreDatabaseLogins() ? Result<bool>(true) : s.users->hasAnyUser();
    if (!anyUser.ok())
        return context.fail(anyUser.error());
    if (!anyUser.value()) {
        if (role.value() != Role::Admin && parser.isSet(roleOption))
            return context.usage(QCoreApplication::translate(
                "CliUser", "pengguna pertama sebuah basis data harus admin (--role admin)"));
        auto password = passwords.newPassword(name);
        if (!password.ok())
            return context.fail(password.error());
        auto admin = s.users->bootstrapAdmin(name, password.value());
        if (!admin.ok())
            return context.fail(admin.error());
        context.out()
            << QCoreApplication::translate("CliUser", "Admin %1 dibuat (pengguna pertama basis data ini).").arg(name)
            << "\n";
        return ExitOk;
    }

    if (auto signedIn = signInto(context, s, passwords, parser); !signedIn.ok())
        return context.fail(signedIn.error());
    auto password = passwords.newPassword(name);
    if (!password.ok())
        return context.fail(password.error());
    auto added = s.users->add(s.actor, name, role.value(), password.value());
    if (!added.ok())
        return context.fail(added.error());
    context.out() << QCoreApplication::translate("CliUser", "Pengguna %1 ditambahkan sebagai %2.")
                         .arg(name, roleCode(role.value()))
                  << "\n";
    return ExitOk;
}

int runList(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Cetak sebagai JSON (tidak diterjemahkan)."));
    parser.addOption(jsonOption);
    if (auto stop
        = parseAction(context, parser, QCoreApplication::translate("CliUser", "Daftar pengguna (hanya admin).")))
        return *stop;
    PasswordInput passwords(context);
    auto session = signedInSession(context, passwords, parser);
    if (!session.ok())
        return context.fail(session.error());
    UserSession& s = *session.value();
    auto accounts = s.users->list(s.actor);
    if (!accounts.ok())
        return context.fail(accounts.error());

    const QDateTime now = context.clock().nowUtc();
    // The codes for JSON, words for people.
    auto state = [&now](const UserAccount& account) -> QString {
        if (account.disabled)
            return QStringLiteral("disabled");
        if (account.isLockedAt(now))
            return QStringLiteral("locked until ") + formatWib(account.lockedUntil);
        return QStringLiteral("active");
    };
    auto stateText = [&now](const UserAccount& account) -> QString {
        if (account.disabled)
            return QCoreApplication::translate("CliUser", "nonaktif");
        if (account.isLockedAt(now))
            return QCoreApplication::translate("CliUser", "terkunci sampai %1").arg(formatWib(account.lockedUntil));
        return QCoreApplication::translate("CliUser", "aktif");
    };
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const UserAccount& account : std::as_const(accounts.value())) {
            array.append(QJsonObject { { QStringLiteral("name"), account.name },
                { QStringLiteral("role"), roleCode(account.role) }, { QStringLiteral("state"), state(account) },
                { QStringLiteral("created_at"), account.createdAt.toString(Qt::ISODate) } });
        }
        context.printJson(QJsonDocument(array));
        return ExitOk;
    }
    TextTable table({ QCoreApplication::translate("CliUser", "Nama"), QCoreApplication::translate("CliUser", "Peran"),
        QCoreApplication::translate("CliUser", "Keadaan") });
    for (const UserAccount& account : std::as_const(accounts.value()))
        table.addRow({ account.name, roleCode(account.role), stateText(account) });
    table.print(context.out());
    return ExitOk;
}

int runDisable(CliContext& context)
{
    QCommandLineParser parser;
    if (auto stop = parseAction(context, parser,
            QCoreApplication::translate("CliUser", "Nonaktifkan pengguna (hanya admin). Tiketnya tetap disimpan."),
            { QCoreApplication::translate("Cli", "nama") }))
        return *stop;
    PasswordInput passwords(context);
    auto session = signedInSession(context, passwords, parser);
    if (!session.ok())
        return context.fail(session.error());
    UserSession& s = *session.value();
    const QString name = parser.positionalArguments().at(0);
    if (auto disabled = s.users->disable(s.actor, name); !disabled.ok())
        return context.fail(disabled.error());
    context.out() << QCoreApplication::translate("CliUser", "Pengguna %1 dinonaktifkan.").arg(name) << "\n";
    return ExitOk;
}

int runRole(CliContext& context)
{
    QCommandLineParser parser;
    if (auto stop
        = parseAction(context, parser, QCoreApplication::translate("CliUser", "Ubah peran pengguna (hanya admin)."),
            { QCoreApplication::translate("Cli", "nama"), QCoreApplication::translate("Cli", "peran") }))
        return *stop;
    auto role = roleFromCode(parser.positionalArguments().at(1));
    if (!role.ok())
        return context.fail(role.error());
    PasswordInput passwords(context);
    auto session = signedInSession(context, passwords, parser);
    if (!session.ok())
        return context.fail(session.error());
    UserSession& s = *session.value();
    const QString name = parser.positionalArguments().at(0);
    if (auto changed = s.users->changeRole(s.actor, name, role.value()); !changed.ok())
        return context.fail(changed.error());
    context.out()
        << QCoreApplication::translate("CliUser", "Pengguna %1 sekarang %2.").arg(name, roleCode(role.value())) << "\n";
    return ExitOk;
}

int runPasswd(CliContext& context)
{
    QCommandLineParser parser;
    if (auto stop = parseAction(context, parser,
            QCoreApplication::translate("CliUser",
                "Tetapkan kata sandi pengguna: admin untuk siapa saja, setiap orang untuk dirinya sendiri. Masukan\n"
                "standar berisi kata sandi untuk masuk (kecuali CSODESK_PASSWORD diisi), lalu kata sandi baru.\n"
                "Juga membuka kunci akun."),
            { QCoreApplication::translate("Cli", "nama") }))
        return *stop;
    PasswordInput passwords(context);
    auto session = signedInSession(context, passwords, parser);
    if (!session.ok())
        return context.fail(session.error());
    UserSession& s = *session.value();
    const QString name = parser.positionalArguments().at(0);
    auto password = passwords.newPassword(name);
    if (!password.ok())
        return context.fail(password.error());
    if (auto changed = s.users->setPassword(s.actor, name, password.value()); !changed.ok())
        return context.fail(changed.error());
    context.out() << QCoreApplication::translate("CliUser", "Kata sandi %1 diganti.").arg(name) << "\n";
    return ExitOk;
}

int runUser(CliContext& context)
{
    return dispatchAction(context,
        { { "add", runAdd }, { "list", runList }, { "disable", runDisable }, { "role", runRole },
            { "passwd", runPasswd } },
        groupHelp(QCoreApplication::translate("CliUser", "Pemakaian: csodesk-cli user TINDAKAN ..."),
            {
                { QCoreApplication::translate("CliUser", "add NAMA [--role PERAN] [--user ADMIN]"),
                    QCoreApplication::translate("CliUser", "tambahkan pengguna (yang pertama menjadi admin)") },
                { QCoreApplication::translate("CliUser", "list [--json] --user ADMIN"),
                    QCoreApplication::translate("CliUser", "daftar pengguna") },
                { QCoreApplication::translate("CliUser", "disable NAMA --user ADMIN"),
                    QCoreApplication::translate("CliUser", "nonaktifkan pengguna, tiketnya tetap disimpan") },
                { QCoreApplication::translate("CliUser", "role NAMA PERAN --user ADMIN"),
                    QCoreApplication::translate("CliUser", "ubah peran pengguna") },
                { QCoreApplication::translate("CliUser", "passwd NAMA --user NAMA|ADMIN"),
                    QCoreApplication::translate("CliUser", "tetapkan kata sandi") },
            },
            QCoreApplication::translate("CliUser",
                "Kata sandi tidak pernah menjadi argumen: CSODESK_PASSWORD atau masukan standar untuk masuk,\n"
                "baris berikutnya di masukan standar (atau pertanyaan di terminal) untuk kata sandi baru.")));
}

} // namespace

void registerUserCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("user"),
        QCoreApplication::translate("CliUser", "Kelola pengguna: add, list, disable, role, passwd"), runUser });
}

} // namespace csodesk::cli
