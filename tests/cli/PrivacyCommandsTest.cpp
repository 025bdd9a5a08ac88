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
