#include "CliRunner.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace csodesk::test;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(CSODESK_TEST_DATA_DIR "/import/") + QString::fromLatin1(name);
}

QSet<QString> keysOf(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> setOf(const char* commaSeparated)
{
    const QStringList keys = QString::fromLatin1(commaSeparated).split(QLatin1Char(','));
    return QSet<QString>(keys.begin(), keys.end());
}

QStringList demoData(const QString& url, int customers, int seed)
{
    const CliRun run = runCli({ QStringLiteral("--db"), url, QStringLiteral("demo-data"), QStringLiteral("--customers"),
        QString::number(customers), QStringLiteral("--seed"), QString::number(seed) });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("demo-data prints keys worth trying, one per line, the same for the same seed", "[cli]")
{
    QTemporaryDir dir;
    const QString first = QStringLiteral("sqlite:") + QDir(dir.path()).filePath(QStringLiteral("a.db"));
    const QString second = QStringLiteral("sqlite:") + QDir(dir.path()).filePath(QStringLiteral("b.db"));
    const QStringList keys = demoData(first, 300, 5);
    REQUIRE(keys.size() >= 3);
    static const QRegularExpression key(QStringLiteral("^\\d{11,12}$"));
    for (const QString& line : keys)
        CHECK(key.match(line).hasMatch());
    CHECK(demoData(second, 300, 5) == keys);
}

TEST_CASE("lookup --json has exactly the agreed shape, on every dialect", "[cli]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto t = TestDatabase::create(dialect);
    const QStringList keys = demoData(t->urlText(), 120, 9);
    // On PostgreSQL as a floor's own login, through a URL that names none.
    const CliFloor floor(t->urlText(), dialect == "postgresql");
    REQUIRE(floor.ready());
    const QProcessEnvironment signedIn = floor.as(QStringLiteral("tester"));
    const QString tester = floor.name(QStringLiteral("tester"));
    const CliRun run = runCli({ QStringLiteral("--db"), floor.url(), QStringLiteral("lookup"), keys.first(),
                                  QStringLiteral("--json"), QStringLiteral("--user"), tester },
        {}, signedIn);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(keysOf(root) == setOf("customer,bills,arrears,current_bills,tickets"));
    const QJsonObject customer = root.value(QStringLiteral("customer")).toObject();
    CHECK(keysOf(customer) == setOf("idpel,meter_number,name,tariff,power_va,payment_type,unit,invoice_email"));
    CHECK(customer.value(QStringLiteral("idpel")).toString() == keys.first());
    CHECK(keysOf(customer.value(QStringLiteral("unit")).toObject()) == setOf("code,name"));
    CHECK(customer.value(QStringLiteral("payment_type")).toString() == QStringLiteral("postpaid"));
    const QJsonArray bills = root.value(QStringLiteral("bills")).toArray();
    REQUIRE(bills.size() == 12);
    for (const QJsonValue& bill : bills)
        CHECK(keysOf(bill.toObject())
            == setOf("period,stand_start,stand_end,kwh,estimated,correction_kwh,total,due_date,paid"));
    CHECK(bills.at(0).toObject().value(QStringLiteral("period")).toString()
        > bills.at(1).toObject().value(QStringLiteral("period")).toString());
    bool estimated = false;
    QString estimatedPeriod;
    for (const QJsonValue& bill : bills) {
        if (bill.toObject().value(QStringLiteral("estimated")).toBool()) {
            estimated = true;
            estimatedPeriod = bill.toObject().value(QStringLiteral("period")).toString();
        }
    }
    CHECK(estimated); // the first suggestion is the estimated-and-corrected one
    CHECK(root.value(QStringLiteral("tickets")).toArray().isEmpty());
    CHECK(root.value(QStringLiteral("arrears")).isObject());

    const CliRun explain
        = runCli({ QStringLiteral("--db"), floor.url(), QStringLiteral("bill"), QStringLiteral("explain"), keys.first(),
                     estimatedPeriod, QStringLiteral("--user"), tester },
            {}, signedIn);
    INFO(explain.err.toStdString());
    REQUIRE(explain.exitCode == 0);
    CHECK(explain.out.contains(QStringLiteral("DITAKSIR dari rata-rata 3 bulan sebelumnya")));
}

TEST_CASE("lookup: invalid input exits 1, an unknown customer exits 3", "[cli]")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + QDir(dir.path()).filePath(QStringLiteral("x.db"));
    const QProcessEnvironment signedIn = bootstrapAdmin(url);
    const QString user = QStringLiteral("--user");
    const QString tester = QStringLiteral("tester");
    const CliRun invalid = runCli(
        { QStringLiteral("--db"), url, QStringLiteral("lookup"), QStringLiteral("12345"), user, tester }, {}, signedIn);
    CHECK(invalid.exitCode == 1);
    CHECK(invalid.err.contains(QStringLiteral("yang dimasukkan 5 digit")));
    const CliRun missing = runCli(
        { QStringLiteral("--db"), url, QStringLiteral("lookup"), QStringLiteral("999999999999"), user, tester }, {},
        signedIn);
    CHECK(missing.exitCode == 3);
    const CliRun usage = runCli({ QStringLiteral("--db"), url, QStringLiteral("lookup") });
    CHECK(usage.exitCode == 2);
    // Personal data is shown to signed-in users only.
    const CliRun anonymous
        = runCli({ QStringLiteral("--db"), url, QStringLiteral("lookup"), QStringLiteral("999999999999") });
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));
    QProcessEnvironment wrongPassword;
    wrongPassword.insert(QStringLiteral("CSODESK_PASSWORD"), QStringLiteral("salah"));
    const CliRun refused = runCli(
        { QStringLiteral("--db"), url, QStringLiteral("lookup"), QStringLiteral("999999999999"), user, tester }, {},
        wrongPassword);
    CHECK(refused.exitCode == 1);
}

