// privacy report: a data subject's access request answered from the CLI (issue 13, PDP duties).
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
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

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

TEST_CASE("csodesk-cli privacy report writes everything held about a customer, for admins only", "[cli][privacy]")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + QDir(dir.path()).filePath(QStringLiteral("demo.db"));
    const CliRun demo = runCli(
        { QStringLiteral("--db"), url, QStringLiteral("demo-data"), QStringLiteral("--customers"), QStringLiteral("30"),
            QStringLiteral("--tickets"), QStringLiteral("80"), QStringLiteral("--seed"), QStringLiteral("2") });
    REQUIRE(demo.exitCode == 0);
    // A customer with tickets: the newest one filed.
    const CliRun listed = runCli(
        { QStringLiteral("--db"), url, QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--limit"),
            QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("spv1") },
        {}, as(QStringLiteral("spv1")));
    REQUIRE(listed.exitCode == 0);
    const QString idpel = QJsonDocument::fromJson(listed.out.toUtf8())
                              .object()
                              .value(QStringLiteral("tickets"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("customer"))
                              .toObject()
                              .value(QStringLiteral("idpel"))
                              .toString();
    REQUIRE(idpel.size() == 12);
    const CliRun ofCustomer = runCli(
        { QStringLiteral("--db"), url, QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--idpel"),
            idpel, QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("spv1") },
        {}, as(QStringLiteral("spv1")));
    const qsizetype ticketCount
        = QJsonDocument::fromJson(ofCustomer.out.toUtf8()).object().value(QStringLiteral("tickets")).toArray().size();
    REQUIRE(ticketCount > 0);
    // Someone looks the customer up: the report must say so.
    REQUIRE(runCli({ QStringLiteral("--db"), url, QStringLiteral("lookup"), idpel, QStringLiteral("--user"),
                       QStringLiteral("agen2") },
                {}, as(QStringLiteral("agen2")))
                .exitCode
        == 0);

    const QString out = QDir(dir.path()).filePath(QStringLiteral("laporan.json"));
    const QStringList report { QStringLiteral("--db"), url, QStringLiteral("privacy"), QStringLiteral("report"), idpel,
        QStringLiteral("--out"), out, QStringLiteral("--user") };
    const CliRun byAgent = runCli(report + QStringList { QStringLiteral("agen1") }, {}, as(QStringLiteral("agen1")));
    CHECK(byAgent.exitCode != 0);
    CHECK_FALSE(QFile::exists(out));

    const CliRun made = runCli(report + QStringList { QStringLiteral("admin1") }, {}, as(QStringLiteral("admin1")));
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(QFileInfo(out).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QJsonObject json = readJson(out);
    CHECK(json.value(QStringLiteral("customer")).toObject().value(QStringLiteral("idpel")).toString() == idpel);
    CHECK_FALSE(json.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString().isEmpty());
    CHECK(json.value(QStringLiteral("customer")).toObject().contains(QStringLiteral("address")));
    CHECK(json.value(QStringLiteral("tickets")).toArray().size() == ticketCount);
    const QJsonObject firstTicket = json.value(QStringLiteral("tickets")).toArray().first().toObject();
    CHECK(firstTicket.contains(QStringLiteral("path")));
    CHECK(firstTicket.contains(QStringLiteral("events")));
    bool lookedUpByAgen2 = false;
    for (const QJsonValue entry : json.value(QStringLiteral("access_log")).toArray()) {
        lookedUpByAgen2 = lookedUpByAgen2
            || (entry.toObject().value(QStringLiteral("actor")).toString() == QLatin1String("agen2")
                && entry.toObject().value(QStringLiteral("action")).toString() == QLatin1String("lookup"));
    }
    CHECK(lookedUpByAgen2);

    // Not over the first report without --force; a second report shows the first one was made.
    CHECK(runCli(report + QStringList { QStringLiteral("admin1") }, {}, as(QStringLiteral("admin1"))).exitCode != 0);
    REQUIRE(runCli(report + QStringList { QStringLiteral("admin1"), QStringLiteral("--force") }, {},
                as(QStringLiteral("admin1")))
                .exitCode
        == 0);
    bool reportRecorded = false;
    for (const QJsonValue entry : readJson(out).value(QStringLiteral("access_log")).toArray())
        reportRecorded = reportRecorded
            || entry.toObject().value(QStringLiteral("detail")).toString() == QLatin1String("privacy report");
    CHECK(reportRecorded);
}

TEST_CASE(
    "csodesk-cli privacy report --pdf writes the same report as a PDF, with the JSON from one build", "[cli][privacy]")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + QDir(dir.path()).filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli({ QStringLiteral("--db"), url, QStringLiteral("demo-data"), QStringLiteral("--customers"),
                       QStringLiteral("20"), QStringLiteral("--tickets"), QStringLiteral("40"),
                       QStringLiteral("--seed"), QStringLiteral("3") })
                .exitCode
        == 0);
    const CliRun listed = runCli(
        { QStringLiteral("--db"), url, QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--limit"),
            QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--user"), QStringLiteral("spv1") },
        {}, as(QStringLiteral("spv1")));
    REQUIRE(listed.exitCode == 0);
    const QString idpel = QJsonDocument::fromJson(listed.out.toUtf8())
                              .object()
                              .value(QStringLiteral("tickets"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("customer"))
                              .toObject()
                              .value(QStringLiteral("idpel"))
                              .toString();
    REQUIRE(idpel.size() == 12);
    const QString pdf = QDir(dir.path()).filePath(QStringLiteral("laporan.pdf"));
    const QString json = QDir(dir.path()).filePath(QStringLiteral("laporan.json"));
    const QStringList base { QStringLiteral("--db"), url, QStringLiteral("privacy"), QStringLiteral("report"), idpel };

    SECTION("neither --out nor --pdf is a usage error, in Indonesian")
    {
        const CliRun none = runCli(base + QStringList { QStringLiteral("--user"), QStringLiteral("admin1") }, {},
            as(QStringLiteral("admin1")));
        CHECK(none.exitCode == 2);
        CHECK(none.err.contains(QStringLiteral("wajib diisi")));
    }
    SECTION("an agent is refused and no file appears")
    {
        const CliRun byAgent = runCli(
            base + QStringList { QStringLiteral("--pdf"), pdf, QStringLiteral("--user"), QStringLiteral("agen1") }, {},
            as(QStringLiteral("agen1")));
        CHECK(byAgent.exitCode != 0);
        CHECK_FALSE(QFile::exists(pdf));
        CHECK(QDir(dir.path()).entryList({ QStringLiteral("*.pdf*") }, QDir::Files | QDir::Hidden).isEmpty());
    }
    SECTION("the PDF alone, owner-only, not over itself without --force")
    {
        const QStringList made
            = base + QStringList { QStringLiteral("--pdf"), pdf, QStringLiteral("--user"), QStringLiteral("admin1") };
        const CliRun first = runCli(made, {}, as(QStringLiteral("admin1")));
        INFO(first.err.toStdString());
        REQUIRE(first.exitCode == 0);
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(4) == "%PDF");
        CHECK(file.size() > 10000);
        file.close();
        CHECK(QFileInfo(pdf).permissions()
            == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
        const QDateTime written = QFileInfo(pdf).lastModified();
        CHECK(runCli(made, {}, as(QStringLiteral("admin1"))).exitCode != 0);
        CHECK(QFileInfo(pdf).lastModified() == written);
        CHECK(runCli(made + QStringList { QStringLiteral("--force") }, {}, as(QStringLiteral("admin1"))).exitCode == 0);
    }
    SECTION("--out and --pdf together: both files from one report, one access-log record")
    {
        const CliRun both = runCli(base
                + QStringList { QStringLiteral("--out"), json, QStringLiteral("--pdf"), pdf, QStringLiteral("--user"),
                    QStringLiteral("admin1") },
            {}, as(QStringLiteral("admin1")));
        INFO(both.err.toStdString());
        REQUIRE(both.exitCode == 0);
        QFile file(pdf);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(4) == "%PDF");
        CHECK(readJson(json).value(QStringLiteral("customer")).toObject().value(QStringLiteral("idpel")).toString()
            == idpel);
        // A second report lists the first one: exactly one record for the two files.
        const QString second = QDir(dir.path()).filePath(QStringLiteral("kedua.json"));
        REQUIRE(runCli(base
                        + QStringList { QStringLiteral("--out"), second, QStringLiteral("--user"),
                            QStringLiteral("admin1") },
                    {}, as(QStringLiteral("admin1")))
                    .exitCode
            == 0);
        int records = 0;
        for (const QJsonValue entry : readJson(second).value(QStringLiteral("access_log")).toArray())
            records += entry.toObject().value(QStringLiteral("detail")).toString() == QLatin1String("privacy report");
        CHECK(records == 1);
    }
    SECTION("a refused PDF target leaves no JSON either and records nothing")
    {
        QFile existing(pdf);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("mine");
        existing.close();
        const CliRun refused = runCli(base
                + QStringList { QStringLiteral("--out"), json, QStringLiteral("--pdf"), pdf, QStringLiteral("--user"),
                    QStringLiteral("admin1") },
            {}, as(QStringLiteral("admin1")));
        CHECK(refused.exitCode != 0);
        CHECK_FALSE(QFile::exists(json));
        QFile kept(pdf);
        REQUIRE(kept.open(QIODevice::ReadOnly));
        CHECK(kept.readAll() == "mine");
        const QString after = QDir(dir.path()).filePath(QStringLiteral("sesudah.json"));
        REQUIRE(runCli(base
                        + QStringList { QStringLiteral("--out"), after, QStringLiteral("--user"),
                            QStringLiteral("admin1") },
                    {}, as(QStringLiteral("admin1")))
                    .exitCode
            == 0);
        int records = 0;
        for (const QJsonValue entry : readJson(after).value(QStringLiteral("access_log")).toArray())
            records += entry.toObject().value(QStringLiteral("detail")).toString() == QLatin1String("privacy report");
        CHECK(records == 0);
    }
}
