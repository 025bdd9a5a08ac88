#include "Golden.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace csodesk::test {

QString testDataPath(const QString& relativePath)
{
    return QDir(QStringLiteral(CSODESK_TEST_DATA_DIR)).filePath(relativePath);
}

QString readTestData(const QString& relativePath)
{
    QFile file(testDataPath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString compareWithGolden(const QString& relativePath, const QString& actual)
{
    const QString path = testDataPath(relativePath);
    if (qEnvironmentVariable("CSODESK_UPDATE_GOLDEN") == QLatin1String("1")) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write golden file %1").arg(path);
        file.write(actual.toUtf8());
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("golden file %1 is missing; run with CSODESK_UPDATE_GOLDEN=1 to create it").arg(path);
    const QString expected = QString::fromUtf8(file.readAll());
    if (expected == actual)
        return {};
    const QStringList expectedLines = expected.split(QLatin1Char('\n'));
    const QStringList actualLines = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMax(expectedLines.size(), actualLines.size()); ++i) {
        const QString e = expectedLines.value(i, QStringLiteral("<end of file>"));
        const QString a = actualLines.value(i, QStringLiteral("<end of file>"));
        if (e != a) {
            return QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4\n"
                                  "(CSODESK_UPDATE_GOLDEN=1 rewrites it if the change is intended)")
                .arg(relativePath)
                .arg(i + 1)
                .arg(e, a);
        }
    }
    return QStringLiteral("%1 differs").arg(relativePath);
}

} // namespace csodesk::test
