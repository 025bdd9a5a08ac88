#include "CliRunner.h"
#include "Golden.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace csodesk::test;

namespace {

const QString kContext = testDataPath(QStringLiteral("sop/context-postpaid.json"));

QString builtInSop(const QString& name)
{
    return QDir(QStringLiteral(CSODESK_SOURCE_DIR)).filePath(QStringLiteral("resources/sop/") + name);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = QDir(dir.path()).filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A draft without its wall-clock times, which differ on every run.
QJsonObject withoutTimes(QJsonObject draft)
{
    QJsonArray path = draft.value(QStringLiteral("path")).toArray();
    for (qsizetype i = 0; i < path.size(); ++i) {
        QJsonObject step = path.at(i).toObject();
        step.remove(QStringLiteral("at"));
        path.replace(i, step);
    }
    draft.insert(QStringLiteral("path"), path);
    return draft;
}

// The invoice SOP with another version number and effective date, as a supervisor would roll it out.
QByteArray revisedInvoiceSop(int version, const QString& from)
{
    QJsonObject document
        = QJsonDocument::fromJson(readFile(builtInSop(QStringLiteral("info-tagihan-invoice.v1.json")))).object();
    document.insert(QStringLiteral("version"), version);
    document.insert(QStringLiteral("effective_from"), from);
    document.insert(QStringLiteral("title"), QStringLiteral("Revisi uji"));
    return QJsonDocument(document).toJson();
}

} // namespace

TEST_CASE("csodesk-cli sop list shows the SOPs in force", "[cli][sop]")
{
    const CliRun text = runCli({ QStringLiteral("sop"), QStringLiteral("list") });
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("info-tagihan-invoice")));
    CHECK(text.out.contains(QStringLiteral("stand-meter-mandiri")));

    // Version 2 of both (with conditions) is in force from 2 Dec 2026; version 1 before.
    const CliRun json = runCli({ QStringLiteral("sop"), QStringLiteral("list"), QStringLiteral("--json"),
        QStringLiteral("--date"), QStringLiteral("2026-12-02") });
    REQUIRE(json.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).toObject().value(QStringLiteral("id")).toString() == QLatin1String("info-tagihan-invoice"));
    CHECK(list.at(0).toObject().value(QStringLiteral("version")).toInt() == 2);
    CHECK(list.at(0).toObject().value(QStringLiteral("paths")).toInt() == 17);
    CHECK(list.at(1).toObject().value(QStringLiteral("paths")).toInt() == 16);
    const CliRun before = runCli({ QStringLiteral("sop"), QStringLiteral("list"), QStringLiteral("--json"),
        QStringLiteral("--date"), QStringLiteral("2026-12-01") });
    REQUIRE(before.exitCode == 0);
    const QJsonArray previous = QJsonDocument::fromJson(before.out.toUtf8()).array();
    REQUIRE(previous.size() == 2);
    CHECK(previous.at(0).toObject().value(QStringLiteral("version")).toInt() == 1);
    CHECK(previous.at(0).toObject().value(QStringLiteral("paths")).toInt() == 12);
    CHECK(previous.at(1).toObject().value(QStringLiteral("paths")).toInt() == 15);
    CHECK(list.at(1).toObject().value(QStringLiteral("in_force")).toBool());

    // Before 8 Dec 2020 the invoice SOP did not exist yet.
    const CliRun early = runCli({ QStringLiteral("sop"), QStringLiteral("list"), QStringLiteral("--json"),
        QStringLiteral("--date"), QStringLiteral("2020-12-07") });
    CHECK(QJsonDocument::fromJson(early.out.toUtf8()).array().size() == 1);
    CHECK(runCli({ QStringLiteral("sop"), QStringLiteral("list"), QStringLiteral("--date"), QStringLiteral("kemarin") })
              .exitCode
        == 1);
}

