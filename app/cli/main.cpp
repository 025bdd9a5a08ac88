// csodesk-cli: the command-line companion (migrate, check, lookup, import, sop, tickets, ...).
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"
#include "common/Logging.h"
#include "common/TranslationLoader.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

using namespace csodesk;
using namespace csodesk::cli;

namespace {

QString programDescription(const CommandRegistry& registry)
{
    TextTable commands;
    commands.setIndent(2);
    for (const CliCommand& command : registry.all())
        commands.addRow({ command.name, command.summary });
    return QCoreApplication::translate("Cli", "Pendamping baris perintah csodesk.") + QStringLiteral("\n\n")
        + QCoreApplication::translate("Cli", "Perintah:") + QLatin1Char('\n') + commands.toString() + QLatin1Char('\n')
        + QCoreApplication::translate("Cli",
            "Jalankan 'csodesk-cli PERINTAH --help' untuk opsi sebuah perintah.\n"
            "Kode keluar: 0 berhasil, 1 masukan salah, 2 salah pakai, 3 tidak ditemukan, 4 kegagalan basis data.\n"
            "Teks program dalam bahasa Indonesia; dalam bahasa Inggris dengan --english (di mana saja pada baris\n"
            "perintah) atau dengan setelan ui/language=en. Keluaran --json dan CSV tidak diterjemahkan.");
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);

    // The language first: every help text, summary and message below is translated when built.
    // --english is read from the whole command line, before or after the command's name.
    QSettings backing;
    Settings settings(backing);
    const bool englishAsked = QCoreApplication::arguments().mid(1).contains(QStringLiteral("--english"));
    TranslationLoader translations;
    (void)translations.apply(englishAsked ? QStringLiteral("en") : settings.language());

    CommandRegistry registry;
    registerStorageCommands(registry);
    registerCustomerCommands(registry);
    registerSearchCommands(registry);
    registerBillCommands(registry);
    registerDemoDataCommands(registry);
    registerImportCommands(registry);
    registerSopCommands(registry);
    registerUserCommands(registry);
    registerFloorCommands(registry);
    registerTicketCommands(registry);
    registerPrivacyCommands(registry);
    // Further command groups register here.

    QCommandLineParser parser;
    parser.setApplicationDescription(programDescription(registry));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("Cli", "URL basis data (sqlite:PATH atau postgresql://...)."),
        QStringLiteral("url"));
    const QCommandLineOption logLevelOption(QStringLiteral("log-level"),
        QCoreApplication::translate("Cli", "trace, debug, info, warn, error atau off."),
        QCoreApplication::translate("Cli", "tingkat"));
    parser.addOption(dbOption);
    parser.addOption(logLevelOption);
    parser.addOption(CliContext::englishOption());
    parser.addPositionalArgument(QCoreApplication::translate("Cli", "perintah"),
        QCoreApplication::translate("Cli", "Apa yang dikerjakan (lihat Perintah)."));
    // Everything after the command name belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    if (!parser.parse(QCoreApplication::arguments())) {
        err << errorLine(parser.errorText()) << "\n" << helpHint(QStringLiteral("csodesk-cli")) << "\n";
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
        err << errorLine(QCoreApplication::translate("Cli", "perintah '%1' tidak dikenal").arg(positional.first()))
            << "\n"
            << QCoreApplication::translate("Cli", "Jalankan 'csodesk-cli --help' untuk daftarnya.") << "\n";
        return ExitUsage;
    }

    const QString level = parser.isSet(logLevelOption) ? parser.value(logLevelOption) : settings.logLevel();
    if (!isValidLogLevel(level)) {
        err << errorLine(QCoreApplication::translate("Cli", "tingkat log '%1' tidak dikenal").arg(level)) << "\n";
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
    CliContext context(commandArguments, parser.value(dbOption), settings, clock, out, err, englishAsked);
    const int code = command->run(context);
    out.flush();
    err.flush();
    shutdownLogging();
    return code;
}
