#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace csodesk {

QString AppPaths::dataDirectory()
{
    const QString overridden = qEnvironmentVariable("CSODESK_DATA_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString AppPaths::defaultDatabasePath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("csodesk.db"));
}

QString AppPaths::logDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("logs"));
}

QString AppPaths::sopDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("sop"));
}

QString AppPaths::draftDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("drafts"));
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PLN123"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("pln123.csodesk"));
    QCoreApplication::setApplicationName(QStringLiteral("csodesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSODESK_VERSION));
}

} // namespace csodesk