TEST_CASE("csodesk-cli sop show prints the tree or the JSON", "[cli][sop]")
{
    const CliRun tree
        = runCli({ QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("info-tagihan-invoice") });
    INFO(tree.err.toStdString());
    REQUIRE(tree.exitCode == 0);
    CHECK(tree.out.contains(QStringLiteral("[kebutuhan] ASK: ")));
    CHECK(tree.out.contains(
        QStringLiteral("  2) invoice_email: Invoice tagihan setiap bulan melalui email  {cabang 2}")));
    CHECK(tree.out.contains(
        QStringLiteral("Tiket: KELUHAN — Tagihan Listrik dan Token / Mengajukan berlangganan invoice")));
    CHECK(tree.out.contains(QStringLiteral("→ lanjut ke [web_menu] (lihat di atas)")));

    const CliRun json = runCli({ QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("stand-meter-mandiri"),
        QStringLiteral("--json") });
    REQUIRE(json.exitCode == 0);
    const QJsonObject document = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(document.value(QStringLiteral("id")).toString() == QLatin1String("stand-meter-mandiri"));
    CHECK(document.value(QStringLiteral("nodes")).toArray().size() > 10);

    CHECK(runCli({ QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("tidak-ada") }).exitCode == 3);
    CHECK(runCli({ QStringLiteral("sop"), QStringLiteral("show") }).exitCode == 2);
    CHECK(runCli({ QStringLiteral("sop"), QStringLiteral("show"), QStringLiteral("stand-meter-mandiri"),
                     QStringLiteral("--sop-version"), QStringLiteral("9") })
              .exitCode
        == 3);
}

TEST_CASE("csodesk-cli sop validate accepts a good document and lists every problem of a bad one", "[cli][sop]")
{
    const CliRun good = runCli({ QStringLiteral("sop"), QStringLiteral("validate"),
        builtInSop(QStringLiteral("stand-meter-mandiri.v1.json")) });
    INFO(good.err.toStdString());
    REQUIRE(good.exitCode == 0);
    CHECK(good.out.contains(QStringLiteral("OK: stand-meter-mandiri v1")));
    CHECK(good.out.contains(QStringLiteral("15 jalur")));
    CHECK(good.out.contains(QStringLiteral("akan menggantikannya"))); // same id and version as the built-in one

    QTemporaryDir dir;
    QByteArray broken = readFile(builtInSop(QStringLiteral("stand-meter-mandiri.v1.json")));
    broken.replace("\"next\": \"lapor_waktu\"", "\"next\": \"lapor_kapan\"");
    broken.replace("\"sub_issue_type\": \"cater.lebih_tagih\"", "\"sub_issue_type\": \"cater.lebih_bayar\"");
    const QString path = writeFile(dir, QStringLiteral("rusak.json"), broken);
    const CliRun bad = runCli({ QStringLiteral("sop"), QStringLiteral("validate"), path });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(
        path + QStringLiteral(": node \"lapor_whatsapp\": menunjuk node \"lapor_kapan\" yang tidak ada")));

    broken.replace("\"next\": \"lapor_kapan\"", "\"next\": \"lapor_waktu\"");
    const CliRun catalogue = runCli(
        { QStringLiteral("sop"), QStringLiteral("validate"), writeFile(dir, QStringLiteral("rusak2.json"), broken) });
    CHECK(catalogue.exitCode == 1);
    CHECK(catalogue.err.contains(QStringLiteral(
        "node \"keluhan_lebih_tagih\": sub-jenis keluhan \"cater.lebih_bayar\" tidak ada di katalog APKT")));

    CHECK(runCli({ QStringLiteral("sop"), QStringLiteral("validate"),
                     QDir(dir.path()).filePath(QStringLiteral("x.json")) })
              .exitCode
        == 3);
}

