#include "CliActions.h"

#include "CliAuth.h"

namespace csodesk::cli {

int dispatchAction(CliContext& context, std::initializer_list<CliAction> actions, const QString& help)
{
    const QString action = context.arguments().value(1);
    for (const CliAction& candidate : actions) {
        if (action == QLatin1String(candidate.name))
            return candidate.run(context);
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

std::optional<int> parseAction(CliContext& context, QCommandLineParser& parser, const QString& description,
                               const QStringList& names)
{
    parser.addOption(userOption());
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("The action."));
    for (const QString& name : names)
        parser.addPositionalArgument(name, QStringLiteral("See the description."));
    if (auto stop = context.parse(parser, description))
        return stop;
    if (parser.positionalArguments().size() != names.size() + 1)
        return context.usage(names.isEmpty() ? QStringLiteral("unexpected arguments")
                                             : QStringLiteral("expected %1").arg(names.join(QLatin1Char(' '))));
    return std::nullopt;
}

} // namespace csodesk::cli
