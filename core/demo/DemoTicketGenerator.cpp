// Over 500 lines, and in the wrong place: demo tickets belong in a core/demo library that the
// production core does not link, made by walking the real SOP documents instead of carrying
// a hand-typed copy of their scripts (issue 15, not done yet; see the issue's note). Amounts
// use billing's formatRupiah, the one formatter of the screen, the CLI and the exports.
#include "DemoTicketGenerator.h"

#include "DemoRandom.h"
#include "audit/AuditLog.h"
#include "billing/Money.h"
#include "common/TimeUtil.h"
#include "tickets/TicketService.h"
#include "tickets/TicketSql.h"

#include <QCoreApplication>

#include <algorithm>

namespace csodesk {

namespace {

struct DemoCustomer {
    QString idpel;
    QString name;
    QString unitCode;
    QString unitName;
    QString email;
    QString phone;
};

// A call as planned before filing: when, who took it, which customer, which SOP path.
struct PlannedCall {
    QDateTime filedAt;
    qint64 handleSeconds = 0;
    int agent = 0;
    int customer = 0;
    int scenario = 0;
    int index = 0; // position in the plan: the client request id, so a re-run finds it
};

struct FiledCall {
    QString number;
    QDateTime filedAt;
    int customer = 0;
    int scenario = 0;
};

// What happens after filing: a review, or the unit's progress on a KELUHAN.
struct PlannedEvent {
    QDateTime at;
    QString number;
    bool isStatus = false;
    TicketStatus status = TicketStatus::DoneByUnit;
    std::optional<ReviewFlag> flag;
    QString note;
};

const QStringList& monthNames()
{
    static const QStringList names { QStringLiteral("Januari"), QStringLiteral("Februari"), QStringLiteral("Maret"),
        QStringLiteral("April"), QStringLiteral("Mei"), QStringLiteral("Juni"), QStringLiteral("Juli"),
        QStringLiteral("Agustus"), QStringLiteral("September"), QStringLiteral("Oktober"), QStringLiteral("November"),
        QStringLiteral("Desember") };
    return names;
}

// The billing month a caller asks about: last month, seen from the call.
QString billingPeriodOf(const QDateTime& call)
{
    const QDate month = wibDate(call).addMonths(-1);
    return monthNames().at(month.month() - 1) + QLatin1Char(' ') + QString::number(month.year());
}

// Builds the transcript of a walk, step by step, a few seconds apart.
class PathBuilder {
public:
    PathBuilder(const QDateTime& start, DemoRandom& random)
        : m_at(start)
        , m_random(random)
    {
    }

    PathBuilder& say(const QString& node, const QString& text) { return add(node, QStringLiteral("say"), text); }
    PathBuilder& ask(const QString& node, const QString& text, const QString& choiceId, const QString& choiceLabel)
    {
        add(node, QStringLiteral("ask"), text);
        m_steps.last().choiceId = choiceId;
        m_steps.last().choiceLabel = choiceLabel;
        return *this;
    }
    PathBuilder& collect(const QString& node, const QString& text, const QMap<QString, QString>& fields)
    {
        add(node, QStringLiteral("collect"), text);
        m_steps.last().fields = fields;
        return *this;
    }
    PathBuilder& outcome(const QString& node, const QString& text)
    {
        return add(node, QStringLiteral("outcome"), text);
    }
    [[nodiscard]] QList<TranscriptStep> steps() const { return m_steps; }

private:
    PathBuilder& add(const QString& node, const QString& kind, const QString& text)
    {
        m_at = m_at.addSecs(m_random.between(15, 75));
        TranscriptStep step;
        step.nodeId = node;
        step.nodeKind = kind;
        step.text = text;
        step.at = m_at;
        m_steps.append(step);
        return *this;
    }