TEST_CASE("csodesk-cli sop walk with answers prints the same draft as the engine's golden file", "[cli][sop]")
{
    QTemporaryDir dir;
    const QString answers = writeFile(dir, QStringLiteral("jawaban.json"), R"([
        {"node": "kebutuhan", "choice": "invoice_email"},
        {"node": "invoice_bersedia", "choice": "tetap_email"},
        {"node": "invoice_data_email", "fields": {"email": "Pelanggan.email@Example.co.id", "telepon": "+62 812-3456-7890"}}
    ])");
    const CliRun run = runCli({ QStringLiteral("sop"), QStringLiteral("walk"), QStringLiteral("info-tagihan-invoice"),
        QStringLiteral("--context"), kContext, QStringLiteral("--answers"), answers, QStringLiteral("--json"),
        QStringLiteral("--date"), QStringLiteral("2026-12-02") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject draft = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonObject golden = QJsonDocument::fromJson(
        readTestData(QStringLiteral("sop/info-tagihan-invoice/v2/invoice_email--tetap_email.json")).toUtf8())
                                   .object();
    CHECK(withoutTimes(draft) == withoutTimes(golden));
    CHECK(draft.value(QStringLiteral("kind")).toString() == QLatin1String("KELUHAN"));

    const CliRun text = runCli({ QStringLiteral("sop"), QStringLiteral("walk"), QStringLiteral("info-tagihan-invoice"),
        QStringLiteral("--context"), kContext, QStringLiteral("--answers"), answers });
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Unit:      54110 ULP Bandung Utara (diteruskan, SLA 72 jam)")));
}

TEST_CASE("csodesk-cli sop walk stops at a wrong answer with the node and the reason", "[cli][sop]")
{
    QTemporaryDir dir;
    const auto walk = [&](const QByteArray& answers) {
        return runCli({ QStringLiteral("sop"), QStringLiteral("walk"), QStringLiteral("info-tagihan-invoice"),
            QStringLiteral("--context"), kContext, QStringLiteral("--answers"),
            writeFile(dir, QStringLiteral("a.json"), answers) });
    };
    const CliRun wrongChoice = walk(R"([{"node": "kebutuhan", "choice": "invoice_pos"}])");
    CHECK(wrongChoice.exitCode == 1);
    CHECK(
        wrongChoice.err.contains(QStringLiteral("Jawaban #1 (node \"kebutuhan\"): Pilihan \"invoice_pos\" tidak ada")));

    const CliRun badEmail = walk(
        R"([{"node": "kebutuhan", "choice": "invoice_email"}, {"node": "invoice_bersedia", "choice": "tetap_email"},
                                     {"node": "invoice_data_email", "fields": {"email": "budi@gmail"}}])");
    CHECK(badEmail.exitCode == 1);
    CHECK(badEmail.err.contains(QStringLiteral("Jawaban #3 (node \"invoice_data_email\")")));
    CHECK(badEmail.err.contains(QStringLiteral("email: Alamat email tidak valid")));

    const CliRun incomplete = walk(R"([{"node": "kebutuhan", "choice": "invoice_email"}])");
    CHECK(incomplete.exitCode == 1);
    CHECK(incomplete.err.contains(QStringLiteral("habis di node \"invoice_bersedia\"")));

    CHECK(runCli({ QStringLiteral("sop"), QStringLiteral("walk"), QStringLiteral("info-tagihan-invoice") }).exitCode
        == 2); // no --context
    CHECK(runCli({ QStringLiteral("sop"), QStringLiteral("walk"), QStringLiteral("info-tagihan-invoice"),
                     QStringLiteral("--context"), QDir(dir.path()).filePath(QStringLiteral("tidak-ada.json")) })
              .exitCode
        == 3);
    const CliRun badContext = runCli({ QStringLiteral("sop"), QStringLiteral("walk"),
        QStringLiteral("info-tagihan-invoice"), QStringLiteral("--context"),
        writeFile(dir, QStringLiteral("c.json"), R"({"customer": {"idpel": "541100000123"}})") });
    CHECK(badContext.exitCode == 1);
    CHECK(badContext.err.contains(QStringLiteral("customer.unit.code")));
}

