#include "CliActions.h"

#include "CliAuth.h"
#include "TextTable.h"

#include <QCoreApplication>

namespace csodesk::cli {

int dispatchAction(CliContext& context, std::initializer_list<CliAction> actions, const QString& help)
{
    // "csodesk-cli tickets --english stats": main has switched the language already.
    QStringList given = context.arguments();
    while (given.size() > 1 && given.at(1) == QLatin1String("--english"))
        given.removeAt(1);
    const QString action = given.value(1);
    for (const CliAction& candidate : actions) {
        if (action != QLatin1String(candidate.name))
            continue;
        // The action parses "csodesk-cli <group> <action>" followed by its own arguments.
        QStringList arguments = given.mid(2);
        arguments.prepend(given.value(0) + QLatin1Char(' ') + action);
        CliContext actionContext(arguments, context.databaseUrlText(), context.settings(), context.clock(),
            context.out(), context.err(), context.englishAsked());
        return candidate.run(actionContext);
    }
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out() << help;
        context.out().flush();
        return ExitOk;
    }
    context.err() << errorLine(action.isEmpty()
            ? QCoreApplication::translate("Cli", "tindakan belum disebut")
            : QCoreApplication::translate("Cli", "tindakan '%1' tidak dikenal").arg(action))
                  << "\n"
                  << help;
    context.err().flush();
    return ExitUsage;
}

QString groupHelp(const QString& usage, const QList<std::pair<QString, QString>>& actions, const QString& footer)
{
    TextTable table;
    table.setIndent(2);
    for (const auto& [syntax, what] : actions)
        table.addRow({ syntax, what });
    QString help = usage + QStringLiteral("\n\n") + table.toString();
    if (!help.endsWith(QLatin1Char('\n')))
        help += QLatin1Char('\n');
    if (!footer.isEmpty())
        help += QLatin1Char('\n') + footer + QLatin1Char('\n');
    return help;
}

std::optional<int> parseAction(
    CliContext& context, QCommandLineParser& parser, const QString& description, const QStringList& names)
{
    parser.addOption(userOption());
    for (const QString& name : names)
        parser.addPositionalArgument(name, QCoreApplication::translate("Cli", "Lihat uraian di atas."));
    if (auto stop = context.parse(parser, description))
        return stop;
    if (parser.positionalArguments().size() != names.size())
        return context.usage(names.isEmpty()
                ? QCoreApplication::translate("Cli", "argumen tak terduga")
                : QCoreApplication::translate("Cli", "diharapkan: %1").arg(names.join(QLatin1Char(' '))));
    return std::nullopt;
}

QCommandLineOption forceOption()
{
    return QCommandLineOption(QStringLiteral("force"),
        QCoreApplication::translate(
            "Cli", "Timpa berkas tujuan yang sudah ada (bukan tautan, perangkat atau basis data)."));
}

} // namespace csodesk::cli
