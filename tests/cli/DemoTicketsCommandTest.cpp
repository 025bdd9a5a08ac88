#include "CliRunner.h"

#include <QDir>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace csodesk::test;

TEST_CASE("demo-data --tickets adds the demo accounts and tickets, and a re-run files nothing twice", "[cli]")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + QDir(dir.path()).filePath(QStringLiteral("demo.db"));
    const CliRun first = runCli({ QStringLiteral("--db"), url, QStringLiteral("demo-data"),
        QStringLiteral("--customers"), QStringLiteral("80"), QStringLiteral("--months"), QStringLiteral("4"),
        QStringLiteral("--tickets"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("3") });
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.err.contains(QStringLiteral("7 akun demo dibuat")));
    CHECK(first.err.contains(QStringLiteral("60 tiket selama 60 hari (0 sudah ada")));

    // Tickets only, for the customers already there: the same seed finds every ticket filed.
    const CliRun again = runCli(
        { QStringLiteral("--db"), url, QStringLiteral("demo-data"), QStringLiteral("--customers"), QStringLiteral("0"),
            QStringLiteral("--tickets"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("3") });
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.err.contains(QStringLiteral("0 akun demo dibuat")));
    CHECK(again.err.contains(QStringLiteral("60 tiket selama 60 hari (60 sudah ada")));

    const CliRun bad = runCli({ QStringLiteral("--db"), url, QStringLiteral("demo-data"), QStringLiteral("--tickets"),
        QStringLiteral("many") });
    CHECK(bad.exitCode == 2);
}