TEST_CASE("csodesk-cli sop walk refuses a choice that is not true for the customer", "[cli][sop]")
{
    QTemporaryDir dir;
    // The context's customer without the invoice subscription.
    QJsonObject context
        = QJsonDocument::fromJson(readTestData(QStringLiteral("sop/context-postpaid.json")).toUtf8()).object();
    QJsonObject facts = context.value(QStringLiteral("facts")).toObject();
    facts.insert(QStringLiteral("invoice_subscribed"), false);
    context.insert(QStringLiteral("facts"), facts);
    const QString contextFile = writeFile(dir, QStringLiteral("tanpa-langganan.json"), QJsonDocument(context).toJson());
    const CliRun refused = runCli({ QStringLiteral("sop"), QStringLiteral("walk"),
        QStringLiteral("info-tagihan-invoice"), QStringLiteral("--date"), QStringLiteral("2026-12-02"),
        QStringLiteral("--context"), contextFile, QStringLiteral("--answers"),
        writeFile(dir, QStringLiteral("a.json"),
            R"([{"node": "kebutuhan", "choice": "invoice_lainnya"},
                {"node": "invoice_masalah", "choice": "berhenti_berlangganan"},
                {"node": "data_berhenti", "fields": {}}])") });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("Jawaban #2 (node \"invoice_masalah\")")));
    CHECK(refused.err.contains(
        QStringLiteral("tidak berlaku untuk pelanggan ini: pelanggan tidak berlangganan invoice")));

    // On the terminal the choice is listed without a number, with the reason.
    const CliRun shown
        = runCli({ QStringLiteral("sop"), QStringLiteral("walk"), QStringLiteral("info-tagihan-invoice"),
                     QStringLiteral("--date"), QStringLiteral("2026-12-02"), QStringLiteral("--context"), contextFile },
            QByteArray("3\n"));
    CHECK(shown.out.contains(QStringLiteral(
        "-) Berhenti berlangganan invoice — tidak berlaku: pelanggan tidak berlangganan invoice melalui email")));
}

TEST_CASE("csodesk-cli sop walk asks on the terminal without answers", "[cli][sop]")
{
    // Invoice by e-mail, go back from the offer, take the bill amount instead.
    const CliRun back = runCli({ QStringLiteral("sop"), QStringLiteral("walk"), QStringLiteral("info-tagihan-invoice"),
                                   QStringLiteral("--context"), kContext },
        "2\n<\n1\n\n\n");
    INFO(back.out.toStdString() << back.err.toStdString());
    REQUIRE(back.exitCode == 0);
    CHECK(back.out.contains(QStringLiteral("sebesar Rp496.213, jatuh tempo pada 20 November 2026")));
    CHECK(back.out.contains(QStringLiteral("Uraian:    INFO REKENING BULAN NOVEMBER 2026 (IDPEL 541100000123)")));

    // A KELUHAN with a mistyped e-mail corrected on the second try, JSON out.
    const CliRun keluhan
        = runCli({ QStringLiteral("sop"), QStringLiteral("walk"), QStringLiteral("info-tagihan-invoice"),
                     QStringLiteral("--context"), kContext, QStringLiteral("--json") },
            "9\n2\n\n2\nbudi@gmail\nbudi@gmail.com\n\n");
    INFO(keluhan.out.toStdString() << keluhan.err.toStdString());
    REQUIRE(keluhan.exitCode == 0);
    CHECK(keluhan.out.contains(QStringLiteral("Pilihan tidak dikenal: \"9\"")));
    CHECK(keluhan.out.contains(QStringLiteral("Alamat email tidak valid")));
    const QString json = keluhan.out.mid(keluhan.out.indexOf(QStringLiteral("\n{")));
    const QJsonObject draft = QJsonDocument::fromJson(json.toUtf8()).object();
    CHECK(draft.value(QStringLiteral("sub_issue_type")).toString()
        == QLatin1String("tagihan.mengajukan_berlangganan_invoice"));
    CHECK(draft.value(QStringLiteral("fields")).toObject().value(QStringLiteral("email")).toString()
        == QLatin1String("budi@gmail.com"));

    // The stand dispute marks the choice the comparison points to.
    const CliRun dispute = runCli({ QStringLiteral("sop"), QStringLiteral("walk"),
                                      QStringLiteral("stand-meter-mandiri"), QStringLiteral("--context"), kContext },
        "3\n1320,5\n1\n\n1\n");
    INFO(dispute.out.toStdString() << dispute.err.toStdString());
    REQUIRE(dispute.exitCode == 0);
    CHECK(dispute.out.contains(
        QStringLiteral("1) Stand akhir rekening lebih besar dari stand meter saat ini (lebih tagih)  (disarankan)")));
    CHECK(dispute.out.contains(QStringLiteral("Tiket:     KELUHAN — Cater / Lebih tagih")));

    const CliRun cut = runCli({ QStringLiteral("sop"), QStringLiteral("walk"), QStringLiteral("info-tagihan-invoice"),
                                  QStringLiteral("--context"), kContext },
        "2\n");
    CHECK(cut.exitCode == 1);
    CHECK(cut.err.contains(QStringLiteral("Input berakhir")));
}

TEST_CASE("csodesk-cli sop uses a revised SOP from --sop-dir from its effective date", "[cli][sop]")
{
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("info-tagihan-invoice.v2.json"), revisedInvoiceSop(2, QStringLiteral("2027-01-01")));
    writeFile(dir, QStringLiteral("rusak.json"), "{\"id\": ");
    const QStringList sopDir { QStringLiteral("--sop-dir"), dir.path() };

    const CliRun before = runCli(QStringList { QStringLiteral("sop"), QStringLiteral("list"), QStringLiteral("--json"),
                                     QStringLiteral("--date"), QStringLiteral("2026-12-31") }
        + sopDir);
    REQUIRE(before.exitCode == 0);
    CHECK(before.err.contains(QStringLiteral("rusak.json")));
    CHECK(QJsonDocument::fromJson(before.out.toUtf8()).array().at(0).toObject().value(QStringLiteral("version")).toInt()
        == 1);

    const QString revised = QDir(dir.path()).filePath(QStringLiteral("info-tagihan-invoice.v2.json"));
    const CliRun early = runCli({ QStringLiteral("sop"), QStringLiteral("validate"), revised, QStringLiteral("--date"),
        QStringLiteral("2026-12-31") });
    REQUIRE(early.exitCode == 0);
    CHECK(early.out.contains(QStringLiteral("Pada 2026-12-31 berkas ini belum/tidak lagi berlaku.")));
    const CliRun due = runCli({ QStringLiteral("sop"), QStringLiteral("validate"), revised, QStringLiteral("--date"),
        QStringLiteral("2027-01-01") });
    CHECK(due.out.contains(QStringLiteral("Pada 2027-01-01 versi ini yang dipakai.")));

    const QString answers
        = writeFile(dir, QStringLiteral("a.txt"), R"([{"node": "kebutuhan", "choice": "jumlah_tagihan"}])");
    const CliRun after
        = runCli(QStringList { QStringLiteral("sop"), QStringLiteral("walk"), QStringLiteral("info-tagihan-invoice"),
                     QStringLiteral("--context"), kContext, QStringLiteral("--answers"), answers,
                     QStringLiteral("--json"), QStringLiteral("--date"), QStringLiteral("2027-01-02") }
            + sopDir);
    INFO(after.err.toStdString());
    REQUIRE(after.exitCode == 0);
    CHECK(QJsonDocument::fromJson(after.out.toUtf8())
              .object()
              .value(QStringLiteral("sop"))
              .toObject()
              .value(QStringLiteral("version"))
              .toInt()
        == 2);

    // The folder from <data dir>/sop is used when no --sop-dir is given.
    QTemporaryDir data;
    QDir(data.path()).mkpath(QStringLiteral("sop"));
    QFile::copy(QDir(dir.path()).filePath(QStringLiteral("info-tagihan-invoice.v2.json")),
        QDir(data.path()).filePath(QStringLiteral("sop/info-tagihan-invoice.v2.json")));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("CSODESK_DATA_DIR"), data.path());
    const CliRun fromDataDir
        = runCli({ QStringLiteral("sop"), QStringLiteral("list"), QStringLiteral("--all") }, {}, environment);
    REQUIRE(fromDataDir.exitCode == 0);
    CHECK(fromDataDir.out.contains(QStringLiteral("Revisi uji")));
}

