#include "sop/SopSession.h"

#include "SopTestSupport.h"
#include "common/Clock.h"
#include "sop/SopLoader.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

std::shared_ptr<const SopDocument> minimalDocument()
{
    auto loaded = SopLoader(builtInCatalogue()).loadJson(toBytes(minimalSopJson()), QStringLiteral("uji.json"));
    REQUIRE(loaded.ok());
    return std::make_shared<const SopDocument>(loaded.value());
}

const QDateTime kStart = QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC);

} // namespace

TEST_CASE("A session fills placeholders, records each step with its time and ends in a draft", "[sop][session]")
{
    FixedClock clock(kStart);
    SopSession session(minimalDocument(), postpaidContext(), builtInCatalogue().contactCenterUnit(), clock);

    CHECK(session.currentNode().id == QLatin1String("mulai"));
    CHECK(session.text() == QLatin1String("Apa kebutuhan Budi Santoso?"));
    CHECK(session.text(SopLanguage::English) == QLatin1String("What does Budi Santoso need?"));
    CHECK_FALSE(session.canGoBack());

    clock.advanceSeconds(20);
    REQUIRE(session.choose(QStringLiteral("info")).ok());
    CHECK(session.text() == QLatin1String("Tagihan November 2026 sebesar Rp496.213. Terima kasih, Budi Santoso."));
    CHECK(session.text(SopLanguage::English)
        == QLatin1String("The November 2026 bill is Rp496.213. Thank you, Budi Santoso."));

    clock.advanceSeconds(30);
    REQUIRE(session.proceed().ok());
    REQUIRE(session.isAtOutcome());

    auto draft = session.draft();
    REQUIRE(draft.ok());
    CHECK(draft->kind == TicketKind::IssueClosed);
    CHECK(draft->issueTypeId == QLatin1String("informasi"));
    CHECK(draft->subIssueTypeId == QLatin1String("informasi.tagihan_listrik_dan_token"));
    CHECK(draft->routing == TicketRouting::ContactCenter);
    CHECK(draft->unitCode == builtInCatalogue().contactCenterUnit().code); // Issue Closed stays at the contact centre
    CHECK(draft->slaHours == 0);
    CHECK(draft->customerIdpel == QLatin1String("541100000123"));
    CHECK(draft->customerName == QLatin1String("Budi Santoso"));
    CHECK(draft->description == QLatin1String("MINTA INFO (IDPEL 541100000123) NOVEMBER 2026"));
    CHECK(draft->sopId == QLatin1String("uji"));
    CHECK(draft->sopVersion == 1);
    REQUIRE(draft->path.size() == 3);
    CHECK(draft->path.at(0).nodeId == QLatin1String("mulai"));
    CHECK(draft->path.at(0).nodeKind == QLatin1String("ask"));
    CHECK(draft->path.at(0).choiceId == QLatin1String("info"));
    CHECK(draft->path.at(0).choiceLabel == QLatin1String("Informasi"));
    CHECK(draft->path.at(0).at == kStart.addSecs(20));
    CHECK(draft->path.at(1).nodeKind == QLatin1String("say"));
    CHECK(draft->path.at(1).at == kStart.addSecs(50));
    CHECK(draft->path.at(2).nodeId == QLatin1String("selesai"));
    CHECK(draft->path.at(2).at == kStart.addSecs(50)); // reached when the last step was taken

    clock.advanceSeconds(600); // the draft does not drift while the agent types a note
    CHECK(session.draft()->path.at(2).at == kStart.addSecs(50));
}

TEST_CASE("A KELUHAN goes to the customer's unit with the captured fields", "[sop][session]")
{
    FixedClock clock(kStart);
    SopSession session(minimalDocument(), postpaidContext(), builtInCatalogue().contactCenterUnit(), clock);
    REQUIRE(session.choose(QStringLiteral("keluhan")).ok());
    REQUIRE(session.currentNode().kind == SopNodeKind::Collect);

    const QMap<QString, QString> bad { { QStringLiteral("email"), QStringLiteral("budi.example.com") },
        { QStringLiteral("telepon"), QStringLiteral("12345") } };
    const QMap<QString, QString> problems = session.fieldProblems(bad);
    CHECK(problems.value(QStringLiteral("email")).contains(QStringLiteral("@")));
    CHECK(problems.value(QStringLiteral("telepon")).contains(QStringLiteral("diawali 0 atau +62")));
    const Status refused = session.submit(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("email:")));
    CHECK(session.currentNode().id == QLatin1String("data")); // nothing moved

    CHECK(session.fieldProblems({ { QStringLiteral("email"), {} } }).value(QStringLiteral("email"))
        == QLatin1String("Alamat email wajib diisi."));
    CHECK_FALSE(session
                    .submit({ { QStringLiteral("email"), QStringLiteral("a@b.id") },
                        { QStringLiteral("faks"), QStringLiteral("1") } })
                    .ok());

    REQUIRE(session.submit({ { QStringLiteral("email"), QStringLiteral(" Budi@Example.COM ") } })
                .ok()); // phone is optional
    auto draft = session.draft();
    REQUIRE(draft.ok());
    CHECK(draft->kind == TicketKind::Keluhan);
    CHECK(draft->routing == TicketRouting::CustomerUnit);
    CHECK(draft->unitCode == QLatin1String("54110"));
    CHECK(draft->unitName == QLatin1String("ULP Bandung Utara"));
    CHECK(draft->slaHours == 72);
    CHECK(draft->fields == QMap<QString, QString> { { QStringLiteral("email"), QStringLiteral("budi@example.com") } });
    CHECK(draft->description == QLatin1String("INVOICE KE budi@example.com, TELP -"));
    CHECK(draft->path.last().text == QLatin1String("Kami teruskan ke ULP Bandung Utara."));
}

