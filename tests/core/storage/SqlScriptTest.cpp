#include "storage/SqlScript.h"

#include <catch2/catch.hpp>

using namespace csodesk;

TEST_CASE("Migration scripts split at top-level semicolons only", "[storage]")
{
    const QString script = QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE t (a TEXT DEFAULT 'x;y');\n"
        "/* block; comment */ INSERT INTO t VALUES ('it''s; fine');\n"
        "CREATE TRIGGER t_guard BEFORE DELETE ON t\nBEGIN\n  SELECT RAISE(ABORT, 'no;');\n  SELECT 1;\nEND;\n"
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'x';\nEND;\n$$;\n"
        "SELECT 2");
    const QStringList statements = splitSqlScript(script);
    REQUIRE(statements.size() == 5);
    CHECK(statements[0] == QStringLiteral("CREATE TABLE t (a TEXT DEFAULT 'x;y')"));
    CHECK(statements[1] == QStringLiteral("INSERT INTO t VALUES ('it''s; fine')"));
    CHECK(statements[2].startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(statements[2].endsWith(QStringLiteral("END")));
    CHECK(statements[3].endsWith(QStringLiteral("$$")));
    CHECK(statements[4] == QStringLiteral("SELECT 2"));
}