    QDateTime m_at;
    DemoRandom& m_random;
    QList<TranscriptStep> m_steps;
};

const QString kInvoiceSop = QStringLiteral("info-tagihan-invoice");
const QString kStandSop = QStringLiteral("stand-meter-mandiri");
const QString kClosing = QStringLiteral("Terima kasih telah menghubungi PLN 123. Selamat %1, Bapak/Ibu.");

struct Scenario {
    int weight;
    TicketKind kind;
    QString subIssueTypeId;
};

// The paths of the built-in SOPs the floor walks most, with how often (per 100 calls).
const QList<Scenario>& scenarios()
{
    static const QList<Scenario> list {
        { 30, TicketKind::IssueClosed, QStringLiteral("informasi.tagihan_listrik_dan_token") }, // 0 amount of the bill
        { 8, TicketKind::IssueClosed, QStringLiteral("informasi.tagihan_listrik_dan_token") }, // 1 website guide
        { 8, TicketKind::Keluhan, QStringLiteral("tagihan.mengajukan_berlangganan_invoice") }, // 2 invoice by email
        { 4, TicketKind::Keluhan, QStringLiteral("perubahan_data.penggantian_alamat_email_invoice") }, // 3 new email
        { 4, TicketKind::Keluhan, QStringLiteral("tagihan.koreksi_rekening") }, // 4 invoice wrong
        { 14, TicketKind::IssueClosed, QStringLiteral("informasi.cater") }, // 5 how to report a stand
        { 8, TicketKind::IssueClosed,
            QStringLiteral("informasi.tagihan_listrik_dan_token") }, // 6 averaged bill accepted
        { 7, TicketKind::Keluhan, QStringLiteral("cater.lebih_tagih") }, // 7 over-billed
        { 3, TicketKind::Keluhan, QStringLiteral("cater.kurang_tagih") }, // 8 under-billed
        { 10, TicketKind::IssueClosed, QStringLiteral("informasi.tagihan_listrik_dan_token") }, // 9 paying online
        { 4, TicketKind::IssueClosed, QStringLiteral("informasi.tagihan_listrik_dan_token") }, // 10 dispute, explained
    };
    return list;
}

int pickScenario(DemoRandom& random)
{
    qint64 roll = random.below(100);
    const QList<Scenario>& list = scenarios();
    for (int i = 0; i < list.size(); ++i) {
        roll -= list.at(i).weight;
        if (roll < 0)
            return i;
    }
    return 0;
}

QString greetingPart(const QDateTime& at)
{
    const int hour = toWib(at).time().hour();
    if (hour < 11)
        return QStringLiteral("pagi");
    if (hour < 15)
        return QStringLiteral("siang");
    if (hour < 18)
        return QStringLiteral("sore");
    return QStringLiteral("malam");
}

// The draft one walk of scenario `which` produces for `customer`.
TicketDraft makeDraft(int which, const DemoCustomer& customer, const QDateTime& callStart, DemoRandom& random)
{
    const Scenario& scenario = scenarios().at(which);
    TicketDraft draft;
    draft.kind = scenario.kind;
    draft.subIssueTypeId = scenario.subIssueTypeId;
    draft.issueTypeId = scenario.subIssueTypeId.section(QLatin1Char('.'), 0, 0);
    draft.customerIdpel = customer.idpel;
    draft.customerName = customer.name;
    draft.sopVersion = 1;
    if (scenario.kind == TicketKind::Keluhan) {
        draft.routing = TicketRouting::CustomerUnit;
        draft.unitCode = customer.unitCode;
        draft.unitName = customer.unitName;
        draft.slaHours = 72;
    } else {
        draft.routing = TicketRouting::ContactCenter;
        draft.unitCode = QStringLiteral("CC123");
        draft.unitName = QStringLiteral("Unit Contact Center PLN 123");
    }

    const QString name = customer.name;
    const QString upperName = name.toUpper();
    const QString idpel = customer.idpel;
    const QString period = billingPeriodOf(callStart);
    const QString email
        = customer.email.isEmpty() ? QStringLiteral("pelanggan%1@contoh.id").arg(idpel.right(4)) : customer.email;
    const QString phone = customer.phone.isEmpty() ? QStringLiteral("0812%1").arg(idpel.right(7)) : customer.phone;
    const qint64 amount = random.between(45, 1450) * 1000 + random.below(10) * 100;
    const QString closing = kClosing.arg(greetingPart(callStart));
    const QString forward
        = QStringLiteral("Permintaan Bapak/Ibu kami teruskan ke %1. Petugas unit akan menghubungi Bapak/Ibu "
                         "paling lambat 3 x 24 jam.")
              .arg(customer.unitName);
    PathBuilder path(callStart, random);

    const QString invoiceQuestion
        = QStringLiteral("Apa yang dibutuhkan Bapak/Ibu %1 terkait tagihan rekening listrik IDPEL %2?")
              .arg(name, idpel);
    const QString standQuestion
        = QStringLiteral("Apa yang disampaikan Bapak/Ibu %1 terkait stand meter atau tagihan IDPEL %2?")
              .arg(name, idpel);
    const QString formalQuestion
        = QStringLiteral("Selisih akan diperhitungkan pada rekening bulan berikutnya. Apakah pelanggan "
                         "tetap ingin mengajukan keluhan resmi?");
    const QString stand = QString::number(random.between(1200, 48000));
    const QString standEnd
        = QString::number(stand.toLongLong() + (which == 8 ? -random.between(400, 900) : random.between(40, 300)));

    switch (which) {
    case 0:
        draft.sopId = kInvoiceSop;
        path.ask(QStringLiteral("kebutuhan"), invoiceQuestion, QStringLiteral("jumlah_tagihan"),
                QStringLiteral("Informasi jumlah tagihan rekening listrik"))
            .say(QStringLiteral("info_jumlah"),
                QStringLiteral("Tagihan rekening listrik Bapak/Ibu %1 (IDPEL %2) bulan %3 sebesar %4, jatuh tempo pada "
                               "tanggal 20.")
                    .arg(name, idpel, period, formatRupiah(amount)))
            .say(QStringLiteral("info_kanal"),
                QStringLiteral("Informasi tagihan rekening listrik juga dapat Bapak/Ibu lihat "
                               "melalui aplikasi PLN Mobile atau website PLN di www.pln.co.id."))
            .outcome(QStringLiteral("selesai_info_tagihan"), closing);
        draft.description = QStringLiteral("INFO REKENING BULAN %1 (IDPEL %2) TELAH DIJELASKAN DAN PELANGGAN MENGERTI")
                                .arg(period.toUpper(), idpel);
        break;
    case 1:
        draft.sopId = kInvoiceSop;
        path.ask(QStringLiteral("kebutuhan"), invoiceQuestion, QStringLiteral("panduan_website"),
                QStringLiteral("Cara melihat detail tagihan atau pembelian token di website PLN"))
            .say(QStringLiteral("web_menu"),
                QStringLiteral("Panduan website PLN: buka www.pln.co.id, pilih menu \"Pelayanan "
                               "Pelanggan\", lalu \"Informasi Tagihan Listrik / Pembelian Token\"."))
            .ask(QStringLiteral("web_punya_akun"),
                QStringLiteral("Apakah pelanggan sudah memiliki akun di website PLN?"),
                QStringLiteral("sudah_punya_akun"), QStringLiteral("Sudah memiliki akun"))
            .say(QStringLiteral("web_masuk"),
                QStringLiteral("Isi data akun Bapak/Ibu sesuai kolom yang tersedia, kemudian klik "
                               "\"Masuk\"."))
            .say(QStringLiteral("web_idpel"), QStringLiteral("Masukkan IDPEL %1 pada kolom pencarian.").arg(idpel))
            .outcome(QStringLiteral("selesai_panduan_website"), closing);
        draft.description
            = QStringLiteral("CARA MELIHAT DETAIL TAGIHAN ATAU PEMBELIAN TOKEN DI WEBSITE PLN. PELANGGAN TELAH "
                             "DIPANDU MENGAKSES WEBSITE WWW.PLN.CO.ID UNTUK IDPEL %1; PELANGGAN BERSEDIA DAN "
                             "MENGERTI.")
                  .arg(idpel);
        break;
    case 2:
        draft.sopId = kInvoiceSop;
        draft.fields.insert(QStringLiteral("email"), email);
        draft.fields.insert(QStringLiteral("telepon"), phone);
        path.ask(QStringLiteral("kebutuhan"), invoiceQuestion, QStringLiteral("invoice_email"),
                QStringLiteral("Invoice tagihan setiap bulan melalui email"))
            .say(QStringLiteral("invoice_tawarkan_website"),
                QStringLiteral(
                    "Sebelumnya kami informasikan bahwa Bapak/Ibu dapat mengakses website PLN www.pln.co.id untuk "
                    "mendapatkan informasi lebih detail terkait rekening listrik."))
            .ask(QStringLiteral("invoice_bersedia"),
                QStringLiteral("Apakah pelanggan bersedia melihat tagihannya melalui "
                               "website PLN?"),
                QStringLiteral("tetap_email"), QStringLiteral("Tetap ingin invoice dikirim setiap bulan melalui email"))
            .collect(QStringLiteral("invoice_data_email"),
                QStringLiteral(
                    "Catat alamat email untuk pengiriman invoice dan nomor telepon yang dapat dihubungi unit. "
                    "Eja ulang alamat email kepada pelanggan."),
                draft.fields)
            .outcome(QStringLiteral("keluhan_berlangganan_invoice"), forward + QLatin1Char(' ') + closing);
        draft.description
            = QStringLiteral("PELANGGAN A.N. %1 IDPEL %2 MENGAJUKAN BERLANGGANAN INVOICE TAGIHAN BULANAN MELALUI "
                             "EMAIL %3. NO. TELEPON YANG DAPAT DIHUBUNGI: %4. MOHON UNIT MENGHUBUNGI PELANGGAN.")
                  .arg(upperName, idpel, email, phone);
        break;
    case 3: {
        const QString newEmail
            = QStringLiteral("%1.%2@contoh.id").arg(name.section(QLatin1Char(' '), 0, 0).toLower(), idpel.right(3));
        draft.sopId = kInvoiceSop;
        draft.fields.insert(QStringLiteral("email_baru"), newEmail);
        draft.fields.insert(QStringLiteral("email_lama"), email);
        path.ask(QStringLiteral("kebutuhan"), invoiceQuestion, QStringLiteral("invoice_lainnya"),
                QStringLiteral("Permasalahan invoice lainnya (koreksi email invoice, berhenti berlangganan, dll.)"))
            .ask(QStringLiteral("invoice_masalah"),
                QStringLiteral("Permasalahan invoice apa yang disampaikan pelanggan?"), QStringLiteral("koreksi_email"),
                QStringLiteral("Koreksi / penggantian alamat email pengiriman invoice"))
            .collect(QStringLiteral("data_koreksi_email"),
                QStringLiteral("Catat alamat email baru untuk invoice (eja ulang kepada pelanggan) dan, bila pelanggan "
                               "ingat, alamat email lama."),
                draft.fields)
            .outcome(QStringLiteral("keluhan_koreksi_email"), forward + QLatin1Char(' ') + closing);
        draft.description
            = QStringLiteral("PELANGGAN A.N. %1 IDPEL %2 MENGAJUKAN PENGGANTIAN ALAMAT EMAIL PENGIRIMAN INVOICE "
                             "MENJADI %3 (EMAIL LAMA: %4). MOHON UNIT MENINDAKLANJUTI DAN MENGHUBUNGI PELANGGAN.")
                  .arg(upperName, idpel, newEmail, email);
        break;
    }
    case 4: {
        const QString problem
            = QStringLiteral("INVOICE %1 MENCANTUMKAN DAYA YANG BERBEDA DENGAN KONTRAK").arg(period.toUpper());
        draft.sopId = kInvoiceSop;
        draft.fields.insert(QStringLiteral("uraian"), problem);
        path.ask(QStringLiteral("kebutuhan"), invoiceQuestion, QStringLiteral("invoice_lainnya"),
                QStringLiteral("Permasalahan invoice lainnya (koreksi email invoice, berhenti berlangganan, dll.)"))
            .ask(QStringLiteral("invoice_masalah"),
                QStringLiteral("Permasalahan invoice apa yang disampaikan pelanggan?"),
                QStringLiteral("invoice_tidak_sesuai"), QStringLiteral("Jumlah atau data pada invoice tidak sesuai"))
            .collect(QStringLiteral("data_invoice_tidak_sesuai"),
                QStringLiteral("Catat uraian ketidaksesuaian pada invoice (bulan, angka atau data yang dipersoalkan)."),
                draft.fields)
            .outcome(QStringLiteral("keluhan_invoice_tidak_sesuai"), forward + QLatin1Char(' ') + closing);
        draft.description
            = QStringLiteral("PELANGGAN A.N. %1 IDPEL %2 MENYAMPAIKAN INVOICE TAGIHAN TIDAK SESUAI: %3. MOHON UNIT "
                             "MEMERIKSA DAN MENGOREKSI REKENING BILA PERLU.")
                  .arg(upperName, idpel, problem);
        break;
    }
    case 5:
        draft.sopId = kStandSop;
        path.ask(QStringLiteral("kebutuhan"), standQuestion, QStringLiteral("cara_lapor"),
                QStringLiteral("Cara melaporkan stand meter dan foto kWh meter"))
            .say(QStringLiteral("lapor_whatsapp"),
                QStringLiteral("Bapak/Ibu dapat melaporkan angka stand kWh meter melalui "
                               "WhatsApp PLN 08122 123 123 (ketik 2) dengan foto stand meter."))
            .say(QStringLiteral("lapor_waktu"),
                QStringLiteral("Laporan dikirim sesuai tanggal pencatatan meter Bapak/Ibu; "
                               "laporan itu menjadi dasar perhitungan tagihan."))
            .outcome(QStringLiteral("selesai_cara_lapor"), closing);
        draft.description
            = QStringLiteral("INFO CARA LAPOR STAND METER MANDIRI MELALUI WHATSAPP 08122 123 123 (KETIK 2) DAN "
                             "WAKTU PELAPORANNYA TELAH DIJELASKAN; PELANGGAN MENGERTI (IDPEL %1).")
                  .arg(idpel);
        break;
    case 6:
        draft.sopId = kStandSop;
        path.ask(QStringLiteral("kebutuhan"), standQuestion, QStringLiteral("tagihan_rata_rata"),
                QStringLiteral("Tidak melaporkan stand / menanyakan tagihan yang dihitung rata-rata"))
            .say(QStringLiteral("rata_rata_penjelasan"),
                QStringLiteral(
                    "Karena stand meter tidak dilaporkan, tagihan bulan %1 dihitung dari rata-rata pemakaian 3 "
                    "bulan terakhir. Selisihnya diperhitungkan pada rekening bulan berikutnya.")
                    .arg(period))
            .ask(QStringLiteral("rata_rata_diterima"), QStringLiteral("Apakah pelanggan menerima penjelasan tersebut?"),
                QStringLiteral("menerima"), QStringLiteral("Ya, pelanggan mengerti"))
            .outcome(QStringLiteral("selesai_rata_rata"), closing);
        draft.description
            = QStringLiteral("INFO REKENING BULAN %1 (IDPEL %2) YANG DIHITUNG DARI RATA-RATA PEMAKAIAN 3 BULAN "
                             "TELAH DIJELASKAN; SELISIH DIPERHITUNGKAN PADA REKENING BULAN BERIKUTNYA. PELANGGAN "
                             "MENGERTI.")
                  .arg(period.toUpper(), idpel);
        break;
    case 7:
    case 8:
    case 10: {
        const bool over = which != 8;
        const QString choiceId = over ? QStringLiteral("lebih_tagih") : QStringLiteral("kurang_tagih");
        const QString choiceLabel = over
            ? QStringLiteral("Stand akhir rekening lebih besar dari stand meter saat ini (lebih tagih)")
            : QStringLiteral("Stand akhir rekening jauh lebih kecil dari stand meter saat ini "
                             "(kurang tagih)");
        const bool formal = which != 10;
        draft.sopId = kStandSop;
        draft.fields.insert(QStringLiteral("stand_meter"), stand);
        path.ask(QStringLiteral("kebutuhan"), standQuestion, QStringLiteral("sanggah"),
                QStringLiteral("Menyanggah stand meter atau jumlah tagihan"))
            .collect(QStringLiteral("stand_sekarang"),
                QStringLiteral("Minta pelanggan membaca angka stand pada kWh meter saat "
                               "ini, lalu catat."),
                draft.fields)
            .ask(QStringLiteral("bandingkan"),
                QStringLiteral(
                    "Bandingkan stand meter saat ini (%1) dengan stand akhir pada rekening %2 (%3). Bagaimana "
                    "hasilnya?")
                    .arg(stand, period, standEnd),
                choiceId, choiceLabel)
            .ask(over ? QStringLiteral("formal_lebih_tagih") : QStringLiteral("formal_kurang_tagih"), formalQuestion,
                formal ? QStringLiteral("ajukan_keluhan") : QStringLiteral("cukup_penjelasan"),
                formal ? QStringLiteral("Ya, ajukan keluhan resmi ke unit")
                       : QStringLiteral("Tidak, pelanggan menerima penjelasan"));
        if (formal) {
            path.outcome(over ? QStringLiteral("keluhan_lebih_tagih") : QStringLiteral("keluhan_kurang_tagih"),
                forward + QLatin1Char(' ') + closing);
            draft.description
                = QStringLiteral("PELANGGAN A.N. %1 IDPEL %2 MENYANGGAH REKENING BULAN %3: STAND METER SAAT INI "
                                 "%4, STAND AKHIR PADA REKENING %5; %6. PELANGGAN MENGAJUKAN KELUHAN RESMI; MOHON "
                                 "UNIT MEMERIKSA HASIL CATAT METER DAN MENGHUBUNGI PELANGGAN.")
                      .arg(upperName, idpel, period.toUpper(), stand, standEnd, choiceLabel.toUpper());
        } else {
            path.outcome(QStringLiteral("selesai_sanggah"), closing);
            draft.description
                = QStringLiteral("PELANGGAN MENYANGGAH REKENING BULAN %1 (IDPEL %2): STAND METER SAAT INI %3, "
                                 "STAND AKHIR PADA REKENING %4. TELAH DIJELASKAN BAHWA SELISIH DIPERHITUNGKAN "
                                 "PADA REKENING BULAN BERIKUTNYA; PELANGGAN MENGERTI DAN TIDAK MENGAJUKAN "
                                 "KELUHAN.")
                      .arg(period.toUpper(), idpel, stand, standEnd);
        }
        break;
    }
    default:
        draft.sopId = kStandSop;
        path.ask(QStringLiteral("kebutuhan"), standQuestion, QStringLiteral("bayar_online"),
                QStringLiteral("Cara membayar tagihan secara online"))
            .say(QStringLiteral("bayar_kanal"),
                QStringLiteral("Tagihan bulan %1 sebesar %2. Pembayaran dapat dilakukan secara online melalui ATM, "
                               "internet/SMS banking, e-wallet, e-commerce atau PLN Mobile.")
                    .arg(period, formatRupiah(amount)))
            .outcome(QStringLiteral("selesai_bayar_online"), closing);
        draft.description
            = QStringLiteral("INFO CARA PEMBAYARAN REKENING LISTRIK SECARA ONLINE (ATM, INTERNET/SMS BANKING, "
                             "E-WALLET, E-COMMERCE, PLN MOBILE) TELAH DIJELASKAN DAN PELANGGAN MENGERTI (IDPEL %1).")
                  .arg(idpel);
        break;
    }
    draft.path = path.steps();
    if (random.chance(15))
        draft.agentNote
            = QStringLiteral("Pelanggan minta dihubungi setelah pukul %1.00 WIB.").arg(random.between(13, 19));
    return draft;
}

// When the contact centre is busiest (WIB hours 07-21): a morning peak and an evening one.
int pickHour(DemoRandom& random)
{
    static const int weights[15] = { 3, 7, 10, 10, 8, 6, 6, 6, 7, 6, 5, 6, 8, 7, 5 }; // 07..21
    qint64 roll = random.below(100);
    for (int i = 0; i < 15; ++i) {
        roll -= weights[i];
        if (roll < 0)
            return 7 + i;
    }
    return 12;
}

Result<QList<DemoCustomer>> loadCustomers(Database& database, int limit)
{
    return database.read([&](QSqlDatabase& db) -> Result<QList<DemoCustomer>> {
        auto query = execQuery(db,
            QStringLiteral("SELECT c.idpel, c.name, c.ulp_code, u.name, c.email, c.phone FROM customers c "
                           "JOIN units u ON u.code = c.ulp_code ORDER BY c.idpel LIMIT ?"),
            { limit });
        if (!query.ok())
            return query.error();
        QList<DemoCustomer> customers;
        while (query->next())
            customers.append({ query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                query->value(3).toString(), query->value(4).toString(), query->value(5).toString() });
        return customers;
    });
}

Error invalid(const QString& message, const char* detail)
{
    return makeError(ErrorKind::InvalidInput, message, QString::fromLatin1(detail));
}

const QStringList& goodReviews()
{
    static const QStringList notes {
        QStringLiteral("Salam pembuka, verifikasi IDPEL dan penutup sesuai SOP."),
        QStringLiteral("Penjelasan runtut dan pelanggan mengerti. Sesuai SOP."),
        QStringLiteral("Data email dieja ulang dengan benar."),
    };
    return notes;
}

const QStringList& correctionReviews()
{
    static const QStringList notes {
        QStringLiteral("Alamat email tidak dieja ulang kepada pelanggan; ulangi langkah konfirmasi."),
        QStringLiteral("Nomor telepon pelanggan tidak dikonfirmasi sebelum tiket dikirim."),
        QStringLiteral("Penutup panggilan tidak dibacakan. Perlu koreksi pada coaching berikutnya."),
    };
    return notes;
}

const QStringList& unitNotes()
{
    static const QStringList notes {
        QStringLiteral("Petugas ULP sudah menghubungi pelanggan dan permintaan telah diproses."),
        QStringLiteral("Hasil pemeriksaan lapangan: stand sudah dikoreksi, selisih diperhitungkan bulan depan."),
        QStringLiteral("Unit mengonfirmasi invoice sudah dikirim ke email pelanggan."),
    };
    return notes;
}

} // namespace

Result<DemoTicketSummary> DemoTicketGenerator::generate(
    const QList<Actor>& agents, const Actor& supervisor, const DemoTicketOptions& options, const Progress& progress)
{
    if (options.tickets < 0 || options.tickets > kMaxTickets)
        return invalid(
            QCoreApplication::translate("DemoTicketGenerator", "Jumlah tiket demo harus 0 sampai 5.000.000."),
            "ticket count out of range");
    if (options.days < 1 || options.days > 366)
        return invalid(
            QCoreApplication::translate("DemoTicketGenerator", "Rentang hari tiket demo harus 1 sampai 366."),
            "days out of range");
    if (agents.isEmpty() || !supervisor.isSupervisorOrAdmin())
        return invalid(QCoreApplication::translate(
                           "DemoTicketGenerator", "Tiket demo butuh sedikitnya satu agen dan satu supervisor."),
            "no agents or no supervisor");
    auto customers = loadCustomers(m_database, std::max(1, options.customerPool));
    if (!customers.ok())
        return customers.error();
    if (customers->isEmpty())
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate(
                "DemoTicketGenerator", "Belum ada pelanggan untuk tiket demo; buat pelanggan demo dulu."),
            QStringLiteral("no customers for demo tickets"));

