// Every branch of the two source SOPs (issue #4, points 1-8) must exist as data: each is a
// tag on the nodes/choices that implement it, and here each tag must be reached by a path
// that files the right kind of ticket and reads the script the seed prescribes.
#include "SopTestSupport.h"
#include "sop/SopLibrary.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <optional>

using namespace csodesk;
using namespace csodesk::test;

namespace {

struct BranchExpectation {
    QString sopId;
    QString branch;
    std::optional<TicketKind> kind; // some tagged path files this kind...
    QString subIssueTypeId; // ...with this sub-issue type (empty: any)
    QStringList scriptMentions; // each appears in the transcript of some tagged path
    QStringList descriptionMentions; // each appears in the description of the matching path
};

const QString kInvoice = QStringLiteral("info-tagihan-invoice");
const QString kStand = QStringLiteral("stand-meter-mandiri");

QList<BranchExpectation> expectations()
{
    const auto closed = TicketKind::IssueClosed;
    const auto keluhan = TicketKind::Keluhan;
    const QString infoTagihan = QStringLiteral("informasi.tagihan_listrik_dan_token");
    return {
        // seed 004, 8 Dec 2020
        { kInvoice, QStringLiteral("1"), closed, infoTagihan,
            { QStringLiteral("Rp496.213"), QStringLiteral("20 November 2026"), QStringLiteral("PLN Mobile"),
                QStringLiteral("www.pln.co.id") },
            { QStringLiteral("INFO REKENING BULAN NOVEMBER 2026 (IDPEL 541100000123)") } },
        { kInvoice, QStringLiteral("2"), std::nullopt, {}, {}, {} },
        { kInvoice, QStringLiteral("2a"), closed, infoTagihan,
            { QStringLiteral("www.pln.co.id"), QStringLiteral("5 bulan sebelumnya") },
            { QStringLiteral("INVOICE TAGIHAN BULANAN MELALUI EMAIL"), QStringLiteral("BERSEDIA") } },
        { kInvoice, QStringLiteral("2b"), keluhan, QStringLiteral("tagihan.mengajukan_berlangganan_invoice"), {},
            { QStringLiteral("pelanggan.email@example.co.id"), QStringLiteral("MOHON UNIT MENGHUBUNGI PELANGGAN"),
                QStringLiteral("TIDAK MELALUI TATAP MUKA") } },
        { kInvoice, QStringLiteral("3"), keluhan, {}, {}, {} },
        { kInvoice, QStringLiteral("3.koreksi_email"), keluhan,
            QStringLiteral("perubahan_data.penggantian_alamat_email_invoice"), {},
            { QStringLiteral("pelanggan.email_baru@example.co.id") } },
        { kInvoice, QStringLiteral("3.berhenti_berlangganan"), keluhan,
            QStringLiteral("perubahan_data.berhenti_berlangganan"), {},
            { QStringLiteral("BERHENTI BERLANGGANAN INVOICE") } },
        { kInvoice, QStringLiteral("3.lainnya"), keluhan, {}, {}, {} },
        { kInvoice, QStringLiteral("4"), closed, infoTagihan,
            { QStringLiteral("www.pln.co.id"), QStringLiteral("\"Pelayanan Pelanggan\""),
                QStringLiteral("\"Informasi Tagihan Listrik / Pembelian Token\""), QStringLiteral("klik \"Masuk\""),
                QStringLiteral("\"Daftar Akun\""), QStringLiteral("\"Setuju\""),
                QStringLiteral("verifikasi ke alamat email"), QStringLiteral("konfirmasi"),
                QStringLiteral("Login menggunakan user dan password"), QStringLiteral("Masukkan IDPEL 541100000123"),
                QStringLiteral("\"Info Tagihan\"") },
            { QStringLiteral("DIPANDU MENGAKSES WEBSITE") } },
        { kInvoice, QStringLiteral("4.email_terpakai"), closed, infoTagihan,
            { QStringLiteral("alamat email yang lain"), QStringLiteral("kantor PLN terdekat") },
            { QStringLiteral("SUDAH DIGUNAKAN PADA IDPEL LAIN") } },
        // seed 000, April 2020
        { kStand, QStringLiteral("5"), closed, QStringLiteral("informasi.cater"),
            { QStringLiteral("08122 123 123"), QStringLiteral("Ketik 2"), QStringLiteral("foto stand meter"),
                QStringLiteral("tanggal pencatatan meter") },
            { QStringLiteral("WHATSAPP 08122 123 123") } },
        { kStand, QStringLiteral("6"), closed, infoTagihan,
            { QStringLiteral("rata-rata pemakaian 3 bulan terakhir (Juli, Agustus dan September 2026)"),
                QStringLiteral("dihitung dari rata-rata pemakaian Juli (360 kWh)"),
                QStringLiteral("rekening bulan berikutnya") },
            { QStringLiteral("RATA-RATA PEMAKAIAN 3 BULAN (JULI, AGUSTUS DAN SEPTEMBER 2026)") } },
        { kStand, QStringLiteral("7"), closed, infoTagihan,
            { QStringLiteral("stand meter saat ini (1320,5)"),
                QStringLiteral("stand akhir pada rekening November 2026 (1335,0)"),
                QStringLiteral("rekening bulan berikutnya") },
            { QStringLiteral("TIDAK MENGAJUKAN KELUHAN") } },
        { kStand, QStringLiteral("7.keluhan"), keluhan, {}, {}, { QStringLiteral("KELUHAN RESMI") } },
        { kStand, QStringLiteral("7.selesai"), closed, infoTagihan, {}, {} },
        { kStand, QStringLiteral("7.lebih_tagih"), keluhan, QStringLiteral("cater.lebih_tagih"), {},
            { QStringLiteral("(LEBIH TAGIH)") } },
        { kStand, QStringLiteral("7.kurang_tagih"), keluhan, QStringLiteral("cater.kurang_tagih"), {},
            { QStringLiteral("(KURANG TAGIH)") } },
        { kStand, QStringLiteral("7.koreksi_rekening"), keluhan, QStringLiteral("tagihan.koreksi_rekening"), {},
            { QStringLiteral("MEMPERSOALKAN JUMLAH TAGIHAN") } },
        { kStand, QStringLiteral("8"), closed, infoTagihan,
            { QStringLiteral("ATM"), QStringLiteral("internet banking"), QStringLiteral("SMS banking"),
                QStringLiteral("LinkAja"), QStringLiteral("GoPay"), QStringLiteral("Tokopedia"),
                QStringLiteral("Bukalapak"), QStringLiteral("Traveloka"), QStringLiteral("PLN Mobile"),
                QStringLiteral("PLN 123") },
            { QStringLiteral("SECARA ONLINE") } },
    };
}

QString transcript(const TicketDraft& draft)
{
    QString text;
    for (const TranscriptStep& step : draft.path)
        text += step.text + QLatin1Char('\n') + step.choiceLabel + QLatin1Char('\n');
    return text;
}

} // namespace

