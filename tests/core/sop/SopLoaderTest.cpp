#include "sop/SopLoader.h"

#include "SopTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

QList<SopProblem> problemsOf(const QJsonObject& document)
{
    SopDocument parsed;
    return SopLoader(builtInCatalogue()).check(toBytes(document), QStringLiteral("uji.json"), &parsed);
}

QString describe(const QList<SopProblem>& problems)
{
    QStringList lines;
    for (const SopProblem& problem : problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

// The document is refused, and one of its problems names `node` and contains `reason`.
void requireProblem(const QJsonObject& document, const QString& node, const QString& reason)
{
    const QList<SopProblem> problems = problemsOf(document);
    INFO(describe(problems).toStdString());
    REQUIRE_FALSE(problems.isEmpty());
    const bool found = std::any_of(problems.cbegin(), problems.cend(), [&](const SopProblem& problem) {
        return problem.file == QLatin1String("uji.json") && problem.node == node && problem.reason.contains(reason);
    });
    CHECK(found);
}

QJsonArray array(const QJsonObject& object, const QString& key)
{
    return object.value(key).toArray();
}

} // namespace

TEST_CASE("The minimal test document is valid", "[sop][loader]")
{
    const QList<SopProblem> problems = problemsOf(minimalSopJson());
    INFO(describe(problems).toStdString());
    CHECK(problems.isEmpty());
    auto loaded = SopLoader(builtInCatalogue()).loadJson(toBytes(minimalSopJson()), QStringLiteral("uji.json"));
    REQUIRE(loaded.ok());
    CHECK(loaded->id == QLatin1String("uji"));
    CHECK(loaded->nodes.size() == 5);
    CHECK(loaded->findNode(QStringLiteral("data"))->fields.at(1).required == false);
}

TEST_CASE("A duplicate node id is refused", "[sop][loader]")
{
    QJsonObject document = minimalSopJson();
    QJsonArray nodes = array(document, QStringLiteral("nodes"));
    QJsonObject copy = node(document, QStringLiteral("jelaskan"));
    nodes.append(copy);
    document.insert(QStringLiteral("nodes"), nodes);
    requireProblem(document, QStringLiteral("jelaskan"), QStringLiteral("muncul dua kali"));
}

TEST_CASE("A dangling next or start is refused", "[sop][loader]")
{
    QJsonObject document = minimalSopJson();
    QJsonObject say = node(document, QStringLiteral("jelaskan"));
    say.insert(QStringLiteral("next"), QStringLiteral("tidak_ada"));
    setNode(document, QStringLiteral("jelaskan"), say);
    requireProblem(document, QStringLiteral("jelaskan"), QStringLiteral("\"tidak_ada\" yang tidak ada"));

    QJsonObject badStart = minimalSopJson();
    badStart.insert(QStringLiteral("start"), QStringLiteral("awal"));
    requireProblem(badStart, {}, QStringLiteral("\"start\" menunjuk node \"awal\""));

    QJsonObject badChoice = minimalSopJson();
    QJsonObject ask = node(badChoice, QStringLiteral("mulai"));
    QJsonArray choices = array(ask, QStringLiteral("choices"));
    QJsonObject choice = choices.at(1).toObject();
    choice.insert(QStringLiteral("next"), QStringLiteral("hilang"));
    choices.replace(1, choice);
    ask.insert(QStringLiteral("choices"), choices);
    setNode(badChoice, QStringLiteral("mulai"), ask);
    requireProblem(badChoice, QStringLiteral("mulai"), QStringLiteral("\"hilang\" yang tidak ada"));
}

TEST_CASE("An unreachable node is refused", "[sop][loader]")
{
    QJsonObject document = minimalSopJson();
    QJsonArray nodes = array(document, QStringLiteral("nodes"));
    nodes.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("yatim") },
        { QStringLiteral("kind"), QStringLiteral("say") },
        { QStringLiteral("text"), QStringLiteral("Tidak pernah dibaca.") },
        { QStringLiteral("text_en"), QStringLiteral("Never read.") },
        { QStringLiteral("next"), QStringLiteral("selesai") } });
    document.insert(QStringLiteral("nodes"), nodes);
    requireProblem(document, QStringLiteral("yatim"), QStringLiteral("tidak dapat dicapai"));
}

TEST_CASE("A path without an outcome is refused", "[sop][loader]")
{
    SECTION("say without next")
    {
        QJsonObject document = minimalSopJson();
        QJsonObject say = node(document, QStringLiteral("jelaskan"));
        say.remove(QStringLiteral("next"));
        setNode(document, QStringLiteral("jelaskan"), say);
        requireProblem(document, QStringLiteral("jelaskan"), QStringLiteral("jalur tanpa hasil"));
    }
    SECTION("ask without choices")
    {
        QJsonObject document = minimalSopJson();
        QJsonObject ask = node(document, QStringLiteral("mulai"));
        ask.insert(QStringLiteral("choices"), QJsonArray());
        setNode(document, QStringLiteral("mulai"), ask);
        requireProblem(document, QStringLiteral("mulai"), QStringLiteral("jalur tanpa hasil"));
    }
}