    const QDateTime now = m_now.nowUtc();
    DemoRandom random(options.seed * 0x2545F4914F6CDD1DULL + 7);

    // Plan every call first, then file them in time order: numbers follow the days, and a
    // repeat call can point to a ticket that really was filed before it.
    QList<PlannedCall> plan;
    plan.reserve(options.tickets);
    const QDate today = wibDate(now);
    for (qint64 i = 0; i < options.tickets; ++i) {
        PlannedCall call;
        call.index = int(i);
        call.scenario = pickScenario(random);
        call.agent = int(random.below(agents.size()));
        call.customer = int(random.below(customers->size()));
        const bool keluhan = scenarios().at(call.scenario).kind == TicketKind::Keluhan;
        // Agents differ: the later accounts are newer on the floor and take longer.
        const qint64 base = keluhan ? random.between(300, 780) : random.between(110, 480);
        call.handleSeconds = base + base * call.agent / 8;
        const qint64 day = random.below(options.days);
        const QTime time(pickHour(random), int(random.below(60)), int(random.below(60)));
        QDateTime filed = QDateTime(today.addDays(-day), time, wibTimeZone()).toUTC();
        if (filed >= now) // later today than now: the same hour a day earlier
            filed = filed.addDays(-1);
        call.filedAt = filed;
        plan.append(call);
    }
    std::sort(plan.begin(), plan.end(), [](const PlannedCall& a, const PlannedCall& b) {
        return a.filedAt != b.filedAt ? a.filedAt < b.filedAt : a.index < b.index;
    });