TEST_CASE("csodesk-cli sop catalogue and sop usage", "[cli][sop]")
{
    const CliRun catalogue = runCli({ QStringLiteral("sop"), QStringLiteral("catalogue"), QStringLiteral("--json") });
    REQUIRE(catalogue.exitCode == 0);
    CHECK(QJsonDocument::fromJson(catalogue.out.toUtf8()).array().size() == 10);
    CHECK(runCli({ QStringLiteral("sop"), QStringLiteral("catalogue") })
              .out.contains(QStringLiteral("cater.kurang_tagih")));

    CHECK(runCli({ QStringLiteral("sop") }).exitCode == 2);
    CHECK(runCli({ QStringLiteral("sop"), QStringLiteral("terbang") }).exitCode == 2);
    const CliRun help = runCli({ QStringLiteral("sop"), QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("walk")));
    CHECK(runCli({ QStringLiteral("sop"), QStringLiteral("walk"), QStringLiteral("--help") })
              .out.contains(QStringLiteral("--answers")));
}

TEST_CASE(
    "csodesk-cli sop walk --customer fills the scripts from the look-up and --file files the ticket", "[cli][sop]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    auto t = TestDatabase::create(dialect);
    QTemporaryDir dir;
    const CliRun demo = runCli({ QStringLiteral("--db"), t->urlText(), QStringLiteral("demo-data"),
        QStringLiteral("--customers"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("3") });
    REQUIRE(demo.exitCode == 0);
    const QString idpel = demo.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).first();
    // On PostgreSQL as a floor's own login, through a URL that names none.
    const CliFloor floor(t->urlText(), dialect == "postgresql");
    REQUIRE(floor.ready());
    const QProcessEnvironment signedIn = floor.as(QStringLiteral("tester"));
    const QString answers = writeFile(dir, QStringLiteral("jawaban.json"), R"([
        {"node": "kebutuhan", "choice": "invoice_email"},
        {"node": "invoice_bersedia", "choice": "tetap_email"},
        {"node": "invoice_data_email", "fields": {"email": "pelanggan@example.co.id", "telepon": "081234567890"}}
    ])");
    const QStringList walk { QStringLiteral("--db"), floor.url(), QStringLiteral("sop"), QStringLiteral("walk"),
        QStringLiteral("info-tagihan-invoice"), QStringLiteral("--customer"), idpel, QStringLiteral("--agent"),
        floor.name(QStringLiteral("tester")), QStringLiteral("--answers"), answers, QStringLiteral("--json") };

    const CliRun preview = runCli(walk, {}, signedIn);
    INFO(preview.err.toStdString());
    REQUIRE(preview.exitCode == 0);
    const QJsonObject draft = QJsonDocument::fromJson(preview.out.toUtf8()).object();
    CHECK(draft.value(QStringLiteral("customer")).toObject().value(QStringLiteral("idpel")).toString() == idpel);
    CHECK(draft.value(QStringLiteral("kind")).toString() == QLatin1String("KELUHAN"));
    CHECK_FALSE(draft.value(QStringLiteral("unit")).toObject().value(QStringLiteral("code")).toString().isEmpty());
    CHECK_FALSE(draft.contains(QStringLiteral("ticket_number")));

    const CliRun filed = runCli(walk + QStringList { QStringLiteral("--file") }, {}, signedIn);
    INFO(filed.err.toStdString());
    REQUIRE(filed.exitCode == 0);
    const QString number
        = QJsonDocument::fromJson(filed.out.toUtf8()).object().value(QStringLiteral("ticket_number")).toString();
    REQUIRE(number.startsWith(QLatin1Char('K')));
    const CliRun shown
        = runCli({ QStringLiteral("--db"), floor.url(), QStringLiteral("tickets"), QStringLiteral("show"), number,
                     QStringLiteral("--user"), floor.name(QStringLiteral("tester")) },
            {}, signedIn);
    INFO(shown.err.toStdString());
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(idpel));

    // Without an agent there is no look-up: personal data needs a signed-in user.
    const CliRun anonymous = runCli({ QStringLiteral("--db"), floor.url(), QStringLiteral("sop"),
        QStringLiteral("walk"), QStringLiteral("info-tagihan-invoice"), QStringLiteral("--customer"), idpel,
        QStringLiteral("--answers"), answers });
    CHECK(anonymous.exitCode == 2);
}

