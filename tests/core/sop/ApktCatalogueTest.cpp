#include "apkt/ApktCatalogue.h"

#include <catch2/catch.hpp>

using namespace csodesk;

TEST_CASE("The built-in APKT catalogue has the ten KELUHAN issue types with stable ids", "[apkt]")
{
    auto catalogue = ApktCatalogue::builtIn();
    REQUIRE(catalogue.ok());
    REQUIRE(catalogue->issueTypes().size() == 10);
    CHECK(catalogue->issueTypes().first().id == QLatin1String("pb"));
    CHECK(catalogue->issueTypeName(QStringLiteral("tagihan")) == QLatin1String("Tagihan Listrik dan Token"));
    CHECK(catalogue->findIssueType(QStringLiteral("tagihan"))->subIssueTypes.size() == 12);
    CHECK(catalogue->findIssueType(QStringLiteral("informasi"))->subIssueTypes.size() == 17);
    CHECK(catalogue->subIssueTypeName(QStringLiteral("tagihan.mengajukan_berlangganan_invoice"))
        == QLatin1String("Mengajukan berlangganan invoice"));
    CHECK(catalogue->subIssueTypeName(QStringLiteral("perubahan_data.penggantian_alamat_email_invoice"))
        == QLatin1String("Penggantian alamat email invoice"));
    CHECK(catalogue->issueTypeOfSubIssue(QStringLiteral("cater.lebih_tagih"))->id == QLatin1String("cater"));
    CHECK(catalogue->findSubIssueType(QStringLiteral("cater.tidak_ada")) == nullptr);
    CHECK(catalogue->findIssueType(QStringLiteral("gangguan")) == nullptr);
    CHECK(catalogue->subIssueTypeName(QStringLiteral("lama.dihapus"))
        == QLatin1String("lama.dihapus")); // old tickets still show
    CHECK_FALSE(catalogue->contactCenterUnit().name.isEmpty());
    // Repeat contacts fall back to the issue type by the sub-issue id's prefix.
    for (const ApktIssueType& type : catalogue->issueTypes()) {
        for (const ApktSubIssueType& sub : type.subIssueTypes)
            CHECK(sub.id.section(QLatin1Char('.'), 0, 0) == type.id);
    }
}

TEST_CASE("A malformed catalogue is refused with its reason", "[apkt]")
{
    const QByteArray unit = R"("contact_center_unit": {"code": "CC", "name": "Unit Contact Center"})";
    auto parse = [&](const QByteArray& types) {
        return ApktCatalogue::fromJson("{" + unit + ", \"issue_types\": " + types + "}", QStringLiteral("uji.json"));
    };
    CHECK(parse(R"([{"id": "a", "name": "A", "sub_issue_types": [{"id": "a.x", "name": "X"}]}])").ok());
    CHECK(parse(R"([{"id": "a", "name": "A", "sub_issue_types": [{"id": "b.x", "name": "X"}]}])")
              .error()
              .message.contains(QStringLiteral("\"a.<slug>\"")));
    CHECK(parse(
        R"([{"id": "a", "name": "A", "sub_issue_types": [{"id": "a.x", "name": "X"}, {"id": "a.x", "name": "Y"}]}])")
              .error()
              .message.contains(QStringLiteral("dua kali")));
    CHECK(parse(R"([{"id": "a", "name": "A", "sub_issue_types": []}])")
              .error()
              .message.contains(QStringLiteral("tidak punya sub-jenis")));
    CHECK(parse(R"([{"id": "A B", "name": "A", "sub_issue_types": [{"id": "A B.x", "name": "X"}]}])").ok() == false);
    CHECK_FALSE(ApktCatalogue::fromJson(R"({"issue_types": []})", QStringLiteral("uji.json")).ok());
    CHECK_FALSE(ApktCatalogue::fromJson("not json", QStringLiteral("uji.json")).ok());
}
