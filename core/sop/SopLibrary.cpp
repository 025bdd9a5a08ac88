#include "SopLibrary.h"

#include "common/LogFormat.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"
#include "sop/SopLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace csodesk {

namespace {

const QString kBuiltInDirectory = QStringLiteral(":/sop");

QStringList jsonFiles(const QString& directory)
{
    QDir dir(directory);
    QStringList files;
    for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

Result<SopLibrary> SopLibrary::load(const ApktCatalogue& catalogue, const QString& externalDirectory)
{
    SopLibrary library;
    const SopLoader loader(catalogue);
    for (const QString& path : jsonFiles(kBuiltInDirectory)) {
        auto document = loader.loadFile(path);
        if (!document.ok())
            return makeError(
                ErrorKind::Internal, document.error().message, QStringLiteral("built-in sop refused: %1").arg(path));
        document->origin = QStringLiteral("built-in");
        library.add(std::make_shared<const SopDocument>(std::move(document).value()));
    }
    const int builtInCount = int(library.m_documents.size());

    if (!externalDirectory.isEmpty() && QFileInfo(externalDirectory).isDir()) {
        QList<DocumentPtr> external;
        for (const QString& path : jsonFiles(externalDirectory)) {
            SopDocument document;
            QFile file(path);
            QList<SopProblem> problems;
            if (!file.open(QIODevice::ReadOnly))
                problems.append({ path, {}, QStringLiteral("tidak dapat dibaca: %1").arg(file.errorString()) });
            else
                problems = loader.check(file.readAll(), path, &document);
            // Two files in the folder claiming the same id and version: which one wins would
            // depend on file names, so both are suspicious; the later one is refused.
            for (const DocumentPtr& earlier : std::as_const(external)) {
                if (problems.isEmpty() && earlier->id == document.id && earlier->version == document.version)
                    problems.append({ path, {},
                        QStringLiteral("SOP \"%1\" versi %2 sudah ada di %3")
                            .arg(document.id)
                            .arg(document.version)
                            .arg(earlier->origin) });
            }
            if (!problems.isEmpty()) {
                spdlog::warn("sop: {} refused ({} problem(s))", path, problems.size());
                library.m_problems.append(problems);
                continue;
            }
            document.origin = path;
            external.append(std::make_shared<const SopDocument>(std::move(document)));
        }
        for (const DocumentPtr& document : std::as_const(external))
            library.add(document);
    }
    spdlog::debug(
        "sop: {} built-in and {} external document(s) loaded", builtInCount, library.m_documents.size() - builtInCount);
    return library;
}

QString SopLibrary::externalDirectory(const Settings& settings)
{
    const QString configured = settings.sopDirectory();
    return configured.isEmpty() ? AppPaths::sopDirectory() : configured;
}

void SopLibrary::add(DocumentPtr document)
{
    auto same = std::find_if(m_documents.begin(), m_documents.end(), [&](const DocumentPtr& existing) {
        return existing->id == document->id && existing->version == document->version;
    });
    if (same != m_documents.end()) {
        spdlog::info("sop: {} v{} from {} replaces the one from {}", document->id, document->version, document->origin,
            (*same)->origin);
        *same = std::move(document);
        return;
    }
    m_documents.append(std::move(document));
    std::sort(m_documents.begin(), m_documents.end(), [](const DocumentPtr& a, const DocumentPtr& b) {
        return a->id != b->id ? a->id < b->id : a->version < b->version;
    });
}

SopLibrary::DocumentPtr SopLibrary::find(const QString& id, const QDate& date) const
{
    DocumentPtr best;
    for (const DocumentPtr& document : m_documents) {
        if (document->id == id && document->isEffectiveOn(date) && (!best || document->version > best->version))
            best = document;
    }
    return best;
}

SopLibrary::DocumentPtr SopLibrary::findVersion(const QString& id, int version) const
{
    for (const DocumentPtr& document : m_documents) {
        if (document->id == id && document->version == version)
            return document;
    }
    return nullptr;
}

QList<SopLibrary::DocumentPtr> SopLibrary::effectiveOn(const QDate& date) const
{
    QList<DocumentPtr> result;
    for (const DocumentPtr& document : m_documents) {
        if (!result.isEmpty() && result.last()->id == document->id)
            continue;
        if (DocumentPtr current = find(document->id, date))
            result.append(current);
    }
    return result;
}

Error SopLibrary::notFound(const QString& id, const QDate& date)
{
    return makeError(ErrorKind::NotFound,
        QCoreApplication::translate("SopLibrary", "SOP \"%1\" tidak ada atau tidak berlaku pada %2.")
            .arg(id, date.toString(QStringLiteral("dd-MM-yyyy"))),
        QStringLiteral("sop not found"));
}

} // namespace csodesk
