// Switching the bill a walk talks about mid-walk: allowed only while nothing read out changes.
#include "SopTestSupport.h"
#include "sop/SopLoader.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

SopSession sessionOver(const QJsonObject& json, const SopContext& context, const Clock& clock)
{
    auto document = SopLoader(builtInCatalogue()).loadJson(toBytes(json), QStringLiteral("uji.json"));
    REQUIRE(document.ok());
    return SopSession(
        std::make_shared<const SopDocument>(document.value()), context, builtInCatalogue().contactCenterUnit(), clock);
}

SopContext otherMonth()
{
    SopContext context = postpaidContext();
    context.values.insert(QStringLiteral("period"), QStringLiteral("Agustus 2026"));
    return context;
}

} // namespace

TEST_CASE("Another bill is taken mid-walk only while nothing read out mentions the bill", "[sop][context]")
{
    FixedClock clock { QDateTime(QDate(2026, 12, 2), QTime(3, 0), Qt::UTC) };
    const QJsonObject plain = minimalSopJson();
    SopSession untouched = sessionOver(plain, postpaidContext(), clock);
    REQUIRE(untouched.replaceContext(otherMonth()).ok());
    CHECK(untouched.context().value(QStringLiteral("period")) == QStringLiteral("Agustus 2026"));

    // The same document whose first question names the bill's month: once read, it stays.
    QJsonObject naming = plain;
    QJsonObject start = node(naming, QStringLiteral("mulai"));
    start.insert(QStringLiteral("text"), QStringLiteral("Pertanyaan tentang rekening {period}?"));
    setNode(naming, QStringLiteral("mulai"), start);
    SopSession read = sessionOver(naming, postpaidContext(), clock);
    const QString before = read.text();
    const Status refused = read.replaceContext(otherMonth());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("tidak bisa diganti di tengah SOP")));
    CHECK(read.text() == before);
    CHECK(read.context().value(QStringLiteral("period")) != QStringLiteral("Agustus 2026"));
}
