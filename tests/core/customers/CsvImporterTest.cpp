#include "customers/CsvImporter.h"

#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "customers/CustomerRepository.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

const Actor kAdmin { 1, QStringLiteral("admin"), Role::Admin };
const QDateTime kJuly2024(QDate(2024, 7, 1), QTime(3, 0), QTimeZone::utc());

QString fixture(const char* name)
{
    return QStringLiteral(CSODESK_TEST_DATA_DIR "/import/") + QString::fromLatin1(name);
}

qint64 count(Database& db, const char* table)
{
    auto n = db.read([&](QSqlDatabase& c) {
        return queryScalar(c, QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
    });
    REQUIRE(n.ok());
    return n->toLongLong();
}

ImportReport importOk(CsvImporter& importer, ImportKind kind, const QString& path, const ImportOptions& options = {})
{
    auto report = importer.import(kAdmin, kind, path, options);
    INFO((report.ok() ? QString() : report.error().message + QStringLiteral(" / ") + report.error().detail)
             .toStdString());
    REQUIRE(report.ok());
    return report.value();
}

void importGoodFiles(CsvImporter& importer)
{
    CHECK(importOk(importer, ImportKind::Units, fixture("units.csv")).committed);
    CHECK(importOk(importer, ImportKind::Customers, fixture("customers.csv")).committed);
    CHECK(importOk(importer, ImportKind::Bills, fixture("bills.csv")).committed);
    CHECK(importOk(importer, ImportKind::Readings, fixture("readings.csv")).committed);
}

QStringList reasonsOf(const ImportReport& report)
{
    QStringList reasons;
    for (const ImportProblem& problem : report.problems)
        reasons.append(problem.format(QStringLiteral("f.csv")));
    return reasons;
}

} // namespace

TEST_CASE("Import of good files: units, customers (quoted, multi-line), bills (semicolons, decimal comma), readings",
    "[import][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto t = TestDatabase::create(dialect);
    FixedClock clock(kJuly2024);
    CsvImporter importer(t->db(), clock);
    importGoodFiles(importer);
    CHECK(count(t->db(), "units") == 3);
    CHECK(count(t->db(), "customers") == 2);
    CHECK(count(t->db(), "bills") == 4);
    CHECK(count(t->db(), "meter_readings") == 2);

    auto read = t->db().read([](QSqlDatabase& c) -> Result<bool> {
        CustomerRepository repository(c);
        auto siti = repository.find(CustomerKey { CustomerKey::Kind::MeterNumber, QStringLiteral("14212345678") });
        REQUIRE(siti.ok());
        REQUIRE(siti->has_value());
        CHECK(siti->value().name == QStringLiteral("Siti \"Ita\" Rahayu"));
        CHECK(siti->value().address == QStringLiteral("Jl. Kebon Sirih No. 9\nBlok B"));
        CHECK(siti->value().idpel == QStringLiteral("541100000456"));
        auto bills = repository.bills(QStringLiteral("541100000123"));
        REQUIRE(bills.ok());
        const Bill& june = bills->first();
        CHECK(june.estimated);
        CHECK(june.standEndWh == 1333333);
        CHECK(june.estimatedFrom == QList<BillingPeriod> { { 2024, 3 }, { 2024, 4 }, { 2024, 5 } });
        CHECK_FALSE(june.isPaid());
        CHECK(bills->at(2).paidAt == QDateTime(QDate(2024, 4, 22), QTime(12, 0), QTimeZone::utc())); // 19:00 WIB
        auto readings = repository.readings(QStringLiteral("541100000123"), 10);
        REQUIRE(readings.ok());
        REQUIRE(readings->size() == 2);
        // 1200,0 is below June's stand akhir 1333,3: kept, but not accepted, with the reason.
        CHECK_FALSE(readings->first().accepted);
        CHECK(readings->first().rejectReason.contains(QStringLiteral("lebih kecil dari stand akhir")));
        CHECK(readings->last().accepted);
        auto units = repository.unitChain(QStringLiteral("54110"));
        REQUIRE(units.ok());
        CHECK(units->first().ppjBasisPoints == 240);
        return true;
    });
    REQUIRE(read.ok());

    AuditFilter filter;
    filter.action = AuditAction::Import;
    auto audit = AuditLog(t->db(), clock).query(filter);
    REQUIRE(audit.ok());
    CHECK(audit->size() == 4);
}