    FixedClock clock(now);
    AuditLog audit(m_database, clock);
    TicketService service(m_database, audit, clock, m_siteCode);
    DemoTicketSummary summary;
    QList<FiledCall> recent; // the last calls, for repeat contacts
    QList<PlannedEvent> events;

    for (qint64 done = 0; done < plan.size(); ++done) {
        const PlannedCall& call = plan.at(done);
        int customerIndex = call.customer;
        int scenario = call.scenario;
        QString linked;
        // About one call in sixteen is the same customer calling again about the same thing.
        if (!recent.isEmpty() && random.chance(6)) {
            const FiledCall& earlier = recent.at(int(random.below(recent.size())));
            if (earlier.filedAt.daysTo(call.filedAt) < TicketService::kRepeatWindowDays) {
                customerIndex = earlier.customer;
                scenario = earlier.scenario;
                linked = earlier.number;
            }
        }
        const DemoCustomer& customer = customers->at(customerIndex);
        const QDateTime callStart = call.filedAt.addSecs(-call.handleSeconds);
        const TicketDraft draft = makeDraft(scenario, customer, callStart, random);

        clock.set(call.filedAt);
        FilingRequest request;
        request.callStartedAt = callStart;
        request.linkedTicketNumber = linked;
        request.clientRequestId = QStringLiteral("demo-%1-%2").arg(options.seed).arg(call.index);
        auto filed = service.file(agents.at(call.agent), draft, request);
        if (!filed.ok())
            return filed.error();
        const Ticket& ticket = filed->ticket;
        ++summary.tickets;
        if (filed->alreadyFiled) {
            ++summary.alreadyFiled; // its events were written by the run that filed it
        } else {
            if (!linked.isEmpty())
                ++summary.repeats;
            if (draft.kind == TicketKind::Keluhan) {
                // The unit works on it: usually within the SLA, sometimes late, rarely cancelled.
                const qint64 hours = random.chance(80) ? random.between(4, 70) : random.between(73, 140);
                const QDateTime finished = call.filedAt.addSecs(hours * 3600 + random.below(3600));
                if (finished < now && random.chance(90)) {
                    const bool cancelled = random.chance(4);
                    events.append({ finished, ticket.number, true,
                        cancelled ? TicketStatus::Cancelled : TicketStatus::DoneByUnit, std::nullopt,
                        cancelled ? QStringLiteral("Pelanggan membatalkan permintaan saat dihubungi unit.")
                                  : random.pick(unitNotes()) });
                }
            }
            if (random.chance(8)) {
                const QDateTime reviewed = call.filedAt.addSecs(random.between(1, 48) * 3600);
                if (reviewed < now) {
                    const bool good = random.chance(75);
                    events.append({ reviewed, ticket.number, false, TicketStatus::Open,
                        good ? ReviewFlag::SesuaiSop : ReviewFlag::PerluKoreksi,
                        good ? random.pick(goodReviews()) : random.pick(correctionReviews()) });
                }
            }
        }
        recent.append({ ticket.number, call.filedAt, customerIndex, scenario });
        if (recent.size() > 300)
            recent.removeFirst();
        if (progress)
            progress(done + 1, plan.size());
    }