TEST_CASE("csodesk-cli sop walk asks to confirm a stand below the last reading", "[cli][sop][stand]")
{
    QTemporaryDir dir;
    QJsonObject context
        = QJsonDocument::fromJson(readTestData(QStringLiteral("sop/context-postpaid.json")).toUtf8()).object();
    QJsonObject values = context.value(QStringLiteral("values")).toObject();
    values.insert(QStringLiteral("last_read_stand"), QStringLiteral("1335,0"));
    values.insert(QStringLiteral("last_read_from"), QStringLiteral("rekening November 2026"));
    context.insert(QStringLiteral("values"), values);
    const QString contextFile = writeFile(dir, QStringLiteral("terbaca.json"), QJsonDocument(context).toJson());
    const QStringList walk { QStringLiteral("sop"), QStringLiteral("walk"), QStringLiteral("stand-meter-mandiri"),
        QStringLiteral("--date"), QStringLiteral("2026-12-02"), QStringLiteral("--context"), contextFile };

    // Typed 1320: warned, not confirmed, asked again; typed again and confirmed.
    const CliRun asked = runCli(walk, "3\n1320\nT\n1320\ny\n1\n\n1\n");
    INFO(asked.out.toStdString() << asked.err.toStdString());
    REQUIRE(asked.exitCode == 0);
    CHECK(asked.out.count(QStringLiteral("Stand 1320,0 lebih kecil dari stand terakhir yang diterima PLN (1335,0, "
                                         "rekening November 2026)"))
        == 2);
    CHECK(asked.out.count(QStringLiteral("Sudah dipastikan dengan pelanggan? (y/T)")) == 2);
    CHECK(asked.out.contains(QStringLiteral("Tiket:")));

    // An answers file says so with "confirmed": true; without it the walk stops there.
    const QString unconfirmed = writeFile(dir, QStringLiteral("a.json"),
        R"([{"node": "kebutuhan", "choice": "sanggah"},
            {"node": "stand_sekarang", "fields": {"stand_meter": "1320"}}])");
    const CliRun stopped = runCli(walk + QStringList { QStringLiteral("--answers"), unconfirmed });
    CHECK(stopped.exitCode == 1);
    CHECK(stopped.err.contains(QStringLiteral("Jawaban #2 (node \"stand_sekarang\")")));
    CHECK(stopped.err.contains(QStringLiteral("perlu dikonfirmasi")));
    const QString confirmed = writeFile(dir, QStringLiteral("b.json"),
        R"([{"node": "kebutuhan", "choice": "sanggah"},
            {"node": "stand_sekarang", "fields": {"stand_meter": "1320"}, "confirmed": true},
            {"node": "bandingkan", "choice": "lebih_tagih"},
            {"node": "formal_lebih_tagih", "choice": "ajukan_keluhan"}])");
    const CliRun drafted
        = runCli(walk + QStringList { QStringLiteral("--answers"), confirmed, QStringLiteral("--json") });
    INFO(drafted.err.toStdString());
    REQUIRE(drafted.exitCode == 0);
    const QJsonObject draft = QJsonDocument::fromJson(drafted.out.toUtf8()).object();
    CHECK(draft.value(QStringLiteral("fields")).toObject().value(QStringLiteral("stand_meter")).toString()
        == QLatin1String("1320,0"));
    bool confirmationKept = false;
    for (const QJsonValue step : draft.value(QStringLiteral("path")).toArray())
        confirmationKept = confirmationKept || !step.toObject().value(QStringLiteral("confirmed")).toArray().isEmpty();
    CHECK(confirmationKept);
}

