#include "sop/SopOutline.h"

#include "Golden.h"
#include "SopTestSupport.h"
#include "sop/SopJson.h"
#include "sop/SopLibrary.h"
#include "sop/SopLoader.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("The readable outline of every built-in SOP matches its golden file", "[sop][golden]")
{
    auto library = SopLibrary::load(builtInCatalogue());
    REQUIRE(library.ok());
    for (const SopLibrary::DocumentPtr& document : library->all()) {
        const QString file = QStringLiteral("sop/%1/v%2/outline.txt").arg(document->id).arg(document->version);
        const QString difference = compareWithGolden(file, sopOutline(*document, builtInCatalogue()));
        INFO(difference.toStdString());
        CHECK(difference.isEmpty());
    }
}

TEST_CASE("An SOP written back to JSON reads as the same document", "[sop][json]")
{
    auto library = SopLibrary::load(builtInCatalogue());
    REQUIRE(library.ok());
    for (const SopLibrary::DocumentPtr& document : library->all()) {
        const QJsonObject written = sopDocumentToJson(*document);
        auto reread
            = SopLoader(builtInCatalogue()).loadJson(QJsonDocument(written).toJson(), QStringLiteral("reread.json"));
        INFO((reread.ok() ? QString() : reread.error().message).toStdString());
        REQUIRE(reread.ok());
        CHECK(sopDocumentToJson(reread.value()) == written);
        CHECK(reread->nodes.size() == document->nodes.size());
    }
}
