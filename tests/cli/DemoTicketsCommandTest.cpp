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

TEST_CASE("demo-data on a database with people of its own needs its admin and never adds the demo accounts",
    "[cli][security]")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + QDir(dir.path()).filePath(QStringLiteral("nyata.db"));
    const CliFloor floor(url, false); // a real database: its own admin, "tester"
    REQUIRE(floor.ready());
    REQUIRE(floor.addUser(QStringLiteral("budi"), QStringLiteral("agent")).exitCode == 0);
    const QStringList customers { QStringLiteral("--db"), floor.url(), QStringLiteral("demo-data"),
        QStringLiteral("--customers"), QStringLiteral("20") };

    const CliRun unsigned_ = runCli(customers);
    CHECK(unsigned_.exitCode != 0);
    CHECK(unsigned_.err.contains(QStringLiteral("punya pengguna sendiri; demo-data di sini hanya oleh admin-nya")));
    const CliRun byAgent
        = runCli(customers + QStringList { QStringLiteral("--user"), floor.name(QStringLiteral("budi")) }, {},
            floor.as(QStringLiteral("budi")));
    CHECK(byAgent.exitCode != 0);
    CHECK(byAgent.err.contains(QStringLiteral("Hanya admin")));

    const CliRun byAdmin
        = runCli(customers + QStringList { QStringLiteral("--user"), floor.name(QStringLiteral("tester")) }, {},
            floor.as(QStringLiteral("tester")));
    INFO(byAdmin.err.toStdString());
    CHECK(byAdmin.exitCode == 0);

    // The accounts whose passwords the README publishes: never here, even for its admin.
    const CliRun tickets
        = runCli({ QStringLiteral("--db"), floor.url(), QStringLiteral("demo-data"), QStringLiteral("--customers"),
                     QStringLiteral("0"), QStringLiteral("--tickets"), QStringLiteral("5"), QStringLiteral("--user"),
                     floor.name(QStringLiteral("tester")) },
            {}, floor.as(QStringLiteral("tester")));
    CHECK(tickets.exitCode != 0);
    CHECK(tickets.err.contains(QStringLiteral("akun demo (dengan kata sandi yang diketahui umum)")));
    const CliRun list = runCli({ QStringLiteral("--db"), floor.url(), QStringLiteral("user"), QStringLiteral("list"),
                                   QStringLiteral("--user"), floor.name(QStringLiteral("tester")) },
        {}, floor.as(QStringLiteral("tester")));
    CHECK_FALSE(list.out.contains(QStringLiteral("agen1")));
}
