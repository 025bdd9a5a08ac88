// csodesk-cli: the command-line companion (migrate, check, lookup, import, sop, tickets, ...).
#include "CliContext.h"
#include "CommandRegistry.h"
#include "common/Logging.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

using namespace csodesk;
using namespace csodesk::cli;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);

    CommandRegistry registry;
    registerStorageCommands(registry);
    registerCustomerCommands(registry);
    registerBillCommands(registry);
    registerDemoDataCommands(registry);
    registerImportCommands(registry);
    registerSopCommands(registry);
    registerUserCommands(registry);
    registerFloorCommands(registry);
    registerTicketCommands(registry);
    // Further command groups register here.

    QString description = QStringLiteral("csodesk command-line companion.\n\nCommands:\n");
    for (const CliCommand& command : registry.all())
        description += QStringLiteral("  %1%2\n").arg(command.name.leftJustified(14), command.summary);
    description += QStringLiteral("\nRun 'csodesk-cli COMMAND --help' for a command's options.\n"
                                  "Exit codes: 0 ok, 1 bad input, 2 usage error, 3 not found, 4 database failure.");

    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Database URL (sqlite:PATH or postgresql://...)."), QStringLiteral("url"));
    const QCommandLineOption logLevelOption(QStringLiteral("log-level"),
        QStringLiteral("trace, debug, info, warn, error or off."), QStringLiteral("level"));
    parser.addOption(dbOption);
    parser.addOption(logLevelOption);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see Commands)."));
    // Everything after the command name belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    if (!parser.parse(app.arguments())) {
        err << "error: " << parser.errorText() << "\nRun 'csodesk-cli --help' for usage.\n";
        return ExitUsage;
    }
    if (parser.isSet(versionOption)) {
        out << "csodesk-cli " << QCoreApplication::applicationVersion() << "\n";
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        (parser.isSet(helpOption) ? out : err) << parser.helpText();
        return parser.isSet(helpOption) ? ExitOk : ExitUsage;
    }

    const CliCommand* command = registry.find(positional.first());
    if (!command) {
        err << "error: unknown command '" << positional.first() << "'\nRun 'csodesk-cli --help' for the list.\n";
        return ExitUsage;
    }

    QSettings backing;
    Settings settings(backing);
    const QString level = parser.isSet(logLevelOption) ? parser.value(logLevelOption) : settings.logLevel();
    if (!isValidLogLevel(level)) {
        err << "error: unknown log level '" << level << "'\n";
        return ExitUsage;
    }
    LoggingOptions logging;
    logging.logDirectory = AppPaths::logDirectory();
    logging.level = level;
    logging.toStderr = true;
    logging.fileName = QStringLiteral("csodesk-cli.log");
    initLogging(logging);

    SystemClock clock;
    QStringList commandArguments = positional;
    commandArguments[0] = QStringLiteral("csodesk-cli ") + positional.first();
    CliContext context(commandArguments, parser.value(dbOption), settings, clock, out, err);
    const int code = command->run(context);
    out.flush();
    err.flush();
    shutdownLogging();
    return code;
}
