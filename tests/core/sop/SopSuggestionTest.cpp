#include "sop/SopSuggestion.h"

#include "SopTestSupport.h"
#include "common/Clock.h"
#include "sop/SopLibrary.h"
#include "sop/SopLoader.h"
#include "sop/SopSession.h"

#include <QFile>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

const SopSuggestRule kRule { QStringLiteral("stand_meter"), QStringLiteral("stand_end"), QStringLiteral("kwh"),
    QStringLiteral("lebih"), QStringLiteral("kurang"), QStringLiteral("sesuai") };

QJsonObject builtInStandSop()
{
    QFile file(QStringLiteral(":/sop/stand-meter-mandiri.v1.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

TEST_CASE("Stands and kWh are read in hundredths without floating point", "[sop][suggest]")
{
    CHECK(parseHundredths(QStringLiteral("1335,0")) == 133500);
    CHECK(parseHundredths(QStringLiteral("1335.25")) == 133525);
    CHECK(parseHundredths(QStringLiteral(" 335 ")) == 33500);
    CHECK(parseHundredths(QStringLiteral("0,5")) == 50);
    CHECK_FALSE(parseHundredths(QStringLiteral("1.335,0")).has_value()); // thousands separators are ambiguous
    CHECK_FALSE(parseHundredths(QStringLiteral("-3")).has_value());
    CHECK_FALSE(parseHundredths(QString()).has_value());
}

TEST_CASE("The comparison of the meter with the bill's stand akhir picks a choice", "[sop][suggest]")
{
    // Bill: stand akhir 1335,0 after a month of 335 kWh (the domain's worked example).
    const QString billed = QStringLiteral("1335,0");
    const QString kwh = QStringLiteral("335");
    CHECK(suggestChoice(kRule, QStringLiteral("1320,5"), billed, kwh)
        == QLatin1String("lebih")); // bill is ahead of the meter
    CHECK(suggestChoice(kRule, QStringLiteral("1335"), billed, kwh) == QLatin1String("sesuai"));
    CHECK(suggestChoice(kRule, QStringLiteral("1670"), billed, kwh) == QLatin1String("sesuai")); // exactly one month on
    CHECK(suggestChoice(kRule, QStringLiteral("1670,01"), billed, kwh)
        == QLatin1String("kurang")); // more than a month on
    CHECK(suggestChoice(kRule, QStringLiteral("1320,5"), QString(), kwh).isEmpty()); // no bill: no guess
    CHECK(suggestChoice(kRule, QStringLiteral("1400"), billed, QString()).isEmpty());

    SopSuggestRule noTolerance = kRule;
    noTolerance.tolerance.clear();
    CHECK(suggestChoice(noTolerance, QStringLiteral("1335,5"), billed, QString()) == QLatin1String("kurang"));
}

TEST_CASE("The stand-dispute SOP suggests the comparison's choice to the agent", "[sop][suggest]")
{
    auto library = SopLibrary::load(builtInCatalogue());
    REQUIRE(library.ok());
    const auto document = library->find(QStringLiteral("stand-meter-mandiri"), QDate(2026, 11, 22));
    REQUIRE(document);
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC));

    const auto suggestionFor = [&](const QString& stand) {
        SopSession session(document, postpaidContext(), builtInCatalogue().contactCenterUnit(), clock);
        REQUIRE(session.suggestedChoice().isEmpty()); // the first question has no rule
        REQUIRE(session.choose(QStringLiteral("sanggah")).ok());
        REQUIRE(session.submit({ { QStringLiteral("stand_meter"), stand } }).ok());
        REQUIRE(session.currentNode().id == QLatin1String("bandingkan"));
        return session.suggestedChoice();
    };
    CHECK(suggestionFor(QStringLiteral("1320,5")) == QLatin1String("lebih_tagih"));
    CHECK(suggestionFor(QStringLiteral("1400")) == QLatin1String("stand_sesuai"));
    CHECK(suggestionFor(QStringLiteral("1800")) == QLatin1String("kurang_tagih"));
}

TEST_CASE("A suggestion rule must name a collected meter stand, known values and its own choices", "[sop][suggest]")
{
    const auto problemsWith = [](const QString& key, const QString& value) {
        QJsonObject document = builtInStandSop();
        QJsonObject ask = node(document, QStringLiteral("bandingkan"));
        QJsonObject rule = ask.value(QStringLiteral("suggest")).toObject();
        rule.insert(key, value);
        ask.insert(QStringLiteral("suggest"), rule);
        setNode(document, QStringLiteral("bandingkan"), ask);
        SopDocument parsed;
        QStringList reasons;
        for (const SopProblem& problem :
            SopLoader(builtInCatalogue()).check(toBytes(document), QStringLiteral("uji.json"), &parsed))
            reasons.append(problem.node + QStringLiteral(": ") + problem.reason);
        return reasons.join(QLatin1Char('\n'));
    };
    CHECK(problemsWith(QStringLiteral("otherwise"), QStringLiteral("stand_sesuai")).isEmpty());
    CHECK(problemsWith(QStringLiteral("otherwise"), QStringLiteral("mungkin"))
        == QLatin1String("bandingkan: suggest: pilihan \"mungkin\" tidak ada di node ini"));
    CHECK(problemsWith(QStringLiteral("billed"), QStringLiteral("stand_akhir"))
        == QLatin1String("bandingkan: suggest: placeholder {stand_akhir} tidak dikenal"));
    CHECK(problemsWith(QStringLiteral("measured_field"), QStringLiteral("stand_lain"))
        == QLatin1String("bandingkan: suggest: isian \"stand_lain\" belum tentu terisi sebelum node ini"));
}