TEST_CASE(
    "csodesk-cli sop walk answers a question about an averaged bill on the newest averaged month", "[cli][sop][when]")
{
    auto t = TestDatabase::create("sqlite");
    QTemporaryDir dir;
    const CliRun demo = runCli({ QStringLiteral("--db"), t->urlText(), QStringLiteral("demo-data"),
        QStringLiteral("--customers"), QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("3") });
    REQUIRE(demo.exitCode == 0);
    const QString idpel = demo.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).first();
    const CliFloor floor(t->urlText(), false);
    REQUIRE(floor.ready());
    const QProcessEnvironment signedIn = floor.as(QStringLiteral("tester"));
    const CliRun looked
        = runCli({ QStringLiteral("--db"), floor.url(), QStringLiteral("lookup"), idpel, QStringLiteral("--user"),
                     floor.name(QStringLiteral("tester")), QStringLiteral("--json") },
            {}, signedIn);
    REQUIRE(looked.exitCode == 0);
    const QJsonArray bills
        = QJsonDocument::fromJson(looked.out.toUtf8()).object().value(QStringLiteral("bills")).toArray();
    REQUIRE_FALSE(bills.isEmpty());
    QString averaged;
    for (const QJsonValue bill : bills) { // newest first
        if (averaged.isEmpty() && bill.toObject().value(QStringLiteral("estimated")).toBool())
            averaged = bill.toObject().value(QStringLiteral("period")).toString();
    }
    INFO(looked.out.toStdString());
    REQUIRE_FALSE(bills.first().toObject().value(QStringLiteral("estimated")).toBool()); // the newest was read
    REQUIRE_FALSE(averaged.isEmpty());

    const QString answers = writeFile(dir, QStringLiteral("rata.json"),
        R"([{"node": "kebutuhan", "choice": "tagihan_rata_rata"}, {"node": "rata_rata_diterima", "choice": "menerima"}])");
    const QStringList walk { QStringLiteral("--db"), floor.url(), QStringLiteral("sop"), QStringLiteral("walk"),
        QStringLiteral("stand-meter-mandiri"), QStringLiteral("--date"), QStringLiteral("2026-12-02"),
        QStringLiteral("--customer"), idpel, QStringLiteral("--agent"), floor.name(QStringLiteral("tester")),
        QStringLiteral("--answers"), answers, QStringLiteral("--json") };
    const CliRun walked = runCli(walk, {}, signedIn);
    INFO(walked.err.toStdString());
    REQUIRE(walked.exitCode == 0);
    const QString description
        = QJsonDocument::fromJson(walked.out.toUtf8()).object().value(QStringLiteral("description")).toString();
    const QStringList months { QStringLiteral("JANUARI"), QStringLiteral("FEBRUARI"), QStringLiteral("MARET"),
        QStringLiteral("APRIL"), QStringLiteral("MEI"), QStringLiteral("JUNI"), QStringLiteral("JULI"),
        QStringLiteral("AGUSTUS"), QStringLiteral("SEPTEMBER"), QStringLiteral("OKTOBER"), QStringLiteral("NOVEMBER"),
        QStringLiteral("DESEMBER") };
    const QString month = months.at(averaged.mid(5, 2).toInt() - 1) + QLatin1Char(' ') + averaged.left(4);
    CHECK(description.contains(QStringLiteral("INFO REKENING BULAN %1").arg(month)));
    CHECK(description.contains(QStringLiteral("RATA-RATA")));
    CHECK_FALSE(description.contains(QStringLiteral("TIDAK TERSEDIA")));

    // With the newest bill named, the question does not apply to it and is refused.
    const CliRun named = runCli(walk
            + QStringList { QStringLiteral("--period"),
                bills.first().toObject().value(QStringLiteral("period")).toString() },
        {}, signedIn);
    CHECK(named.exitCode == 1);
    CHECK(named.err.contains(QStringLiteral("tidak berlaku untuk pelanggan ini")));
}