    std::stable_sort(
        events.begin(), events.end(), [](const PlannedEvent& a, const PlannedEvent& b) { return a.at < b.at; });
    for (const PlannedEvent& event : events) {
        clock.set(event.at);
        auto written = event.isStatus ? service.changeStatus(supervisor, event.number, event.status, event.note)
                                      : service.annotate(supervisor, event.number, event.note, event.flag);
        if (!written.ok())
            return written.error();
        if (!event.isStatus)
            ++summary.reviewed;
    }

    // What the period looks like now, counted from the database rather than from the plan.
    auto counted = m_database.read([&](QSqlDatabase& db) -> Result<DemoTicketSummary> {
        DemoTicketSummary totals = summary;
        auto keluhan = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE kind = 'KELUHAN'"));
        if (!keluhan.ok())
            return keluhan.error();
        totals.keluhan = keluhan->toLongLong();
        // The status rule of the ticket queries (the latest status event, else open for KELUHAN).
        const QString status = ticket_sql::statusExpression();
        auto doneByUnit = queryScalar(db,
            QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.kind = 'KELUHAN' AND ") + status
                + QStringLiteral(" = 'done_by_unit'"));
        if (!doneByUnit.ok())
            return doneByUnit.error();
        totals.doneByUnit = doneByUnit->toLongLong();
        auto overdue = queryScalar(db,
            QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.kind = 'KELUHAN' AND t.sla_due_at_ms < ? AND ")
                + status + QStringLiteral(" = 'open'"),
            { toEpochMs(now) });
        if (!overdue.ok())
            return overdue.error();
        totals.overdue = overdue->toLongLong();
        return totals;
    });
    return counted;
}

} // namespace csodesk