TEST_CASE("A cycle is refused", "[sop][loader]")
{
    QJsonObject document = minimalSopJson();
    QJsonObject collect = node(document, QStringLiteral("data"));
    collect.insert(QStringLiteral("next"), QStringLiteral("mulai"));
    setNode(document, QStringLiteral("data"), collect);
    // "teruskan" is now unreachable too; the cycle must be named in any case.
    requireProblem(document, QStringLiteral("data"), QStringLiteral("siklus"));
}

TEST_CASE("Unknown and malformed placeholders are refused", "[sop][loader]")
{
    SECTION("unknown customer value")
    {
        QJsonObject document = minimalSopJson();
        QJsonObject say = node(document, QStringLiteral("jelaskan"));
        say.insert(QStringLiteral("text"), QStringLiteral("Tagihan {periode} sebesar {amount}."));
        setNode(document, QStringLiteral("jelaskan"), say);
        requireProblem(document, QStringLiteral("jelaskan"), QStringLiteral("placeholder {periode} tidak dikenal"));
    }
    SECTION("malformed")
    {
        QJsonObject document = minimalSopJson();
        QJsonObject say = node(document, QStringLiteral("jelaskan"));
        say.insert(QStringLiteral("text_en"), QStringLiteral("The {Period Name} bill."));
        setNode(document, QStringLiteral("jelaskan"), say);
        requireProblem(document, QStringLiteral("jelaskan"), QStringLiteral("tidak berbentuk"));
    }
    SECTION("unbalanced brace")
    {
        QJsonObject document = minimalSopJson();
        QJsonObject say = node(document, QStringLiteral("jelaskan"));
        say.insert(QStringLiteral("text"), QStringLiteral("Tagihan {period sebesar {amount}."));
        setNode(document, QStringLiteral("jelaskan"), say);
        CHECK_FALSE(problemsOf(document).isEmpty());
    }
    SECTION("unknown snippet")
    {
        QJsonObject document = minimalSopJson();
        document.insert(QStringLiteral("snippets"), QJsonObject());
        requireProblem(document, QStringLiteral("jelaskan"), QStringLiteral("snippet \"tutup\" tidak ada"));
    }
    SECTION("a field that is not always collected before it is used")
    {
        QJsonObject document = minimalSopJson();
        QJsonObject outcome = node(document, QStringLiteral("selesai"));
        QJsonObject ticket = outcome.value(QStringLiteral("ticket")).toObject();
        ticket.insert(QStringLiteral("description"), QStringLiteral("EMAIL {field:email}"));
        outcome.insert(QStringLiteral("ticket"), ticket);
        setNode(document, QStringLiteral("selesai"), outcome);
        requireProblem(document, QStringLiteral("selesai"), QStringLiteral("{field:email} belum tentu terisi"));
    }
    SECTION("a field nobody collects")
    {
        QJsonObject document = minimalSopJson();
        QJsonObject say = node(document, QStringLiteral("jelaskan"));
        say.insert(QStringLiteral("text"), QStringLiteral("Stand {field:stand}."));
        setNode(document, QStringLiteral("jelaskan"), say);
        requireProblem(document, QStringLiteral("jelaskan"), QStringLiteral("tidak dikumpulkan"));
    }
    SECTION("a choice of a node that is not an ask")
    {
        QJsonObject document = minimalSopJson();
        QJsonObject say = node(document, QStringLiteral("jelaskan"));
        say.insert(QStringLiteral("text"), QStringLiteral("{choice:selesai}"));
        setNode(document, QStringLiteral("jelaskan"), say);
        requireProblem(document, QStringLiteral("jelaskan"), QStringLiteral("harus menunjuk node ask"));
    }
}

TEST_CASE("Outcomes must name catalogue sub-issues that fit their issue type, routing and SLA", "[sop][loader]")
{
    auto withTicket = [](const QString& outcomeId, const QString& key, const QJsonValue& value) {
        QJsonObject document = minimalSopJson();
        QJsonObject outcome = node(document, outcomeId);
        QJsonObject ticket = outcome.value(QStringLiteral("ticket")).toObject();
        ticket.insert(key, value);
        outcome.insert(QStringLiteral("ticket"), ticket);
        setNode(document, outcomeId, outcome);
        return document;
    };
    requireProblem(
        withTicket(QStringLiteral("selesai"), QStringLiteral("sub_issue_type"), QStringLiteral("informasi.cuaca")),
        QStringLiteral("selesai"), QStringLiteral("\"informasi.cuaca\" tidak ada di katalog"));
    requireProblem(
        withTicket(QStringLiteral("selesai"), QStringLiteral("sub_issue_type"), QStringLiteral("cater.lebih_tagih")),
        QStringLiteral("selesai"), QStringLiteral("bukan bagian dari jenis \"informasi\""));
    requireProblem(withTicket(QStringLiteral("selesai"), QStringLiteral("issue_type"), QStringLiteral("gangguan")),
        QStringLiteral("selesai"), QStringLiteral("jenis keluhan \"gangguan\" tidak ada"));
    requireProblem(withTicket(QStringLiteral("teruskan"), QStringLiteral("sla_hours"), 0), QStringLiteral("teruskan"),
        QStringLiteral("sla_hours harus 72"));
    requireProblem(withTicket(QStringLiteral("teruskan"), QStringLiteral("sla_hours"), 1), QStringLiteral("teruskan"),
        QStringLiteral("3 x 24 jam: sla_hours harus 72"));
    requireProblem(withTicket(QStringLiteral("teruskan"), QStringLiteral("routing"), QStringLiteral("contact_center")),
        QStringLiteral("teruskan"), QStringLiteral("routing harus customer_unit"));
    requireProblem(withTicket(QStringLiteral("selesai"), QStringLiteral("routing"), QStringLiteral("customer_unit")),
        QStringLiteral("selesai"), QStringLiteral("routing harus contact_center"));
    requireProblem(withTicket(QStringLiteral("selesai"), QStringLiteral("kind"), QStringLiteral("GANGGUAN")),
        QStringLiteral("selesai"), QStringLiteral("ISSUE_CLOSED atau KELUHAN"));
}

