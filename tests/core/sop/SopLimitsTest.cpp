// One careless or hostile SOP file must not stop a workstation: deep and huge documents are
// refused with a reason, and the checks never recurse as deep as the document (issue 13).
#include "sop/SopLimits.h"

#include "SopTestSupport.h"
#include "sop/SopLoader.h"
#include "sop/SopPaths.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

QJsonObject sayNode(const QString& id, const QString& next)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("kind"), QStringLiteral("say") },
        { QStringLiteral("text"), QStringLiteral("Naskah") }, { QStringLiteral("text_en"), QStringLiteral("Script") },
        { QStringLiteral("next"), next } };
}

QJsonObject closing()
{
    return node(minimalSopJson(), QStringLiteral("selesai"));
}

// start -> n1 -> ... -> n<count> -> selesai
QJsonObject chainOf(int count)
{
    QJsonArray nodes;
    for (int i = 1; i <= count; ++i)
        nodes.append(sayNode(
            QStringLiteral("n%1").arg(i), i == count ? QStringLiteral("selesai") : QStringLiteral("n%1").arg(i + 1)));
    QJsonObject outcome = closing();
    QJsonObject ticket = outcome.value(QStringLiteral("ticket")).toObject();
    ticket.insert(QStringLiteral("description"), QStringLiteral("INFO (IDPEL {idpel})"));
    outcome.insert(QStringLiteral("ticket"), ticket);
    nodes.append(outcome);
    QJsonObject document = minimalSopJson();
    document.insert(QStringLiteral("start"), QStringLiteral("n1"));
    document.insert(QStringLiteral("nodes"), nodes);
    return document;
}

QString problemsOf(const QJsonObject& document)
{
    auto loaded = SopLoader(builtInCatalogue()).loadJson(toBytes(document), QStringLiteral("uji.json"));
    return loaded.ok() ? QString() : loaded.error().message;
}

} // namespace

TEST_CASE("A chain as long as the limit is checked without deep recursion, a longer one is refused", "[sop][limits]")
{
    CHECK(problemsOf(chainOf(sop_limits::kMaxNodes - 1)).isEmpty());
    // 50,000 chained say nodes used to crash `sop validate`, `sop list` and the desktop.
    CHECK(problemsOf(chainOf(50'000)).contains(QStringLiteral("berkas SOP terlalu besar")));
    CHECK(problemsOf(chainOf(5'000)).contains(QStringLiteral("terlalu banyak node (5001, paling banyak 500)")));
}

TEST_CASE("A cycle deep in a long chain is still found", "[sop][limits]")
{
    QJsonObject document = chainOf(400);
    setNode(document, QStringLiteral("n400"), sayNode(QStringLiteral("n400"), QStringLiteral("n2")));
    CHECK(problemsOf(document).contains(QStringLiteral("membentuk siklus: kembali ke node \"n2\"")));
}

TEST_CASE("Texts, choices, fields, snippets and the file itself have limits with clear reasons", "[sop][limits]")
{
    SECTION("a text")
    {
        QJsonObject document = minimalSopJson();
        QJsonObject start = node(document, QStringLiteral("mulai"));
        start.insert(QStringLiteral("text"), QString(sop_limits::kMaxTextChars + 1, QLatin1Char('a')));
        setNode(document, QStringLiteral("mulai"), start);
        CHECK(problemsOf(document).contains(
            QStringLiteral("\"text\" terlalu panjang (4001 karakter, paling banyak 4000)")));
    }
    SECTION("choices")
    {
        QJsonObject document = minimalSopJson();
        QJsonObject start = node(document, QStringLiteral("mulai"));
        QJsonArray choices;
        for (int i = 0; i <= sop_limits::kMaxChoices; ++i) {
            QJsonObject choice = start.value(QStringLiteral("choices")).toArray().first().toObject();
            choice.insert(QStringLiteral("id"), QStringLiteral("c%1").arg(i));
            choices.append(choice);
        }
        start.insert(QStringLiteral("choices"), choices);
        setNode(document, QStringLiteral("mulai"), start);
        CHECK(problemsOf(document).contains(QStringLiteral("terlalu banyak pilihan (21, paling banyak 20)")));
    }
    SECTION("fields")
    {
        QJsonObject document = minimalSopJson();
        QJsonObject collect = node(document, QStringLiteral("data"));
        QJsonArray fields;
        for (int i = 0; i <= sop_limits::kMaxFields; ++i) {
            QJsonObject field = collect.value(QStringLiteral("fields")).toArray().first().toObject();
            field.insert(QStringLiteral("id"), QStringLiteral("f%1").arg(i));
            fields.append(field);
        }
        collect.insert(QStringLiteral("fields"), fields);
        setNode(document, QStringLiteral("data"), collect);
        CHECK(problemsOf(document).contains(QStringLiteral("terlalu banyak isian (21, paling banyak 20)")));
    }
    SECTION("snippets")
    {
        QJsonObject document = minimalSopJson();
        QJsonObject snippets = document.value(QStringLiteral("snippets")).toObject();
        for (int i = 0; i <= sop_limits::kMaxSnippets; ++i)
            snippets.insert(QStringLiteral("s%1").arg(i), snippets.value(QStringLiteral("tutup")));
        document.insert(QStringLiteral("snippets"), snippets);
        CHECK(problemsOf(document).contains(QStringLiteral("terlalu banyak snippet")));
    }
    SECTION("a file over 1 MiB is refused before it is read")
    {
        QTemporaryDir directory;
        REQUIRE(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("besar.json"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(toBytes(minimalSopJson()));
        file.write(QByteArray(sop_limits::kMaxFileBytes, ' '));
        file.close();
        auto loaded = SopLoader(builtInCatalogue()).loadFile(path);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.contains(QStringLiteral("berkas SOP terlalu besar")));
    }
}

TEST_CASE("Paths are counted without listing them", "[sop][limits]")
{
    // 40 yes/no questions in a row: 2^40 paths, far more than could ever be listed.
    QJsonArray nodes;
    for (int i = 1; i <= 40; ++i) {
        const QString next = i == 40 ? QStringLiteral("selesai") : QStringLiteral("q%1").arg(i + 1);
        QJsonObject ask = node(minimalSopJson(), QStringLiteral("mulai"));
        ask.insert(QStringLiteral("id"), QStringLiteral("q%1").arg(i));
        QJsonArray choices = ask.value(QStringLiteral("choices")).toArray();
        for (int c = 0; c < choices.size(); ++c) {
            QJsonObject choice = choices.at(c).toObject();
            choice.insert(QStringLiteral("next"), next);
            choices.replace(c, choice);
        }
        ask.insert(QStringLiteral("choices"), choices);
        nodes.append(ask);
    }
    nodes.append(chainOf(1).value(QStringLiteral("nodes")).toArray().last());
    QJsonObject document = minimalSopJson();
    document.insert(QStringLiteral("start"), QStringLiteral("q1"));
    document.insert(QStringLiteral("nodes"), nodes);
    auto loaded = SopLoader(builtInCatalogue()).loadJson(toBytes(document), QStringLiteral("uji.json"));
    REQUIRE(loaded.ok());
    CHECK(countSopPaths(loaded.value()) == (qint64(1) << 40));

    auto minimal = SopLoader(builtInCatalogue()).loadJson(toBytes(minimalSopJson()), QStringLiteral("uji.json"));
    REQUIRE(minimal.ok());
    CHECK(countSopPaths(minimal.value()) == enumerateSopPaths(minimal.value()).size());
}
