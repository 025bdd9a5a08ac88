#include "storage/Database.h"

#include "TestDatabase.h"
#include "storage/RelaxedDurability.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("A new SQLite file is owner-only, in WAL mode, with foreign keys and full sync", "[storage]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("nested/folder/csodesk.db"));
    auto db = Database::open(DatabaseUrl::sqliteFile(path));
    REQUIRE(db.ok());
    const QFileInfo info(path);
    REQUIRE(info.exists());
    CHECK(info.permissions().testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(info.permissions()
        & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther));

    auto conn = db.value()->connection();
    REQUIRE(conn.ok());
    CHECK(queryScalar(conn.value(), QStringLiteral("PRAGMA journal_mode")).value().toString() == QStringLiteral("wal"));
    CHECK(queryScalar(conn.value(), QStringLiteral("PRAGMA foreign_keys")).value().toInt() == 1);
    CHECK(queryScalar(conn.value(), QStringLiteral("PRAGMA synchronous")).value().toInt() == 2); // FULL
}

TEST_CASE("Relaxed durability lasts only as long as its scope, on the thread that asked", "[storage]")
{
    auto test = TestDatabase::create("sqlite");
    auto conn = test->db().connection();
    REQUIRE(conn.ok());
    const auto synchronous
        = [](const QSqlDatabase& db) { return queryScalar(db, QStringLiteral("PRAGMA synchronous")).value().toInt(); };
    {
        const RelaxedDurability bulk(test->db());
        CHECK(synchronous(conn.value()) == 1); // NORMAL
        // Another thread's connection (an agent filing meanwhile) keeps waiting for the disk.
        int other = -1;
        QThread* thread = QThread::create([&] { other = synchronous(test->db().connection().value()); });
        thread->start();
        thread->wait();
        delete thread;
        CHECK(other == 2);
    }
    CHECK(synchronous(conn.value()) == 2); // FULL again
}

TEST_CASE("Each thread gets its own connection", "[storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect, false);
    auto mine = test->db().connection();
    REQUIRE(mine.ok());
    QString otherName;
    bool otherOk = false;
    QThread* thread = QThread::create([&] {
        auto theirs = test->db().connection();
        otherOk = theirs.ok() && queryScalar(theirs.value(), QStringLiteral("SELECT 1")).ok();
        if (theirs.ok())
            otherName = theirs->connectionName();
    });
    thread->start();
    thread->wait();
    delete thread;
    CHECK(otherOk);
    CHECK_FALSE(otherName.isEmpty());
    CHECK(otherName != mine->connectionName());
    // The thread has ended: its connection was removed with it.
    CHECK_FALSE(QSqlDatabase::contains(otherName));
}

TEST_CASE("write() commits on success and rolls back on failure", "[storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect, false);
    Database& db = test->db();
    REQUIRE(db.write([](QSqlDatabase& c) -> Status {
                  auto made = execQuery(c, QStringLiteral("CREATE TABLE t (v INTEGER NOT NULL)"));
                  return made.ok() ? Status() : Status(made.error());
              }).ok());

    auto committed = db.write([](QSqlDatabase& c) -> Status {
        auto inserted = execQuery(c, QStringLiteral("INSERT INTO t (v) VALUES (?)"), { 1 });
        return inserted.ok() ? Status() : Status(inserted.error());
    });
    REQUIRE(committed.ok());

    auto failed = db.write([](QSqlDatabase& c) -> Status {
        auto inserted = execQuery(c, QStringLiteral("INSERT INTO t (v) VALUES (?)"), { 2 });
        if (!inserted.ok())
            return inserted.error();
        return makeError(ErrorKind::InvalidInput, QStringLiteral("batal"));
    });
    REQUIRE_FALSE(failed.ok());

    auto notNull = db.write([](QSqlDatabase& c) -> Status {
        auto inserted = execQuery(c, QStringLiteral("INSERT INTO t (v) VALUES (?)"), { QVariant() });
        return inserted.ok() ? Status() : Status(inserted.error());
    });
    REQUIRE_FALSE(notNull.ok());
    INFO(notNull.error().detail.toStdString());
    CHECK(notNull.error().kind == ErrorKind::Conflict);

    auto count = db.read([](QSqlDatabase& c) { return queryScalar(c, QStringLiteral("SELECT COUNT(*) FROM t")); });
    REQUIRE(count.ok());
    CHECK(count->toInt() == 1);
}

TEST_CASE("Values are bound, never pasted: injection strings are stored verbatim", "[storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect, false);
    auto conn = test->db().connection();
    REQUIRE(conn.ok());
    REQUIRE(execQuery(conn.value(), QStringLiteral("CREATE TABLE notes (body TEXT NOT NULL)")).ok());
    const QString evil = QStringLiteral("'; DROP TABLE notes; -- \"Ω\" ñ");
    REQUIRE(execQuery(conn.value(), QStringLiteral("INSERT INTO notes (body) VALUES (?)"), { evil }).ok());
    auto back = queryScalar(conn.value(), QStringLiteral("SELECT body FROM notes"));
    REQUIRE(back.ok());
    CHECK(back->toString() == evil);
}

TEST_CASE("An unreachable PostgreSQL server is reported quickly as unavailable", "[storage]")
{
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/csodesk"));
    REQUIRE(url.ok());
    auto db = Database::open(url.value());
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == ErrorKind::Unavailable);
    CHECK(db.error().message.contains(QStringLiteral("127.0.0.1:1")));
}
