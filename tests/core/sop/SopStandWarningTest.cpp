// A meter only moves forward: a stand the customer reads below the last stand PLN accepted is
// confirmed by the agent before it is kept (issue 14, "Stands").
#include "SopTestSupport.h"
#include "customers/CustomerLookup.h"
#include "sop/SopAnswers.h"
#include "sop/SopContextBuilder.h"
#include "sop/SopLibrary.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

Bill bill(int year, int month, qint64 standEndWh, bool estimated)
{
    Bill b;
    b.idpel = QStringLiteral("541100000123");
    b.period = BillingPeriod(year, month);
    b.standStartWh = standEndWh - 300'000;
    b.standEndWh = standEndWh;
    b.usageWh = 300'000;
    b.estimated = estimated;
    b.dueDate = b.period.dueDate();
    return b;
}

MeterReading reading(const QDate& dayUtc, qint64 standWh, bool accepted)
{
    MeterReading r;
    r.source = ReadingSource::WhatsApp;
    r.reportedAt = QDateTime(dayUtc, QTime(5, 0), Qt::UTC);
    r.standWh = standWh;
    r.accepted = accepted;
    return r;
}

struct StandWalk {
    FixedClock clock { QDateTime(QDate(2026, 12, 2), QTime(3, 0), Qt::UTC) };
    SopSession session;

    explicit StandWalk(const QString& lastReadStand)
        : session(library().find(QStringLiteral("stand-meter-mandiri"), QDate(2026, 12, 2)), context(lastReadStand),
            builtInCatalogue().contactCenterUnit(), clock)
    {
        REQUIRE(session.choose(QStringLiteral("sanggah")).ok());
        REQUIRE(session.currentNode().id == QLatin1String("stand_sekarang"));
    }

    static const SopLibrary& library()
    {
        static const SopLibrary loaded = SopLibrary::load(builtInCatalogue()).value();
        return loaded;
    }

    static SopContext context(const QString& lastReadStand)
    {
        SopContext context = postpaidContext();
        context.facts = postpaidFacts();
        context.values.insert(QStringLiteral("last_read_stand"), lastReadStand);
        context.values.insert(QStringLiteral("last_read_from"), QStringLiteral("rekening November 2026"));
        return context;
    }
};

QMap<QString, QString> stand(const QString& value)
{
    return { { QStringLiteral("stand_meter"), value } };
}

} // namespace

TEST_CASE("A typed stand is stored the way bills print it", "[sop][fields][stand]")
{
    StandWalk walk(QStringLiteral("47000,0"));
    REQUIRE(walk.session.submit(stand(QStringLiteral("47800"))).ok());
    CHECK(walk.session.capturedFields().value(QStringLiteral("stand_meter")) == QLatin1String("47800,0"));
    CHECK(walk.session.text().contains(QStringLiteral("(47800,0)")));
}

TEST_CASE("The last accepted stand is the newest read bill or a newer accepted report", "[sop][context][stand]")
{
    CustomerLookup lookup;
    lookup.customer.idpel = QStringLiteral("541100000123");
    lookup.bills << bill(2026, 12, 48'500'000, true) << bill(2026, 11, 47'948'000, false)
                 << bill(2026, 10, 47'600'000, false);

    SECTION("an estimated bill is not a reading")
    {
        const SopContext context = sopContextFromLookup(lookup);
        CHECK(context.value(QStringLiteral("last_read_stand")) == QLatin1String("47948,0"));
        CHECK(context.value(QStringLiteral("last_read_from")) == QLatin1String("rekening November 2026"));
    }
    SECTION("a newer accepted self-report wins, a rejected one does not count")
    {
        lookup.readings << reading(QDate(2026, 11, 26), 48'100'000, false)
                        << reading(QDate(2026, 11, 25), 48'050'000, true);
        const SopContext context = sopContextFromLookup(lookup);
        CHECK(context.value(QStringLiteral("last_read_stand")) == QLatin1String("48050,0"));
        CHECK(context.value(QStringLiteral("last_read_from"))
            == QLatin1String("laporan WhatsApp 08122 123 123, 25 November 2026"));
    }
    SECTION("a report older than the read bill does not")
    {
        lookup.readings << reading(QDate(2026, 10, 20), 47'700'000, true);
        CHECK(sopContextFromLookup(lookup).value(QStringLiteral("last_read_stand")) == QLatin1String("47948,0"));
    }
    SECTION("without any reading there is nothing to compare with")
    {
        lookup.bills = { bill(2026, 12, 48'500'000, true) };
        CHECK(sopContextFromLookup(lookup).value(QStringLiteral("last_read_stand")).isEmpty());
    }
}

