#include "CliRunner.h"
#include "TestDatabase.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace csodesk::test;

TEST_CASE("csodesk-cli migrate then check on a new SQLite file", "[cli]")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + QDir(dir.path()).filePath(QStringLiteral("x.db"));
    const CliRun migrate = runCli({ QStringLiteral("--db"), url, QStringLiteral("migrate") });
    INFO(migrate.err.toStdString());
    REQUIRE(migrate.exitCode == 0);
    CHECK(migrate.out.contains(QStringLiteral("Skema pada versi")));

    const CliRun check = runCli({ QStringLiteral("--db"), url, QStringLiteral("check") });
    INFO(check.err.toStdString());
    REQUIRE(check.exitCode == 0);
    CHECK(check.out.contains(QRegularExpression(QStringLiteral("\nKeutuhan: +ok\n"))));
    CHECK(check.out.contains(QStringLiteral("audit_log")));

    const CliRun json = runCli({ QStringLiteral("check"), QStringLiteral("--db"), url, QStringLiteral("--json") });
    REQUIRE(json.exitCode == 0);
    CHECK(json.out.contains(QStringLiteral("\"healthy\": true")));
}

TEST_CASE("csodesk-cli migrate works on PostgreSQL too", "[cli]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto test = TestDatabase::create(dialect, false);
    const CliRun migrate = runCli({ QStringLiteral("--db"), test->urlText(), QStringLiteral("migrate") });
    INFO(migrate.err.toStdString());
    CHECK(migrate.exitCode == 0);
    const CliRun check = runCli({ QStringLiteral("--db"), test->urlText(), QStringLiteral("check") });
    CHECK(check.exitCode == 0);
}

TEST_CASE("csodesk-cli exit codes: usage errors, bad URLs, unreachable servers", "[cli]")
{
    CHECK(runCli({}).exitCode == 2);
    CHECK(runCli({ QStringLiteral("frobnicate") }).exitCode == 2);
    CHECK(runCli({ QStringLiteral("check"), QStringLiteral("--no-such-option") }).exitCode == 2);
    CHECK(runCli({ QStringLiteral("--help") }).exitCode == 0);
    CHECK(runCli({ QStringLiteral("--version") }).exitCode == 0);

    const CliRun badUrl = runCli({ QStringLiteral("--db"), QStringLiteral("mysql://x/y"), QStringLiteral("check") });
    CHECK(badUrl.exitCode == 1);
    CHECK(badUrl.err.contains(QStringLiteral("tidak valid")));

    const CliRun unreachable = runCli(
        { QStringLiteral("--db"), QStringLiteral("postgresql://nobody@127.0.0.1:1/csodesk"), QStringLiteral("check") });
    CHECK(unreachable.exitCode == 4);
    CHECK(unreachable.err.contains(QStringLiteral("Tidak dapat terhubung")));
}
