// floor init / floor check: set a PostgreSQL floor up as its schema owner, and say what is unsafe.
#include "CliActions.h"
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "auth/FloorSetup.h"

#include <QJsonArray>
#include <QJsonObject>

namespace csodesk::cli {

namespace {

int runInit(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption adminOption(QStringLiteral("admin"),
        QStringLiteral("The first admin's login name; the password is read from standard "
                       "input (or a prompt), as 'user add' reads it."),
        QStringLiteral("name"));
    parser.addOption(adminOption);
    if (auto stop = context.parse(parser,
            QStringLiteral("Set up a PostgreSQL floor as its schema owner: group roles, "
                           "schema, privileges, functions and the first admin. Idempotent.")))
        return *stop;
    if (!parser.isSet(adminOption))
        return context.usage(QStringLiteral("floor init needs --admin NAME"));
    auto database = context.database(false);
    if (!database.ok())
        return context.fail(database.error());
    PasswordInput passwords(context);
    auto password = passwords.newPassword(parser.value(adminOption));
    if (!password.ok())
        return context.fail(password.error());
    auto report = floor_setup::init(*database.value(), context.clock(), parser.value(adminOption), password.value());
    if (!report.ok())
        return context.fail(report.error());
    context.out() << "Floor ready in " << database.value()->url().displayString() << ": " << report->migrationsApplied
                  << " migration(s) applied; admin " << parser.value(adminOption)
                  << (report->adminCreated ? " created" : " already there") << ".\n";
    for (const QString& warning : std::as_const(report->warnings))
        context.err() << "warning: " << warning << "\n";
    return ExitOk;
}

int runCheck(CliContext& context)
{
    QCommandLineParser parser;
    parser.addOption(userOption());
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the findings as JSON."));
    parser.addOption(jsonOption);
    if (auto stop = context.parse(parser,
            QStringLiteral("Report what is unsafe about this floor as seen from this "
                           "connection. Exit code 1 when anything is unsafe.")))
        return *stop;
    auto database = context.database(false);
    if (!database.ok())
        return context.fail(database.error());
    if (database.value()->peopleAreDatabaseLogins()) {
        // A workstation's URL: check it as the person who will use it.
        auto actor = signInUser(context, *database.value(), parser.value(userOption()));
        if (!actor.ok())
            return context.fail(actor.error());
    }
    auto findings = floor_setup::check(*database.value());
    if (!findings.ok())
        return context.fail(findings.error());
    bool unsafe = false;
    QJsonArray rows;
    for (const floor_setup::Finding& finding : std::as_const(findings.value())) {
        unsafe = unsafe || finding.severity == floor_setup::Severity::Unsafe;
        rows.append(
            QJsonObject { { QStringLiteral("severity"), floor_setup::severityLabel(finding.severity).toLower() },
                { QStringLiteral("finding"), finding.what } });
    }
    if (parser.isSet(jsonOption)) {
        context.printJson(
            QJsonDocument(QJsonObject { { QStringLiteral("database"), database.value()->url().displayString() },
                { QStringLiteral("safe"), !unsafe }, { QStringLiteral("findings"), rows } }));
    } else {
        context.out() << "Floor check of " << database.value()->url().displayString() << "\n";
        for (const floor_setup::Finding& finding : std::as_const(findings.value()))
            context.out() << "  " << floor_setup::severityLabel(finding.severity).leftJustified(8) << finding.what
                          << "\n";
    }
    return unsafe ? ExitBadInput : ExitOk;
}

int runFloor(CliContext& context)
{
    return dispatchAction(context, { { "init", runInit }, { "check", runCheck } },
        QStringLiteral("Usage: csodesk-cli floor ACTION ...\n\n"
                       "  init --admin NAME            as the schema owner (its login in --db): group roles,\n"
                       "                               schema, privileges, functions, the first admin\n"
                       "                               (password on standard input). Idempotent.\n"
                       "  check [--user NAME] [--json] what is unsafe about this floor, seen from this\n"
                       "                               connection; exit code 1 when anything is\n"));
}

} // namespace

void registerFloorCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("floor"), QStringLiteral("Set up (init) or check a PostgreSQL floor"), runFloor });
}

} // namespace csodesk::cli
