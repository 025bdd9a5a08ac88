#include "Golden.h"
#include "TestDatabase.h"
#include "storage/SchemaInspector.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

// The migrated schema of each dialect is committed as text. A migration that changes it
// must change the snapshot in the same commit (CSODESK_UPDATE_GOLDEN=1 rewrites it), so a
// reviewer sees every schema change, and the two dialects cannot drift apart unnoticed.
TEST_CASE("Each dialect's migrated schema matches its committed snapshot", "[storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect, true);
    SchemaInspector inspector(test->db());
    auto schema = inspector.describe();
    REQUIRE(schema.ok());
    const QString difference
        = compareWithGolden(QStringLiteral("schema/%1.txt").arg(QString::fromStdString(dialect)), schema.value());
    INFO(difference.toStdString());
    CHECK(difference.isEmpty());
}

TEST_CASE("Both dialects have the same tables", "[storage]")
{
    auto sqlite = TestDatabase::create("sqlite", true);
    auto tables = SchemaInspector(sqlite->db()).tables();
    REQUIRE(tables.ok());
    CHECK(tables->contains(QStringLiteral("schema_version")));
    CHECK(tables->contains(QStringLiteral("audit_log")));
    if (!postgresBaseUrl().isEmpty()) {
        auto pg = TestDatabase::create("postgresql", true);
        auto pgTables = SchemaInspector(pg->db()).tables();
        REQUIRE(pgTables.ok());
        CHECK(pgTables.value() == tables.value());
    }
}
