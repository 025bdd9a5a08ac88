#include "storage/Migrator.h"

#include "TestDatabase.h"
#include "storage/SchemaInspector.h"

#include <QThread>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("Migrations bring an empty database to the latest version, once", "[storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect, false);
    Migrator migrator(test->db());

    auto before = migrator.status();
    REQUIRE(before.ok());
    CHECK(before->currentVersion == 0);
    CHECK(before->latestVersion >= 1);

    auto applied = migrator.migrate();
    REQUIRE(applied.ok());
    CHECK(applied.value() == before->latestVersion);
    auto after = migrator.status();
    REQUIRE(after.ok());
    CHECK(after->isCurrent());

    auto again = migrator.migrate();
    REQUIRE(again.ok());
    CHECK(again.value() == 0);
}

TEST_CASE("A database migrated by a newer csodesk is refused with a clear message", "[storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect, true);
    auto future = test->db().write([](QSqlDatabase& db) -> Status {
        auto inserted = execQuery(db,
            QStringLiteral("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (?, ?, ?)"),
            { 999, QStringLiteral("999_from_the_future"), 0 });
        return inserted.ok() ? Status() : Status(inserted.error());
    });
    REQUIRE(future.ok());
    Migrator migrator(test->db());
    auto result = migrator.migrate();
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::SchemaTooNew);
    CHECK(result.error().message.contains(QStringLiteral("999")));

    auto reopened = openMigratedDatabase(test->url());
    REQUIRE_FALSE(reopened.ok());
    CHECK(reopened.error().kind == ErrorKind::SchemaTooNew);
}

TEST_CASE("Two migrators racing on one database apply each migration exactly once", "[storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect, false);
    auto second = Database::open(test->url());
    REQUIRE(second.ok());

    Result<int> firstResult = 0;
    Result<int> secondResult = 0;
    QThread* a = QThread::create([&] { firstResult = Migrator(test->db()).migrate(); });
    QThread* b = QThread::create([&] { secondResult = Migrator(*second.value()).migrate(); });
    a->start();
    b->start();
    a->wait();
    b->wait();
    delete a;
    delete b;
    REQUIRE(firstResult.ok());
    REQUIRE(secondResult.ok());
    auto latest = Migrator(test->db()).status();
    REQUIRE(latest.ok());
    CHECK(firstResult.value() + secondResult.value() == latest->latestVersion);
    CHECK(latest->isCurrent());
}
