#include "TestDatabase.h"
#include "apkt/ApktCatalogue.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QSet>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

// The database refuses a made-up APKT sub-issue type from its own copy of the catalogue
// (migration 004); that copy must be the catalogue the app offers.
TEST_CASE("The database's APKT sub-issue types are the catalogue's", "[storage][tickets]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect, true);
    auto catalogue = ApktCatalogue::builtIn();
    REQUIRE(catalogue.ok());
    QSet<QString> expected;
    for (const ApktIssueType& issue : catalogue->issueTypes()) {
        for (const ApktSubIssueType& sub : issue.subIssueTypes)
            expected.insert(sub.id + QLatin1Char('|') + issue.id);
    }
    auto stored = test->db().read([](QSqlDatabase& db) -> Result<QSet<QString>> {
        auto query = execQuery(db, QStringLiteral("SELECT id, issue_type_id FROM apkt_sub_issue_types"));
        if (!query.ok())
            return query.error();
        QSet<QString> rows;
        while (query->next())
            rows.insert(query->value(0).toString() + QLatin1Char('|') + query->value(1).toString());
        return rows;
    });
    REQUIRE(stored.ok());
    CHECK(stored.value() == expected);
    // csodesk_file_ticket names the contact centre's unit for an Issue Closed.
    CHECK(catalogue->contactCenterUnit().code == QStringLiteral("CC123"));
    CHECK(catalogue->contactCenterUnit().name == QStringLiteral("Unit Contact Center PLN 123"));
}