TEST_CASE("Re-importing the same files changes nothing", "[import][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto t = TestDatabase::create(dialect);
    FixedClock clock(kJuly2024);
    CsvImporter importer(t->db(), clock);
    importGoodFiles(importer);
    importGoodFiles(importer);
    CHECK(count(t->db(), "units") == 3);
    CHECK(count(t->db(), "customers") == 2);
    CHECK(count(t->db(), "bills") == 4);
    CHECK(count(t->db(), "meter_readings") == 2);
}

TEST_CASE("One bad customer row and nothing is imported, every problem has line and column", "[import][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto t = TestDatabase::create(dialect);
    FixedClock clock(kJuly2024);
    CsvImporter importer(t->db(), clock);
    importOk(importer, ImportKind::Units, fixture("units.csv"));
    const ImportReport report = importOk(importer, ImportKind::Customers, fixture("customers-bad.csv"));
    const QStringList reasons = reasonsOf(report);
    INFO(reasons.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(report.committed);
    CHECK(report.rows == 7);
    CHECK(report.rejected == 7);
    CHECK(reasons.contains(QStringLiteral("f.csv:2:1: IDPEL harus 12 digit angka; yang dimasukkan 11 digit.")));
    CHECK(reasons.contains(QStringLiteral("f.csv:3:3: nama pelanggan kosong")));
    CHECK(reasons.contains(QStringLiteral("f.csv:3:8: daya harus bilangan bulat VA lebih dari 0")));
    CHECK(reasons.contains(QStringLiteral("f.csv:4:9: jenis pembayaran harus 'postpaid' atau 'prepaid'")));
    CHECK(reasons.contains(QStringLiteral("f.csv:5:10: ULP 99999 tidak dikenal")));
    CHECK(reasons.contains(QStringLiteral("f.csv:6:2: pelanggan prabayar harus punya nomor meter")));
    CHECK(reasons.contains(QStringLiteral("f.csv:7:0: baris berisi 5 kolom; baris judul 12")));
    CHECK(reasons.contains(QStringLiteral("f.csv:8:3: tanda kutip tidak ditutup sampai akhir berkas")));
    CHECK(count(t->db(), "customers") == 0);
}

TEST_CASE("Bad bill rows: each kind of mistake is named", "[import][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto t = TestDatabase::create(dialect);
    FixedClock clock(kJuly2024);
    CsvImporter importer(t->db(), clock);
    importOk(importer, ImportKind::Units, fixture("units.csv"));
    importOk(importer, ImportKind::Customers, fixture("customers.csv"));
    const ImportReport report = importOk(importer, ImportKind::Bills, fixture("bills-bad.csv"));
    const QStringList reasons = reasonsOf(report);
    INFO(reasons.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(report.committed);
    CHECK(report.rejected == 9);
    CHECK(reasons.filter(QStringLiteral("f.csv:2:2: Periode '2024-13' tidak sah")).size() == 1);
    CHECK(reasons.contains(QStringLiteral("f.csv:3:4: stand akhir lebih kecil dari stand awal")));
    CHECK(
        reasons.contains(QStringLiteral("f.csv:4:6: kWh tidak sama dengan (stand akhir - stand awal) x faktor meter")));
    CHECK(reasons.contains(
        QStringLiteral("f.csv:5:15: total tidak sama dengan biaya pemakaian + biaya beban + PPJ + PPN")));
    CHECK(reasons.contains(QStringLiteral("f.csv:6:8: rekening taksiran harus menyebut tiga bulan asal rata-ratanya")));
    CHECK(reasons.filter(QStringLiteral("f.csv:7:17: waktu bayar")).size() == 1);
    CHECK(reasons.contains(
        QStringLiteral("f.csv:8:1: pelanggan IDPEL 541100000456 prabayar; rekening hanya untuk pascabayar")));
    CHECK(reasons.contains(QStringLiteral("f.csv:9:1: pelanggan IDPEL 999999999999 belum ada; impor pelanggan dulu")));
    CHECK(reasons.contains(QStringLiteral("f.csv:10:10: bukan jumlah rupiah bulat yang sah")));
    CHECK(count(t->db(), "bills") == 0);
}

TEST_CASE("A header that does not match is refused before any row is read", "[import][storage]")
{
    auto t = TestDatabase::create("sqlite");
    FixedClock clock(kJuly2024);
    CsvImporter importer(t->db(), clock);
    const ImportReport report = importOk(importer, ImportKind::Customers, fixture("customers-badheader.csv"));
    CHECK_FALSE(report.committed);
    CHECK(report.rows == 0);
    const QStringList reasons = reasonsOf(report);
    CHECK(reasons.contains(QStringLiteral("f.csv:1:2: kolom 'meter' tidak dikenal untuk impor customers")));
    CHECK(reasons.contains(QStringLiteral("f.csv:1:0: kolom 'meter_number' tidak ada pada baris judul")));
}

TEST_CASE("Skipping invalid rows imports the good rows and writes the bad ones with reasons", "[import][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto t = TestDatabase::create(dialect);
    FixedClock clock(kJuly2024);
    CsvImporter importer(t->db(), clock);
    importOk(importer, ImportKind::Units, fixture("units.csv"));
    importOk(importer, ImportKind::Customers, fixture("customers.csv"));
    ImportOptions options;
    options.skipInvalid = true;
    options.rejectedPath = QDir(t->directory()).filePath(QStringLiteral("rejected.csv"));
    // bills.csv rows plus the bad ones: the good four go in.
    const ImportReport good = importOk(importer, ImportKind::Bills, fixture("bills.csv"), options);
    CHECK(good.committed);
    CHECK_FALSE(QFileInfo::exists(options.rejectedPath)); // nothing rejected, no file
    const ImportReport report = importOk(importer, ImportKind::Bills, fixture("bills-bad.csv"), options);
    CHECK(report.committed);
    CHECK(report.imported == 0);
    CHECK(report.rejected == 9);
    CHECK(count(t->db(), "bills") == 4);
    QFile rejected(options.rejectedPath);
    REQUIRE(rejected.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(rejected.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 10);
    CHECK(lines.first().endsWith(QStringLiteral(",alasan")));
    CHECK(lines.at(2).contains(QStringLiteral("kolom 4: stand akhir lebih kecil dari stand awal")));
    CHECK(rejected.permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    // A second run does not overwrite the first run's rejected rows unless asked to.
    auto again = importer.import(kAdmin, ImportKind::Bills, fixture("bills-bad.csv"), options);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("sudah ada; pakai --force")));
    options.replaceRejected = true;
    CHECK(importOk(importer, ImportKind::Bills, fixture("bills-bad.csv"), options).rejected == 9);
}

TEST_CASE("Only supervisors and admins import", "[import][storage]")
{
    auto t = TestDatabase::create("sqlite");
    FixedClock clock(kJuly2024);
    CsvImporter importer(t->db(), clock);
    auto refused = importer.import(
        Actor { 2, QStringLiteral("sari"), Role::Agent }, ImportKind::Units, fixture("units.csv"), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::PermissionDenied);
    auto missing = importer.import(kAdmin, ImportKind::Units, fixture("nope.csv"), {});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::InvalidInput);
}

TEST_CASE("Bills and readings from the future, due dates before the period and duplicate keys are refused",
    "[import][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto t = TestDatabase::create(dialect);
    FixedClock clock(kJuly2024); // 1 July 2024, 10:00 WIB
    CsvImporter importer(t->db(), clock);
    importOk(importer, ImportKind::Units, fixture("units.csv"));
    importOk(importer, ImportKind::Customers, fixture("customers.csv"));
    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    auto write = [&directory](const char* name, const QByteArray& text) {
        const QString path = directory.filePath(QString::fromLatin1(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return path;
    };
    const QString bills = write("bills.csv",
        "idpel;period;stand_start;stand_end;meter_factor;kwh;estimated;estimated_from;correction_kwh;energy_charge;"
        "fixed_charge;ppj;ppn;late_fee;total;due_date;paid_at;payment_channel\n"
        "541100000123;2024-08;0;360;1;360;0;;0;520092;0;12482;0;0;532574;2024-08-20;;\n"
        "541100000123;2024-03;0;360;1;360;0;;0;520092;0;12482;0;0;532574;2024-02-28;;\n"
        "541100000123;2024-05;0;360;1;360;0;;0;520092;0;12482;0;0;532574;2024-05-20;2099-07-05 09:00;ATM\n"
        "541100000123;2024-04;360;705;1;345;0;;0;498422;0;11962;0;0;510384;2024-04-20;;\n"
        "5411-0000-0123;2024-04;360;705;1;345;0;;0;498422;0;11962;0;0;510384;2024-04-20;;\n"
        "541100000123;2024-06;1000;1333,333;1;333,333;1;2024-05 2024-06 2024-07;0;481566;0;11558;0;0;493124;"
        "2024-06-20;;\n");
    const ImportReport billReport = importOk(importer, ImportKind::Bills, bills);
    QStringList reasons = reasonsOf(billReport);
    INFO(reasons.join(QLatin1Char('\n')).toStdString());
    CHECK_FALSE(billReport.committed);
    CHECK(billReport.rejected == 5);
    CHECK(reasons.contains(QStringLiteral("f.csv:2:2: periode 2024-08 belum tiba (sekarang 2024-07)")));
    CHECK(reasons.contains(
        QStringLiteral("f.csv:3:16: jatuh tempo 2024-02-28 lebih awal dari periode rekening 2024-03")));
    CHECK(reasons.contains(QStringLiteral("f.csv:4:17: waktu bayar 05-07-2099 09:00 WIB belum tiba")));
    CHECK(reasons.contains(QStringLiteral("f.csv:6:1: duplikat: idpel yang sama sudah ada di baris 5 berkas ini")));
    CHECK(reasons.contains(
        QStringLiteral("f.csv:7:8: bulan asal rata-rata 2024-06 harus sebelum periode rekening 2024-06")));
    CHECK(count(t->db(), "bills") == 0);

    const QString readings = write("readings.csv",
        "idpel,source,reported_at,stand\n"
        "541100000123,whatsapp,2099-06-25 10:00,1700.0\n"
        "541100000123,whatsapp,2024-06-25 10:00,1700.0\n"
        "541100000123,pln_mobile,2024-06-25T03:00:00Z,1700.0\n"
        "541100000123,whatsapp,2024-07-01 10:05,1750.0\n");
    const ImportReport readingReport = importOk(importer, ImportKind::Readings, readings);
    reasons = reasonsOf(readingReport);
    CHECK(readingReport.rejected == 2);
    CHECK(reasons.contains(QStringLiteral("f.csv:2:3: waktu laporan 25-06-2099 10:00 WIB belum tiba")));
    // The same moment written the other way (UTC) is the same report; 5 minutes ahead is a clock.
    CHECK(reasons.contains(QStringLiteral("f.csv:4:1: duplikat: idpel yang sama sudah ada di baris 3 berkas ini")));
    CHECK(count(t->db(), "meter_readings") == 0);
}
