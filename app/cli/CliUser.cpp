#include "CliUser.h"

namespace csodesk::cli {

QCommandLineOption userNameOption()
{
    return QCommandLineOption(QStringLiteral("user"),
                              QStringLiteral("Name recorded in the access log (default: the operating-system user)."),
                              QStringLiteral("name"));
}

Actor cliActor(const QCommandLineParser& parser, const QCommandLineOption& userOption)
{
    QString name = parser.value(userOption).trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = QStringLiteral("cli");
    return Actor{0, name, Role::Agent};
}

} // namespace csodesk::cli
