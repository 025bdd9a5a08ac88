// Every path through every built-in SOP, walked by the real session, compared with the
// expected ticket draft in tests/data/sop/<id>/v<version>/<choices>.json.
// CSODESK_UPDATE_GOLDEN=1 rewrites them on purpose; read the diff before committing.
#include "Golden.h"
#include "SopTestSupport.h"
#include "sop/SopLibrary.h"
#include "sop/SopPaths.h"

#include <QDir>
#include <QJsonDocument>
#include <QSet>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

QString goldenDirectory(const SopDocument& document)
{
    return QStringLiteral("sop/%1/v%2").arg(document.id).arg(document.version);
}

} // namespace

TEST_CASE("Every path of every built-in SOP produces its expected ticket draft", "[sop][golden]")
{
    auto library = SopLibrary::load(builtInCatalogue());
    REQUIRE(library.ok());
    REQUIRE_FALSE(library->all().isEmpty());
    for (const SopLibrary::DocumentPtr& document : library->all()) {
        const QList<SopPath> paths = enumerateSopPaths(*document);
        REQUIRE_FALSE(paths.isEmpty());
        QSet<QString> expectedFiles;
        for (const SopPath& path : paths) {
            const QString file = path.signature() + QStringLiteral(".json");
            REQUIRE_FALSE(expectedFiles.contains(file)); // signatures name paths uniquely
            expectedFiles.insert(file);
            const TicketDraft draft = walkPath(document, path);
            CHECK(draft.path.last().nodeId == path.outcomeId());
            CHECK(draft.sopId == document->id);
            CHECK(draft.sopVersion == document->version);
            CHECK_FALSE(draft.description.contains(QLatin1Char('{'))); // every placeholder was filled
            const QString json
                = QString::fromUtf8(QJsonDocument(ticketDraftToJson(draft)).toJson(QJsonDocument::Indented));
            const QString difference = compareWithGolden(goldenDirectory(*document) + QLatin1Char('/') + file, json);
            INFO(difference.toStdString());
            CHECK(difference.isEmpty());
        }
        // A golden file whose path no longer exists would hide a removed branch.
        const QDir dir(testDataPath(goldenDirectory(*document)));
        for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
            INFO("stale golden file " << dir.filePath(name).toStdString());
            CHECK(expectedFiles.contains(name));
        }
    }
}
