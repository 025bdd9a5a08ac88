#include "sop/SopTemplate.h"

#include "sop/SopContext.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace csodesk;

TEST_CASE("Templates name context values, fields, choices and snippets", "[sop][template]")
{
    const SopTemplateParse parse
        = parseSopTemplate(QStringLiteral("{name} {field:email} {choice:mulai|upper} {snippet:tutup}"));
    CHECK(parse.problems.isEmpty());
    REQUIRE(parse.tokens.size() == 4);
    CHECK(parse.tokens.at(0).source == SopTemplateToken::Source::Context);
    CHECK(parse.tokens.at(1).source == SopTemplateToken::Source::Field);
    CHECK(parse.tokens.at(1).name == QLatin1String("email"));
    CHECK(parse.tokens.at(2).source == SopTemplateToken::Source::Choice);
    CHECK(parse.tokens.at(2).upper);
    CHECK(parse.tokens.at(3).source == SopTemplateToken::Source::Snippet);

    CHECK(parseSopTemplate(QStringLiteral("{Nama}")).problems.size() == 1);
    CHECK(parseSopTemplate(QStringLiteral("{fields:email}")).problems.size() == 1);
    CHECK(parseSopTemplate(QStringLiteral("{name|lower}")).problems.size() == 1);
    CHECK(parseSopTemplate(QStringLiteral("tutup} kurung")).problems.size() == 1);
    CHECK(parseSopTemplate(QStringLiteral("tanpa placeholder")).problems.isEmpty());
}

TEST_CASE("Rendering replaces each placeholder and upper-cases on request", "[sop][template]")
{
    const QString rendered = renderSopTemplate(
        QStringLiteral("INFO {period|upper} untuk {name}: {field:x}."), [](const SopTemplateToken& token) {
            if (token.source == SopTemplateToken::Source::Field)
                return QStringLiteral("isian");
            return token.name == QLatin1String("period") ? QStringLiteral("November 2026") : QStringLiteral("Budi");
        });
    CHECK(rendered == QLatin1String("INFO NOVEMBER 2026 untuk Budi: isian."));
}

TEST_CASE("A context from JSON refuses unknown placeholder names and a missing IDPEL or unit", "[sop][context]")
{
    QJsonObject customer { { QStringLiteral("idpel"), QStringLiteral("541100000123") },
        { QStringLiteral("name"), QStringLiteral("Budi") },
        { QStringLiteral("unit"),
            QJsonObject { { QStringLiteral("code"), QStringLiteral("54110") },
                { QStringLiteral("name"), QStringLiteral("ULP Bandung Utara") } } } };
    auto ok = sopContextFromJson(QJsonObject { { QStringLiteral("customer"), customer },
        { QStringLiteral("values"), QJsonObject { { QStringLiteral("period"), QStringLiteral("Mei 2020") } } } });
    REQUIRE(ok.ok());
    CHECK(ok->value(QStringLiteral("idpel")) == QLatin1String("541100000123"));
    CHECK(ok->value(QStringLiteral("unit_name")) == QLatin1String("ULP Bandung Utara"));
    CHECK(ok->value(QStringLiteral("period")) == QLatin1String("Mei 2020"));
    CHECK(ok->value(QStringLiteral("amount")).isEmpty());
    auto again = sopContextFromJson(sopContextToJson(ok.value()));
    REQUIRE(again.ok());
    CHECK(again->values == ok->values);
    CHECK(again->unitCode == ok->unitCode);

    auto typo = sopContextFromJson(QJsonObject { { QStringLiteral("customer"), customer },
        { QStringLiteral("values"), QJsonObject { { QStringLiteral("periode"), QStringLiteral("x") } } } });
    REQUIRE_FALSE(typo.ok());
    CHECK(typo.error().message.contains(QStringLiteral("\"periode\"")));

    QJsonObject noUnit = customer;
    noUnit.remove(QStringLiteral("unit"));
    CHECK_FALSE(sopContextFromJson(QJsonObject { { QStringLiteral("customer"), noUnit } }).ok());
    CHECK_FALSE(sopContextFromJson(QJsonObject {}).ok());
}