TEST_CASE("Every branch of the source SOPs has a path that reaches it", "[sop][branches]")
{
    auto library = SopLibrary::load(builtInCatalogue());
    REQUIRE(library.ok());
    for (const BranchExpectation& expected : expectations()) {
        INFO("SOP " << expected.sopId.toStdString() << ", branch " << expected.branch.toStdString());
        const auto document = library->find(expected.sopId, QDate(2026, 11, 22));
        REQUIRE(document);
        QString scripts;
        bool ticketMatches = !expected.kind.has_value();
        int tagged = 0;
        for (const SopPath& path : enumerateSopPaths(*document)) {
            if (!path.branches(*document).contains(expected.branch))
                continue;
            ++tagged;
            const TicketDraft draft = walkPath(document, path);
            scripts += transcript(draft);
            if (expected.kind && draft.kind == *expected.kind
                && (expected.subIssueTypeId.isEmpty() || draft.subIssueTypeId == expected.subIssueTypeId)
                && std::all_of(expected.descriptionMentions.cbegin(), expected.descriptionMentions.cend(),
                    [&](const QString& text) { return draft.description.contains(text); })) {
                ticketMatches = true;
            }
        }
        CHECK(tagged > 0);
        CHECK(ticketMatches);
        for (const QString& mention : expected.scriptMentions) {
            INFO("script should mention: " << mention.toStdString());
            CHECK(scripts.contains(mention));
        }
    }
}

TEST_CASE("Every branch tag in the built-in SOPs is one the coverage test knows", "[sop][branches]")
{
    QSet<QString> known;
    for (const BranchExpectation& expected : expectations())
        known.insert(expected.sopId + QLatin1Char('/') + expected.branch);
    auto library = SopLibrary::load(builtInCatalogue());
    REQUIRE(library.ok());
    for (const SopLibrary::DocumentPtr& document : library->all()) {
        for (const SopPath& path : enumerateSopPaths(*document)) {
            for (const QString& tag : path.branches(*document)) {
                INFO("untested branch tag " << document->id.toStdString() << "/" << tag.toStdString());
                CHECK(known.contains(document->id + QLatin1Char('/') + tag));
            }
        }
    }
}