TEST_CASE("A malformed field is refused", "[sop][loader]")
{
    auto withField = [](const QString& key, const QJsonValue& value) {
        QJsonObject document = minimalSopJson();
        QJsonObject collect = node(document, QStringLiteral("data"));
        QJsonArray fields = collect.value(QStringLiteral("fields")).toArray();
        QJsonObject field = fields.at(0).toObject();
        field.insert(key, value);
        fields.replace(0, field);
        collect.insert(QStringLiteral("fields"), fields);
        setNode(document, QStringLiteral("data"), collect);
        return document;
    };
    requireProblem(withField(QStringLiteral("type"), QStringLiteral("e-mail")), QStringLiteral("data"),
        QStringLiteral("jenis isian \"e-mail\" tidak dikenal"));
    requireProblem(withField(QStringLiteral("required"), QStringLiteral("ya")), QStringLiteral("data"),
        QStringLiteral("\"required\" harus true atau false"));
    requireProblem(
        withField(QStringLiteral("max_length"), 20), QStringLiteral("data"), QStringLiteral("hanya untuk isian text"));
    requireProblem(withField(QStringLiteral("id"), QStringLiteral("telepon")), QStringLiteral("data"),
        QStringLiteral("id isian \"telepon\" muncul dua kali"));
}

TEST_CASE("Typos, missing texts and bad document headers are refused", "[sop][loader]")
{
    QJsonObject typo = minimalSopJson();
    QJsonObject say = node(typo, QStringLiteral("jelaskan"));
    say.insert(QStringLiteral("nxet"), QStringLiteral("selesai"));
    setNode(typo, QStringLiteral("jelaskan"), say);
    requireProblem(typo, QStringLiteral("jelaskan"), QStringLiteral("kunci \"nxet\" tidak dikenal"));

    QJsonObject noGloss = minimalSopJson();
    QJsonObject ask = node(noGloss, QStringLiteral("mulai"));
    ask.remove(QStringLiteral("text_en"));
    setNode(noGloss, QStringLiteral("mulai"), ask);
    requireProblem(noGloss, QStringLiteral("mulai"), QStringLiteral("\"text_en\" wajib diisi"));

    QJsonObject badKind = minimalSopJson();
    QJsonObject weird = node(badKind, QStringLiteral("jelaskan"));
    weird.insert(QStringLiteral("kind"), QStringLiteral("tell"));
    setNode(badKind, QStringLiteral("jelaskan"), weird);
    requireProblem(badKind, QStringLiteral("jelaskan"), QStringLiteral("jenis node \"tell\" tidak dikenal"));

    QJsonObject dates = minimalSopJson();
    dates.insert(QStringLiteral("effective_to"), QStringLiteral("2020-01-01"));
    requireProblem(dates, {}, QStringLiteral("lebih awal"));

    QJsonObject version = minimalSopJson();
    version.insert(QStringLiteral("version"), 0);
    requireProblem(version, {}, QStringLiteral("\"version\""));

    SopDocument parsed;
    const QList<SopProblem> notJson
        = SopLoader(builtInCatalogue()).check("{\"id\": ", QStringLiteral("uji.json"), &parsed);
    REQUIRE(notJson.size() == 1);
    CHECK(notJson.first().reason.contains(QStringLiteral("bukan JSON")));
}

TEST_CASE("A refused file names the file, the node and the reason in its error", "[sop][loader]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("rusak.json"));
    QJsonObject document = minimalSopJson();
    QJsonObject say = node(document, QStringLiteral("jelaskan"));
    say.insert(QStringLiteral("next"), QStringLiteral("entah"));
    setNode(document, QStringLiteral("jelaskan"), say);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(toBytes(document));
    file.close();

    auto loaded = SopLoader(builtInCatalogue()).loadFile(path);
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().kind == ErrorKind::InvalidInput);
    CHECK(loaded.error().message.contains(
        path + QStringLiteral(": node \"jelaskan\": menunjuk node \"entah\" yang tidak ada")));

    auto missing = SopLoader(builtInCatalogue()).loadFile(QDir(dir.path()).filePath(QStringLiteral("tidak-ada.json")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
}