TEST_CASE("A stand below the last accepted reading is kept only when the agent confirms it", "[sop][stand]")
{
    StandWalk walk(QStringLiteral("47948,0"));

    SECTION("at or above the last reading: no warning")
    {
        CHECK(walk.session.fieldWarnings(stand(QStringLiteral("47948"))).isEmpty());
        CHECK(walk.session.fieldWarnings(stand(QStringLiteral("48010,5"))).isEmpty());
        REQUIRE(walk.session.submit(stand(QStringLiteral("48010,5"))).ok());
        CHECK(walk.session.path().last().confirmed.isEmpty());
    }
    SECTION("below: a warning, refused until confirmed, and the confirmation is kept")
    {
        const QString warning
            = walk.session.fieldWarnings(stand(QStringLiteral("47800"))).value(QStringLiteral("stand_meter"));
        CHECK(warning.contains(QStringLiteral("Stand 47800,0 lebih kecil dari stand terakhir yang diterima PLN")));
        CHECK(warning.contains(QStringLiteral("47948,0, rekening November 2026")));
        CHECK(warning.contains(QStringLiteral("meter sudah diganti")));

        const Status refused = walk.session.submit(stand(QStringLiteral("47800")));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Conflict);
        CHECK(refused.error().message.contains(QStringLiteral("perlu dikonfirmasi")));
        CHECK(walk.session.currentNode().id == QLatin1String("stand_sekarang"));

        REQUIRE(walk.session.submit(stand(QStringLiteral("47800")), true).ok());
        const TranscriptStep step = walk.session.path().last();
        CHECK(step.fields.value(QStringLiteral("stand_meter")) == QLatin1String("47800,0"));
        REQUIRE(step.confirmed.size() == 1);
        CHECK(step.confirmed.first() == warning);

        // The ticket's path keeps it, and a resumed call replays it without asking again.
        CHECK(transcriptStepFromJson(transcriptStepToJson(step)).confirmed == step.confirmed);
        StandWalk resumed(QStringLiteral("47948,0"));
        REQUIRE(resumed.session.back().ok()); // to the start, then replay the whole path
        REQUIRE(resumed.session.replay(walk.session.path()).ok());
        CHECK(resumed.session.currentNode().id == walk.session.currentNode().id);
    }
    SECTION("an unreadable last reading gives no warning rather than a wrong one")
    {
        StandWalk odd(QStringLiteral("tidak diketahui"));
        CHECK(odd.session.fieldWarnings(stand(QStringLiteral("1"))).isEmpty());
    }
}

TEST_CASE("An answers file confirms a doubtful stand with confirmed true", "[sop][answers][stand]")
{
    const QByteArray unconfirmed = R"([{"node": "stand_sekarang", "fields": {"stand_meter": "47800"}}])";
    const QByteArray confirmed
        = R"([{"node": "stand_sekarang", "fields": {"stand_meter": "47800"}, "confirmed": true}])";
    {
        StandWalk walk(QStringLiteral("47948,0"));
        const Status stopped = applySopAnswers(walk.session, sopAnswersFromJson(unconfirmed).value());
        REQUIRE_FALSE(stopped.ok());
        CHECK(stopped.error().message.contains(QStringLiteral("perlu dikonfirmasi")));
    }
    {
        StandWalk walk(QStringLiteral("47948,0"));
        const Status stopped = applySopAnswers(walk.session, sopAnswersFromJson(confirmed).value());
        // It goes past the stand and stops later, for want of the next answer.
        CHECK(walk.session.currentNode().id == QLatin1String("bandingkan"));
        CHECK_FALSE(stopped.ok());
    }
    CHECK_FALSE(sopAnswersFromJson(R"([{"node": "x", "confirmed": "ya"}])").ok());
}
