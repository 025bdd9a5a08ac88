#include "CliRunner.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace csodesk::test;

namespace {

QSet<QString> keysOf(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

} // namespace

TEST_CASE("search finds a demo customer by IDPEL, then by name, with the agreed JSON shape", "[cli][search]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto t = TestDatabase::create(dialect);
    const CliRun demo = runCli({ QStringLiteral("--db"), t->urlText(), QStringLiteral("demo-data"),
        QStringLiteral("--customers"), QStringLiteral("150"), QStringLiteral("--seed"), QStringLiteral("4") });
    REQUIRE(demo.exitCode == 0);
    const QString idpel = demo.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).first();
    const CliFloor floor(t->urlText(), dialect == "postgresql");
    REQUIRE(floor.ready());
    const QProcessEnvironment signedIn = floor.as(QStringLiteral("tester"));
    const QString tester = floor.name(QStringLiteral("tester"));
    const auto search = [&](QStringList arguments) {
        QStringList all { QStringLiteral("--db"), floor.url(), QStringLiteral("search") };
        all += arguments;
        all += QStringList { QStringLiteral("--user"), tester };
        return runCli(all, {}, signedIn);
    };

    const CliRun byKey = search({ idpel, QStringLiteral("--json") });
    INFO(byKey.err.toStdString());
    REQUIRE(byKey.exitCode == 0);
    const QJsonObject keyRoot = QJsonDocument::fromJson(byKey.out.toUtf8()).object();
    CHECK(keysOf(keyRoot) == QSet<QString> { "query", "results", "more" });
    CHECK(keyRoot.value(QStringLiteral("query")).toObject().value(QStringLiteral("kind")) == QStringLiteral("key"));
    const QJsonArray one = keyRoot.value(QStringLiteral("results")).toArray();
    REQUIRE(one.size() == 1);
    const QJsonObject hit = one.at(0).toObject();
    CHECK(keysOf(hit)
        == QSet<QString> {
            "idpel", "meter_number", "name", "address", "phone", "unit", "tariff", "power_va", "payment_type" });
    CHECK(hit.value(QStringLiteral("idpel")).toString() == idpel);
    CHECK(hit.value(QStringLiteral("phone")).toString().contains(QChar(0x2022))); // masked

    // The name, words in reverse order, with --limit: the customer is among the results.
    QStringList words = hit.value(QStringLiteral("name")).toString().split(QLatin1Char(' '));
    std::reverse(words.begin(), words.end());
    const CliRun byName = search(
        { words.join(QLatin1Char(' ')), QStringLiteral("--limit"), QStringLiteral("50"), QStringLiteral("--json") });
    INFO(byName.err.toStdString());
    REQUIRE(byName.exitCode == 0);
    const QJsonObject nameRoot = QJsonDocument::fromJson(byName.out.toUtf8()).object();
    CHECK(nameRoot.value(QStringLiteral("query")).toObject().value(QStringLiteral("kind")) == QStringLiteral("words"));
    bool found = false;
    for (const QJsonValue& value : nameRoot.value(QStringLiteral("results")).toArray())
        found = found || value.toObject().value(QStringLiteral("idpel")).toString() == idpel;
    CHECK(found);

    // The text form: a numbered table with the IDPEL.
    const CliRun text = search({ words.join(QLatin1Char(' ')), QStringLiteral("--limit"), QStringLiteral("50") });
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(idpel));
    CHECK(text.out.contains(QStringLiteral("IDPEL")));
}

TEST_CASE("search says what is wrong with its input and its --limit", "[cli][search]")
{
    auto t = TestDatabase::create("sqlite");
    const QString url = t->urlText();
    const CliRun tooShort = runCli({ QStringLiteral("--db"), url, QStringLiteral("search"), QStringLiteral("ab") });
    CHECK(tooShort.exitCode != 0);
    CHECK(tooShort.err.contains(QStringLiteral("3 huruf")));
    const CliRun badLimit = runCli({ QStringLiteral("--db"), url, QStringLiteral("search"), QStringLiteral("neneng"),
        QStringLiteral("--limit"), QStringLiteral("500") });
    CHECK(badLimit.exitCode == 2);
    CHECK(badLimit.err.contains(QStringLiteral("--limit")));
    const CliRun nothing = runCli({ QStringLiteral("--db"), url, QStringLiteral("search") });
    CHECK(nothing.exitCode == 2);
}
