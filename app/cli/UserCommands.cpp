// user add/list/disable/passwd/role: account management (admins), first-admin bootstrap.
#include "CliActions.h"
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "auth/RoleCode.h"
#include "auth/UserService.h"
#include "common/TimeUtil.h"

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
        QStringLiteral("agent, supervisor or admin (default agent)."), QStringLiteral("role"), QStringLiteral("agent"));
    parser.addOption(roleOption);
    if (auto stop = parseAction(context, parser,
            QStringLiteral("Add a user. The new password is read from standard input (one line) or "
                           "asked twice on a terminal, never taken from an argument.\n"
                           "On a database without users the first user is created as admin without "
                           "signing in; afterwards --user must name an admin."),
            { QStringLiteral("name") }))
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
            return context.usage(QStringLiteral("the first user of a database must be an admin (--role admin)"));
        auto password = passwords.newPassword(name);
        if (!password.ok())
            return context.fail(password.error());
        auto admin = s.users->bootstrapAdmin(name, password.value());
        if (!admin.ok())
            return context.fail(admin.error());
        context.out() << "Admin " << name << " created (first user of this database).\n";
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
    context.out() << "User " << name << " added as " << roleCode(role.value()) << ".\n";
    return ExitOk;
}

int runList(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(jsonOption);
    if (auto stop = parseAction(context, parser, QStringLiteral("List the users (admins only).")))
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
    auto state = [&now](const UserAccount& account) -> QString {
        if (account.disabled)
            return QStringLiteral("disabled");
        if (account.isLockedAt(now))
            return QStringLiteral("locked until ") + formatWib(account.lockedUntil);
        return QStringLiteral("active");
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
    for (const UserAccount& account : std::as_const(accounts.value()))
        context.out() << account.name.leftJustified(24) << roleCode(account.role).leftJustified(12) << state(account)
                      << "\n";
    return ExitOk;
}

int runDisable(CliContext& context)
{
    QCommandLineParser parser;
    if (auto stop = parseAction(context, parser,
            QStringLiteral("Disable a user (admins only). Their tickets are kept."), { QStringLiteral("name") }))
        return *stop;
    PasswordInput passwords(context);
    auto session = signedInSession(context, passwords, parser);
    if (!session.ok())
        return context.fail(session.error());
    UserSession& s = *session.value();
    const QString name = parser.positionalArguments().at(0);
    if (auto disabled = s.users->disable(s.actor, name); !disabled.ok())
        return context.fail(disabled.error());
    context.out() << "User " << name << " disabled.\n";
    return ExitOk;
}

int runRole(CliContext& context)
{
    QCommandLineParser parser;
    if (auto stop = parseAction(context, parser, QStringLiteral("Change a user's role (admins only)."),
            { QStringLiteral("name"), QStringLiteral("role") }))
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
    context.out() << "User " << name << " is now " << roleCode(role.value()) << ".\n";
    return ExitOk;
}

int runPasswd(CliContext& context)
{
    QCommandLineParser parser;
    if (auto stop = parseAction(context, parser,
            QStringLiteral("Set a user's password: an admin for anyone, everyone for themselves. "
                           "Standard input holds the signing-in password (unless CSODESK_PASSWORD is "
                           "set), then the new one. Also lifts a lock."),
            { QStringLiteral("name") }))
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
    context.out() << "Password of " << name << " changed.\n";
    return ExitOk;
}

int runUser(CliContext& context)
{
    return dispatchAction(context,
        { { "add", runAdd }, { "list", runList }, { "disable", runDisable }, { "role", runRole },
            { "passwd", runPasswd } },
        QStringLiteral("Usage: csodesk-cli user ACTION ...\n\n"
                       "  add NAME [--role ROLE] [--user ADMIN]   add a user (the first one becomes admin)\n"
                       "  list [--json] --user ADMIN              list users\n"
                       "  disable NAME --user ADMIN               disable a user, keeping their tickets\n"
                       "  role NAME ROLE --user ADMIN             change a user's role\n"
                       "  passwd NAME --user NAME|ADMIN           set a password\n\n"
                       "Passwords are never arguments: CSODESK_PASSWORD or standard input signs in, the next line of\n"
                       "standard input (or a prompt) gives a new password.\n"));
}

} // namespace

void registerUserCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("user"), QStringLiteral("Manage users: add, list, disable, role, passwd"), runUser });
}

} // namespace csodesk::cli
