#include "SopLoader.h"

#include "sop/SopJson.h"
#include "sop/SopLimits.h"
#include "sop/SopValidator.h"

#include <QCoreApplication>
#include <QFile>

namespace csodesk {

QList<SopProblem> SopLoader::check(const QByteArray& json, const QString& sourceName, SopDocument* document) const
{
    QList<SopProblem> problems = readSopJson(json, sourceName, document);
    // Graph checks on a document that could not even be read would only repeat its problems.
    if (problems.isEmpty())
        problems = validateSopDocument(*document, m_catalogue, sourceName);
    return problems;
}

Result<SopDocument> SopLoader::loadJson(const QByteArray& json, const QString& sourceName) const
{
    SopDocument document;
    const QList<SopProblem> problems = check(json, sourceName, &document);
    if (!problems.isEmpty())
        return sopProblemsError(problems);
    document.origin = sourceName;
    return document;
}

Result<SopDocument> SopLoader::loadFile(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(file.exists() ? ErrorKind::InvalidInput : ErrorKind::NotFound,
            QCoreApplication::translate("SopLoader", "Berkas SOP %1 tidak dapat dibaca: %2")
                .arg(path, file.errorString()),
            QStringLiteral("cannot open sop file"));
    }
    // A huge file is refused before it is read into memory.
    if (file.size() > sop_limits::kMaxFileBytes) {
        return sopProblemsError({ { path, {},
            QStringLiteral("berkas SOP terlalu besar (%1 KiB, paling besar %2 KiB)")
                .arg(file.size() / 1024)
                .arg(sop_limits::kMaxFileBytes / 1024) } });
    }
    auto document = loadJson(file.read(sop_limits::kMaxFileBytes + 1), path);
    if (document.ok())
        document->origin = path;
    return document;
}

} // namespace csodesk