TEST_CASE("Back undoes the last step, including captured fields", "[sop][session]")
{
    FixedClock clock(kStart);
    SopSession session(minimalDocument(), postpaidContext(), builtInCatalogue().contactCenterUnit(), clock);
    CHECK_FALSE(session.back().ok());
    REQUIRE(session.choose(QStringLiteral("keluhan")).ok());
    REQUIRE(session.submit({ { QStringLiteral("email"), QStringLiteral("a@b.id") } }).ok());
    REQUIRE(session.isAtOutcome());
    CHECK(session.capturedFields().contains(QStringLiteral("email")));

    REQUIRE(session.back().ok());
    CHECK(session.currentNode().id == QLatin1String("data"));
    CHECK(session.capturedFields().isEmpty());
    CHECK_FALSE(session.draft().ok());
    REQUIRE(session.back().ok());
    CHECK(session.currentNode().id == QLatin1String("mulai"));
    CHECK(session.path().isEmpty());

    REQUIRE(session.choose(QStringLiteral("info")).ok());
    REQUIRE(session.proceed().ok());
    CHECK(session.draft()->path.size() == 3);
}

TEST_CASE("Actions that do not fit the node are refused without moving", "[sop][session]")
{
    FixedClock clock(kStart);
    SopSession session(minimalDocument(), postpaidContext(), builtInCatalogue().contactCenterUnit(), clock);
    CHECK_FALSE(session.proceed().ok());
    CHECK_FALSE(session.submit({}).ok());
    const Status unknown = session.choose(QStringLiteral("lainnya"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("info, keluhan")));
    CHECK(session.path().isEmpty());
    CHECK_FALSE(session.draft().ok());
}

TEST_CASE("Missing customer values are shown as not available, never as a raw placeholder", "[sop][session]")
{
    FixedClock clock(kStart);
    SopContext context = postpaidContext();
    context.values.remove(QStringLiteral("amount"));
    SopSession session(minimalDocument(), context, builtInCatalogue().contactCenterUnit(), clock);
    REQUIRE(session.choose(QStringLiteral("info")).ok());
    CHECK(
        session.text() == QLatin1String("Tagihan November 2026 sebesar (tidak tersedia). Terima kasih, Budi Santoso."));
    CHECK(session.text(SopLanguage::English).contains(QStringLiteral("(not available)")));
}

TEST_CASE("Replaying a recorded path restores the walk with its times", "[sop][session]")
{
    FixedClock clock(kStart);
    SopSession first(minimalDocument(), postpaidContext(), builtInCatalogue().contactCenterUnit(), clock);
    REQUIRE(first.choose(QStringLiteral("keluhan")).ok());
    clock.advanceSeconds(40);
    REQUIRE(first.submit({ { QStringLiteral("email"), QStringLiteral("a@b.id") } }).ok());
    const TicketDraft original = first.draft().value();

    clock.advanceSeconds(3600); // resumed an hour later, e.g. after a crash
    SopSession resumed(minimalDocument(), postpaidContext(), builtInCatalogue().contactCenterUnit(), clock);
    REQUIRE(resumed.replay(original.path).ok());
    CHECK(resumed.draft().value() == original);

    SopSession mismatched(minimalDocument(), postpaidContext(), builtInCatalogue().contactCenterUnit(), clock);
    QList<TranscriptStep> wrong = original.path;
    wrong[0].choiceId = QStringLiteral("info");
    const Status refused = mismatched.replay(wrong);
    REQUIRE_FALSE(refused.ok());
    CHECK(mismatched.path().isEmpty()); // left where it was
    CHECK(mismatched.currentNode().id == QLatin1String("mulai"));
}
