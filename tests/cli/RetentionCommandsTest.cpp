// privacy purge / privacy retention from the command line (issue 13, PDP duties).
#include "CliRunner.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace csodesk::test;

namespace {

QProcessEnvironment as(const QString& demoUser)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CSODESK_PASSWORD"), demoUser + QStringLiteral("-demo"));
    return environment;
}

QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

TEST_CASE("csodesk-cli privacy purge anonymises old tickets once, for admins only", "[cli][privacy]")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + QDir(dir.path()).filePath(QStringLiteral("demo.db"));
    // A year of tickets: the older half is past a 180-day retention.
    REQUIRE(runCli({ QStringLiteral("--db"), url, QStringLiteral("demo-data"), QStringLiteral("--customers"),
                       QStringLiteral("20"), QStringLiteral("--tickets"), QStringLiteral("60"),
                       QStringLiteral("--days"), QStringLiteral("360"), QStringLiteral("--seed"), QStringLiteral("3") })
                .exitCode
        == 0);
    const QStringList purge { QStringLiteral("--db"), url, QStringLiteral("privacy"), QStringLiteral("purge"),
        QStringLiteral("--older-than-days"), QStringLiteral("180"), QStringLiteral("--json"),
        QStringLiteral("--user") };

    const CliRun bySupervisor = runCli(purge + QStringList { QStringLiteral("spv1") }, {}, as(QStringLiteral("spv1")));
    CHECK(bySupervisor.exitCode != 0);
    CHECK(bySupervisor.err.contains(QStringLiteral("tidak boleh menganonimkan")));

    const CliRun first = runCli(purge + QStringList { QStringLiteral("admin1") }, {}, as(QStringLiteral("admin1")));
    REQUIRE(first.exitCode == 0);
    const qint64 anonymised = jsonOf(first).value(QStringLiteral("tickets")).toInteger();
    CHECK(anonymised > 0);
    CHECK(anonymised < 60);
    CHECK(jsonOf(first).value(QStringLiteral("ticket_days")).toInt() == 180);
    CHECK(jsonOf(first).value(QStringLiteral("access_log_days")).toInt() == 730);

    const CliRun again = runCli(purge + QStringList { QStringLiteral("admin1") }, {}, as(QStringLiteral("admin1")));
    REQUIRE(again.exitCode == 0);
    CHECK(jsonOf(again).value(QStringLiteral("tickets")).toInteger() == 0);

    // In words, without --json; a retention below the minimum is a clear refusal.
    const CliRun words = runCli({ QStringLiteral("--db"), url, QStringLiteral("privacy"), QStringLiteral("purge"),
                                    QStringLiteral("--user"), QStringLiteral("admin1") },
        {}, as(QStringLiteral("admin1")));
    REQUIRE(words.exitCode == 0);
    CHECK(words.out.contains(QStringLiteral("Tiket dianonimkan: 0")));
    const CliRun tooSoon = runCli({ QStringLiteral("--db"), url, QStringLiteral("privacy"), QStringLiteral("purge"),
                                      QStringLiteral("--older-than-days"), QStringLiteral("10"),
                                      QStringLiteral("--user"), QStringLiteral("admin1") },
        {}, as(QStringLiteral("admin1")));
    CHECK(tooSoon.exitCode == 1);
    CHECK(tooSoon.err.contains(QStringLiteral("paling sedikit 90 hari")));
    const CliRun notANumber = runCli({ QStringLiteral("--db"), url, QStringLiteral("privacy"), QStringLiteral("purge"),
                                         QStringLiteral("--older-than-days"), QStringLiteral("setahun"),
                                         QStringLiteral("--user"), QStringLiteral("admin1") },
        {}, as(QStringLiteral("admin1")));
    CHECK(notANumber.exitCode == 2);
}

TEST_CASE("csodesk-cli privacy retention shows the policy to anyone and lets only an admin change it", "[cli][privacy]")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + QDir(dir.path()).filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli({ QStringLiteral("--db"), url, QStringLiteral("demo-data"), QStringLiteral("--customers"),
                       QStringLiteral("5"), QStringLiteral("--tickets"), QStringLiteral("1") })
                .exitCode
        == 0);
    const QStringList retention { QStringLiteral("--db"), url, QStringLiteral("privacy"), QStringLiteral("retention") };
    const CliRun shown = runCli(
        retention + QStringList { QStringLiteral("--user"), QStringLiteral("agen1") }, {}, as(QStringLiteral("agen1")));
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("Masa simpan tiket: 1825 hari")));
    CHECK(shown.out.contains(QStringLiteral("Nilai bawaan")));

    const QStringList change = retention
        + QStringList { QStringLiteral("--tickets-days"), QStringLiteral("365"), QStringLiteral("--json"),
              QStringLiteral("--user") };
    CHECK(runCli(change + QStringList { QStringLiteral("spv1") }, {}, as(QStringLiteral("spv1"))).exitCode != 0);
    const CliRun changed = runCli(change + QStringList { QStringLiteral("admin1") }, {}, as(QStringLiteral("admin1")));
    REQUIRE(changed.exitCode == 0);
    CHECK(jsonOf(changed).value(QStringLiteral("ticket_days")).toInt() == 365);
    CHECK(jsonOf(changed).value(QStringLiteral("access_log_days")).toInt() == 730);
    CHECK(jsonOf(changed).value(QStringLiteral("changed_by")).toString() == QStringLiteral("admin1"));
}
