#include "sop/SopAnswers.h"

#include "SopTestSupport.h"
#include "common/Clock.h"
#include "sop/SopLoader.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

struct Walk {
    FixedClock clock { QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC) };
    SopSession session;

    Walk()
        : session(
            std::make_shared<const SopDocument>(
                SopLoader(builtInCatalogue()).loadJson(toBytes(minimalSopJson()), QStringLiteral("uji.json")).value()),
            postpaidContext(), builtInCatalogue().contactCenterUnit(), clock)
    {
    }

    Status apply(const char* json)
    {
        auto answers = sopAnswersFromJson(QByteArray(json));
        REQUIRE(answers.ok());
        return applySopAnswers(session, answers.value());
    }
};

} // namespace

TEST_CASE("Answers walk to the outcome, passing say nodes that are not named", "[sop][answers]")
{
    Walk walk;
    REQUIRE(walk.apply(R"([{"node": "mulai", "choice": "info"}])").ok());
    CHECK(walk.session.isAtOutcome());
    CHECK(walk.session.path().size() == 2);

    Walk named;
    REQUIRE(named.apply(R"({"steps": [{"node": "mulai", "choice": "info"}, {"node": "jelaskan"}]})").ok());
    CHECK(named.session.isAtOutcome());

    Walk collect;
    REQUIRE(
        collect.apply(R"([{"node": "mulai", "choice": "keluhan"}, {"node": "data", "fields": {"email": "a@b.id"}}])")
            .ok());
    CHECK(collect.session.draft()->fields.value(QStringLiteral("email")) == QLatin1String("a@b.id"));
}

TEST_CASE("A wrong answer stops with its number, node and reason", "[sop][answers]")
{
    Walk wrongChoice;
    const Status choice = wrongChoice.apply(R"([{"node": "mulai", "choice": "lainnya"}])");
    REQUIRE_FALSE(choice.ok());
    CHECK(choice.error().message.startsWith(QStringLiteral("Jawaban #1 (node \"mulai\"): ")));
    CHECK(choice.error().message.contains(QStringLiteral("\"lainnya\" tidak ada")));

    Walk wrongNode;
    const Status node = wrongNode.apply(R"([{"node": "mulai", "choice": "keluhan"}, {"node": "jelaskan"}])");
    REQUIRE_FALSE(node.ok());
    CHECK(node.error().message.contains(QStringLiteral("Jawaban #2 (node \"jelaskan\")")));
    CHECK(node.error().message.contains(QStringLiteral("berada di node \"data\"")));

    Walk badField;
    const Status field
        = badField.apply(R"([{"node": "mulai", "choice": "keluhan"}, {"node": "data", "fields": {"email": "x"}}])");
    REQUIRE_FALSE(field.ok());
    CHECK(field.error().message.contains(QStringLiteral("Jawaban #2 (node \"data\")")));
    CHECK(field.error().message.contains(QStringLiteral("email:")));

    Walk incomplete;
    const Status short_ = incomplete.apply(R"([{"node": "mulai", "choice": "keluhan"}])");
    REQUIRE_FALSE(short_.ok());
    CHECK(short_.error().message.contains(QStringLiteral("habis di node \"data\"")));

    Walk extra;
    const Status more = extra.apply(R"([{"node": "mulai", "choice": "info"}, {"node": "selesai"}])");
    REQUIRE_FALSE(more.ok());
    CHECK(more.error().message.contains(QStringLiteral("berlebih")));

    Walk noChoice;
    CHECK_FALSE(noChoice.apply(R"([{"node": "mulai"}])").ok());
}

TEST_CASE("Malformed answer files are refused before walking", "[sop][answers]")
{
    CHECK_FALSE(sopAnswersFromJson("[").ok());
    CHECK_FALSE(sopAnswersFromJson("[]").ok());
    CHECK_FALSE(sopAnswersFromJson(R"([{"choice": "x"}])").ok());
    CHECK_FALSE(sopAnswersFromJson(R"([{"node": "a", "choice": 1}])").ok());
    CHECK_FALSE(sopAnswersFromJson(R"([{"node": "a", "fields": {"stand": 1335}}])").ok());
}
