#include "CliActions.h"

#include "CliAuth.h"

namespace csodesk::cli {

int dispatchAction(CliContext& context, std::initializer_list<CliAction> actions, const QString& help)
{
    const QString action = context.arguments().value(1);
    for (const CliAction& candidate : actions) {
        if (action != QLatin1String(candidate.name))
            continue;
        // The action parses "csodesk-cli <group> <action>" followed by its own arguments.
        QStringList arguments = context.arguments().mid(2);
        arguments.prepend(context.arguments().value(0) + QLatin1Char(' ') + action);
        CliContext actionContext(
            arguments, context.databaseUrlText(), context.settings(), context.clock(), context.out(), context.err());
        return candidate.run(actionContext);
    }
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out() << help;
        context.out().flush();
        return ExitOk;
    }
    context.err() << (action.isEmpty() ? QStringLiteral("error: missing action\n")
                                       : QStringLiteral("error: unknown action '%1'\n").arg(action))
                  << help;
    context.err().flush();
    return ExitUsage;
}

std::optional<int> parseAction(
    CliContext& context, QCommandLineParser& parser, const QString& description, const QStringList& names)
{
    parser.addOption(userOption());
    for (const QString& name : names)
        parser.addPositionalArgument(name, QStringLiteral("See the description."));
    if (auto stop = context.parse(parser, description))
        return stop;
    if (parser.positionalArguments().size() != names.size())
        return context.usage(names.isEmpty() ? QStringLiteral("unexpected arguments")
                                             : QStringLiteral("expected %1").arg(names.join(QLatin1Char(' '))));
    return std::nullopt;
}

} // namespace csodesk::cli