TEST_CASE("bill simulate prints the amounts and the rate used", "[cli]")
{
    const CliRun run = runCli({ QStringLiteral("bill"), QStringLiteral("simulate"), QStringLiteral("--tariff"),
        QStringLiteral("R3"), QStringLiteral("--va"), QStringLiteral("6600"), QStringLiteral("--kwh"),
        QStringLiteral("500"), QStringLiteral("--period"), QStringLiteral("2024-06"), QStringLiteral("--ppj"),
        QStringLiteral("3"), QStringLiteral("--json") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(root.value(QStringLiteral("energy_charge")).toInteger() == 849765);
    CHECK(root.value(QStringLiteral("fixed_charge")).toInteger() == 0);
    CHECK(root.value(QStringLiteral("ppj")).toInteger() == 25493);
    CHECK(root.value(QStringLiteral("ppn")).toInteger() == 93474);
    CHECK(root.value(QStringLiteral("total")).toInteger() == 968732);
    CHECK(root.value(QStringLiteral("rate_per_kwh")).toString() == QStringLiteral("1699.53"));

    const CliRun text
        = runCli({ QStringLiteral("bill"), QStringLiteral("simulate"), QStringLiteral("--tariff"), QStringLiteral("R1"),
            QStringLiteral("--va"), QStringLiteral("450"), QStringLiteral("--kwh"), QStringLiteral("80"),
            QStringLiteral("--period"), QStringLiteral("2024-06"), QStringLiteral("--ppj"), QStringLiteral("10") });
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QRegularExpression(QStringLiteral("\nTotal: +Rp33.792\n"))));

    const CliRun missing
        = runCli({ QStringLiteral("bill"), QStringLiteral("simulate"), QStringLiteral("--va"), QStringLiteral("450") });
    CHECK(missing.exitCode == 2);
    const CliRun badPeriod = runCli({ QStringLiteral("bill"), QStringLiteral("simulate"), QStringLiteral("--tariff"),
        QStringLiteral("R1"), QStringLiteral("--va"), QStringLiteral("1300"), QStringLiteral("--kwh"),
        QStringLiteral("80"), QStringLiteral("--period"), QStringLiteral("2024-6") });
    CHECK(badPeriod.exitCode == 1);
    CHECK(badPeriod.err.contains(QStringLiteral("TTTT-BB")));
}

TEST_CASE("import: good files exit 0, a bad file exits 1 with file:line:column reasons", "[cli]")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + QDir(dir.path()).filePath(QStringLiteral("x.db"));
    const QProcessEnvironment signedIn = bootstrapAdmin(url);
    const QString user = QStringLiteral("--user");
    const QString tester = QStringLiteral("tester");
    for (const char* kind : { "units", "customers", "bills", "readings" }) {
        const CliRun run = runCli({ QStringLiteral("--db"), url, QStringLiteral("import"), QString::fromLatin1(kind),
                                      fixture((std::string(kind) + ".csv").c_str()), user, tester },
            {}, signedIn);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
    }
    const CliRun bad = runCli({ QStringLiteral("--db"), url, QStringLiteral("import"), QStringLiteral("bills"),
                                  fixture("bills-bad.csv"), user, tester },
        {}, signedIn);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("bills-bad.csv:3:4: stand akhir lebih kecil dari stand awal")));

    const QString rejected = QDir(dir.path()).filePath(QStringLiteral("rejected.csv"));
    const CliRun skipped = runCli(
        { QStringLiteral("--db"), url, QStringLiteral("import"), QStringLiteral("bills"), fixture("bills-bad.csv"),
            QStringLiteral("--skip-invalid"), QStringLiteral("--rejected"), rejected, user, tester },
        {}, signedIn);
    CHECK(skipped.exitCode == 0);
    CHECK(QFile::exists(rejected));
    const CliRun unknownKind = runCli(
        { QStringLiteral("--db"), url, QStringLiteral("import"), QStringLiteral("tickets"), fixture("bills.csv") });
    CHECK(unknownKind.exitCode == 2);
}

TEST_CASE("demo-data --if-empty fills an empty database once and leaves a filled one alone", "[cli]")
{
    QTemporaryDir dir;
    const QString url = QStringLiteral("sqlite:") + QDir(dir.path()).filePath(QStringLiteral("x.db"));
    const QStringList command { QStringLiteral("--db"), url, QStringLiteral("demo-data"), QStringLiteral("--if-empty"),
        QStringLiteral("--customers"), QStringLiteral("40") };
    const CliRun first = runCli(command);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK_FALSE(first.out.trimmed().isEmpty()); // the keys worth trying
    const CliRun second = runCli(command);
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.trimmed().isEmpty());
    CHECK(second.err.contains(QStringLiteral("tidak ada yang ditambahkan")));
    const CliRun check = runCli({ QStringLiteral("--db"), url, QStringLiteral("check"), QStringLiteral("--json") });
    REQUIRE(check.exitCode == 0);
    const QJsonObject counts
        = QJsonDocument::fromJson(check.out.toUtf8()).object().value(QStringLiteral("row_counts")).toObject();
    CHECK(counts.value(QStringLiteral("customers")).toInt() == 40);
}
