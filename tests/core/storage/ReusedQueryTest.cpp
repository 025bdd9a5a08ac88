#include "storage/ReusedQuery.h"

#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSqlDriver>
#include <QSqlResult>
#include <QThread>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

const QString kSelectBigger = QStringLiteral("SELECT n FROM numbers WHERE n > ? ORDER BY n");

void createNumbers(Database& database, int count)
{
    auto made = database.write([count](QSqlDatabase& db) -> Status {
        if (auto created = execQuery(db, QStringLiteral("CREATE TABLE numbers (n INTEGER NOT NULL)")); !created.ok())
            return created.error();
        for (int n = 1; n <= count; ++n) {
            if (auto inserted = execQuery(db, QStringLiteral("INSERT INTO numbers (n) VALUES (?)"), { n });
                !inserted.ok())
                return inserted.error();
        }
        return {};
    });
    REQUIRE(made.ok());
}

QList<int> biggerThan(const QSqlDatabase& db, int floor)
{
    auto query = execReused(db, kSelectBigger, { floor });
    REQUIRE(query.ok());
    QList<int> numbers;
    while (query->next())
        numbers.append(query->value(0).toInt());
    return numbers;
}

// The driver's statement handle: the same one means the statement was not prepared again.
QVariant statementHandle(const QSqlDatabase& db)
{
    auto query = execReused(db, kSelectBigger, { 0 });
    REQUIRE(query.ok());
    return query->query().result()->handle();
}

} // namespace

TEST_CASE("A reused statement gives each call its own bound values' rows", "[storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect, false);
    createNumbers(test->db(), 5);
    auto db = test->db().connection();
    REQUIRE(db.ok());
    CHECK(biggerThan(db.value(), 3) == QList<int> { 4, 5 });
    CHECK(biggerThan(db.value(), 0) == QList<int> { 1, 2, 3, 4, 5 });
    CHECK(biggerThan(db.value(), 5).isEmpty());
    CHECK(biggerThan(db.value(), 4) == QList<int> { 5 });
}

TEST_CASE("SQLite: a connection prepares a reused statement once", "[storage]")
{
    auto test = TestDatabase::create("sqlite", false);
    createNumbers(test->db(), 3);
    auto db = test->db().connection();
    REQUIRE(db.ok());
    const QVariant first = statementHandle(db.value());
    REQUIRE(first.isValid());
    CHECK(statementHandle(db.value()).data() != nullptr);
    CHECK(*static_cast<void* const*>(statementHandle(db.value()).data()) == *static_cast<void* const*>(first.data()));
}

// SQLite only: Qt's PostgreSQL driver streams a forward-only result row by row, and any other
// statement on the connection discards the rest of it, so no code nests reads there at all.
TEST_CASE("SQLite: nested use of the same statement does not disturb the outer rows", "[storage]")
{
    auto test = TestDatabase::create("sqlite", false);
    createNumbers(test->db(), 4);
    auto db = test->db().connection();
    REQUIRE(db.ok());
    auto outer = execReused(db.value(), kSelectBigger, { 0 });
    REQUIRE(outer.ok());
    QList<int> outerRows;
    QList<int> innerCounts;
    while (outer->next()) {
        const int n = outer->value(0).toInt();
        outerRows.append(n);
        innerCounts.append(int(biggerThan(db.value(), n).size()));
    }
    CHECK(outerRows == QList<int> { 1, 2, 3, 4 });
    CHECK(innerCounts == QList<int> { 3, 2, 1, 0 });
}

TEST_CASE("A reused statement left half-read does not hide later writes", "[storage]")
{
    // An unfinished SQLite SELECT keeps its read snapshot; the handle resets it when it goes.
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect, false);
    createNumbers(test->db(), 3);
    auto db = test->db().connection();
    REQUIRE(db.ok());
    {
        auto partly = execReused(db.value(), kSelectBigger, { 0 });
        REQUIRE(partly.ok());
        REQUIRE(partly->next()); // one row of three, then dropped
    }
    QThread* writer = QThread::create([&] {
        (void)test->db().write([](QSqlDatabase& other) {
            return execQuery(other, QStringLiteral("INSERT INTO numbers (n) VALUES (10)"));
        });
    });
    writer->start();
    writer->wait();
    delete writer;
    // Another statement: re-running the same one would reset it anyway.
    CHECK(queryScalar(db.value(), QStringLiteral("SELECT COUNT(*) FROM numbers WHERE n > ?"), { 3 }).value().toInt()
        == 1);
}

TEST_CASE("Reused statements survive a reconnect and work on connections Database did not open", "[storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect, false);
    createNumbers(test->db(), 2);
    {
        auto db = test->db().connection();
        REQUIRE(db.ok());
        CHECK(biggerThan(db.value(), 0) == QList<int> { 1, 2 });
    }
    test->db().resetThreadConnection();
    {
        auto db = test->db().connection();
        REQUIRE(db.ok());
        CHECK(biggerThan(db.value(), 1) == QList<int> { 2 });
    }

    SECTION("a connection of its own")
    {
        const QString name = QStringLiteral("reused-query-test-own");
        {
            auto source = test->db().connection();
            REQUIRE(source.ok());
            QSqlDatabase own = QSqlDatabase::cloneDatabase(source.value(), name);
            REQUIRE(own.open());
            CHECK(biggerThan(own, 1) == QList<int> { 2 });
            CHECK(biggerThan(own, 0) == QList<int> { 1, 2 });
            own.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

TEST_CASE("A statement that cannot be prepared is an error, and the next one works", "[storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect, false);
    createNumbers(test->db(), 1);
    auto db = test->db().connection();
    REQUIRE(db.ok());
    auto broken = execReused(db.value(), QStringLiteral("SELECT n FROM no_such_table WHERE n = ?"), { 1 });
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().kind == ErrorKind::StorageFailure);
    CHECK(biggerThan(db.value(), 0) == QList<int> { 1 });
}

TEST_CASE("Past the per-connection bound, statements still run, uncached", "[storage]")
{
    auto test = TestDatabase::create("sqlite", false);
    createNumbers(test->db(), 3);
    auto db = test->db().connection();
    REQUIRE(db.ok());
    // 100 distinct texts: more than a connection keeps. Each must still give its own answer.
    for (int i = 0; i < 100; ++i) {
        auto query
            = execReused(db.value(), QStringLiteral("SELECT COUNT(*) + %1 FROM numbers WHERE n > ?").arg(i), { 1 });
        REQUIRE(query.ok());
        REQUIRE(query->next());
        CHECK(query->value(0).toInt() == 2 + i);
    }
    CHECK(biggerThan(db.value(), 1) == QList<int> { 2, 3 });
}
