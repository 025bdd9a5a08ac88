#include "DemoCallScripts.h"

#include <algorithm>

namespace csodesk {

namespace {

const QString kInvoiceSop = QStringLiteral("info-tagihan-invoice");
const QString kStandSop = QStringLiteral("stand-meter-mandiri");

enum class Kind {
    BillAmount,
    WebsiteGuide,
    WebsiteNewAccount,
    InvoiceSubscribe,
    InvoiceNewEmail,
    InvoiceUnsubscribe,
    InvoiceNotReceived,
    InvoiceWrong,
    HowToReport,
    AveragedAccepted,
    OverBilledComplaint,
    UnderBilledComplaint,
    DisputeExplained,
    PayOnline,
};

struct Weighted {
    Kind kind;
    int weight; // calls per 100 the floor takes of this kind
};

// The paths of the built-in SOPs the floor walks most, with how often.
const QList<Weighted>& kinds()
{
    static const QList<Weighted> list {
        { Kind::BillAmount, 29 },
        { Kind::WebsiteGuide, 6 },
        { Kind::WebsiteNewAccount, 2 },
        { Kind::InvoiceSubscribe, 8 },
        { Kind::InvoiceNewEmail, 3 },
        { Kind::InvoiceUnsubscribe, 1 },
        { Kind::InvoiceNotReceived, 1 },
        { Kind::InvoiceWrong, 4 },
        { Kind::HowToReport, 14 },
        { Kind::AveragedAccepted, 8 },
        { Kind::OverBilledComplaint, 7 },
        { Kind::UnderBilledComplaint, 3 },
        { Kind::DisputeExplained, 4 },
        { Kind::PayOnline, 10 },
    };
    return list;
}

Kind kindAt(int index)
{
    return kinds().at(index % int(kinds().size())).kind;
}

SopAnswer choose(const QString& node, const QString& choice)
{
    return { node, choice, {} };
}

SopAnswer collect(const QString& node, QMap<QString, QString> fields)
{
    return { node, {}, std::move(fields) };
}

// A meter read below the bill's stand is below the last accepted reading when that bill was
// read, not estimated: the agent has checked it with the caller (a misread bill is what the
// dispute is about), so the step carries the confirmation a real agent gives.
SopAnswer confirmedCollect(const QString& node, QMap<QString, QString> fields)
{
    SopAnswer answer = collect(node, std::move(fields));
    answer.confirmed = true;
    return answer;
}

bool isPostpaid(const CallCustomer& customer)
{
    return customer.lookup.customer.paymentType == PaymentType::Postpaid;
}

const Bill* billOf(const CallCustomer& customer)
{
    const QList<Bill>& bills = customer.lookup.bills;
    const auto found = std::find_if(
        bills.cbegin(), bills.cend(), [&customer](const Bill& bill) { return bill.period == customer.billPeriod; });
    return found == bills.cend() ? nullptr : &*found;
}

// The newest month billed on the 3-month average up to the bill the call is about.
std::optional<BillingPeriod> averagedMonth(const CallCustomer& customer)
{
    for (const Bill& bill : customer.lookup.bills) {
        if (bill.estimated && bill.period <= customer.billPeriod)
            return bill.period;
    }
    return std::nullopt;
}

bool subscribedToInvoices(const CallCustomer& customer)
{
    return customer.lookup.customer.invoiceEmailState == InvoiceEmailState::Subscribed
        && !customer.lookup.customer.invoiceEmail.isEmpty();
}

QString givenName(const CallCustomer& customer)
{
    const QString first = customer.lookup.customer.name.section(QLatin1Char(' '), 0, 0).toLower();
    QString plain;
    for (const QChar c : first) {
        if (c.isLetter() && c.unicode() < 128)
            plain.append(c);
    }
    return plain.isEmpty() ? QStringLiteral("pelanggan") : plain;
}

QString emailOf(const CallCustomer& customer)
{
    const Customer& record = customer.lookup.customer;
    if (!record.email.isEmpty())
        return record.email;
    return QStringLiteral("%1%2@contoh.id").arg(givenName(customer), customer.idpel().right(4));
}

QString phoneOf(const CallCustomer& customer)
{
    const QString phone = customer.lookup.customer.phone;
    return phone.isEmpty() ? QStringLiteral("0812%1").arg(customer.idpel().right(7)) : phone;
}

// What the caller reads off the meter, in kWh, `offsetKwh` from the bill's end stand.
QString standAround(const Bill& bill, qint64 offsetKwh)
{
    return QString::number(std::max<qint64>(0, bill.standEndWh / 1000 + offsetKwh));
}

// A dispute of the bill: the caller reads the meter, the agent compares, then the caller either
// files a complaint or is satisfied with the explanation.
std::optional<DemoCallScript> dispute(const CallCustomer& customer, bool billedTooMuch, bool formal, DemoRandom& random)
{
    const Bill* bill = billOf(customer);
    if (!bill)
        return std::nullopt;
    const qint64 offset = billedTooMuch ? -random.between(40, 300) : random.between(400, 900);
    const QString comparison = billedTooMuch ? QStringLiteral("lebih_tagih") : QStringLiteral("kurang_tagih");
    const QString formalNode
        = billedTooMuch ? QStringLiteral("formal_lebih_tagih") : QStringLiteral("formal_kurang_tagih");
    return DemoCallScript { kStandSop,
        { choose(QStringLiteral("kebutuhan"), QStringLiteral("sanggah")),
            confirmedCollect(
                QStringLiteral("stand_sekarang"), { { QStringLiteral("stand_meter"), standAround(*bill, offset) } }),
            choose(QStringLiteral("bandingkan"), comparison),
            choose(formalNode, formal ? QStringLiteral("ajukan_keluhan") : QStringLiteral("cukup_penjelasan")) },
        std::nullopt };
}

const QStringList& invoiceProblems()
{
    static const QStringList problems {
        QStringLiteral("Daya pada invoice berbeda dengan daya kontrak"),
        QStringLiteral("Nama pelanggan pada invoice salah eja"),
        QStringLiteral("Jumlah tagihan pada invoice berbeda dengan di PLN Mobile"),
    };
    return problems;
}

const QStringList& unsubscribeReasons()
{
    static const QStringList reasons {
        QStringLiteral("Sudah memakai PLN Mobile"),
        QStringLiteral("Email sudah tidak aktif"),
        QStringLiteral(""),
    };
    return reasons;
}

} // namespace

namespace demo_calls {

int kindCount()
{
    return int(kinds().size());
}

int pickKind(DemoRandom& random)
{
    int total = 0;
    for (const Weighted& weighted : kinds())
        total += weighted.weight;
    qint64 roll = random.below(total);
    for (int i = 0; i < kindCount(); ++i) {
        roll -= kinds().at(i).weight;
        if (roll < 0)
            return i;
    }
    return 0;
}

bool fits(int kindIndex, const DemoCallerProfile& profile)
{
    switch (kindAt(kindIndex)) {
    case Kind::WebsiteGuide:
    case Kind::WebsiteNewAccount:
        return true;
    case Kind::BillAmount:
    case Kind::PayOnline:
    case Kind::OverBilledComplaint:
    case Kind::UnderBilledComplaint:
    case Kind::DisputeExplained:
        return profile.postpaid && profile.hasBill;
    case Kind::InvoiceSubscribe:
        return profile.postpaid && !profile.subscribedToInvoices;
    case Kind::InvoiceNewEmail:
    case Kind::InvoiceUnsubscribe:
        return profile.subscribedToInvoices;
    case Kind::InvoiceNotReceived:
    case Kind::InvoiceWrong:
        return profile.subscribedToInvoices && profile.hasBill;
    case Kind::HowToReport:
        return profile.postpaid;
    case Kind::AveragedAccepted:
        return profile.postpaid && profile.averagedBill;
    }
    return false;
}

DemoCallerProfile profileOf(const CallCustomer& customer)
{
    DemoCallerProfile profile;
    profile.postpaid = isPostpaid(customer);
    profile.hasBill = billOf(customer) != nullptr;
    profile.subscribedToInvoices = subscribedToInvoices(customer);
    profile.averagedBill = averagedMonth(customer).has_value();
    return profile;
}

std::optional<DemoCallScript> scriptFor(int kindIndex, const CallCustomer& customer, DemoRandom& random)
{
    if (!fits(kindIndex, profileOf(customer)))
        return std::nullopt;
    const QString needs = QStringLiteral("kebutuhan");
    switch (kindAt(kindIndex)) {
    case Kind::BillAmount:
        return DemoCallScript { kInvoiceSop, { choose(needs, QStringLiteral("jumlah_tagihan")) }, std::nullopt };
    case Kind::WebsiteGuide:
        return DemoCallScript { kInvoiceSop,
            { choose(needs, QStringLiteral("panduan_website")),
                choose(QStringLiteral("web_punya_akun"), QStringLiteral("sudah_punya_akun")) },
            std::nullopt };
    case Kind::WebsiteNewAccount:
        return DemoCallScript { kInvoiceSop,
            { choose(needs, QStringLiteral("panduan_website")),
                choose(QStringLiteral("web_punya_akun"), QStringLiteral("belum_punya_akun")),
                choose(QStringLiteral("web_email_terpakai"), QStringLiteral("email_tidak_terpakai")) },
            std::nullopt };
    case Kind::InvoiceSubscribe:
        return DemoCallScript { kInvoiceSop,
            { choose(needs, QStringLiteral("invoice_email")),
                choose(QStringLiteral("invoice_bersedia"), QStringLiteral("tetap_email")),
                collect(QStringLiteral("invoice_data_email"),
                    { { QStringLiteral("email"), emailOf(customer) },
                        { QStringLiteral("telepon"), phoneOf(customer) } }) },
            std::nullopt };
    case Kind::InvoiceNewEmail:
        return DemoCallScript { kInvoiceSop,
            { choose(needs, QStringLiteral("invoice_lainnya")),
                choose(QStringLiteral("invoice_masalah"), QStringLiteral("koreksi_email")),
                collect(QStringLiteral("data_koreksi_email"),
                    { { QStringLiteral("email_baru"),
                          QStringLiteral("%1.%2@contoh.id").arg(givenName(customer), customer.idpel().right(3)) },
                        { QStringLiteral("email_lama"), customer.lookup.customer.invoiceEmail } }) },
            std::nullopt };
    case Kind::InvoiceUnsubscribe:
        return DemoCallScript { kInvoiceSop,
            { choose(needs, QStringLiteral("invoice_lainnya")),
                choose(QStringLiteral("invoice_masalah"), QStringLiteral("berhenti_berlangganan")),
                collect(QStringLiteral("data_berhenti"),
                    { { QStringLiteral("alasan"), random.pick(unsubscribeReasons()) } }) },
            std::nullopt };
    case Kind::InvoiceNotReceived:
        return DemoCallScript { kInvoiceSop,
            { choose(needs, QStringLiteral("invoice_lainnya")),
                choose(QStringLiteral("invoice_masalah"), QStringLiteral("invoice_tidak_diterima")),
                collect(QStringLiteral("data_invoice_tidak_diterima"),
                    { { QStringLiteral("email"), customer.lookup.customer.invoiceEmail },
                        { QStringLiteral("uraian"),
                            QStringLiteral("Invoice %1 belum masuk ke email")
                                .arg(customer.billPeriod.displayName()) } }) },
            std::nullopt };
    case Kind::InvoiceWrong:
        return DemoCallScript { kInvoiceSop,
            { choose(needs, QStringLiteral("invoice_lainnya")),
                choose(QStringLiteral("invoice_masalah"), QStringLiteral("invoice_tidak_sesuai")),
                collect(QStringLiteral("data_invoice_tidak_sesuai"),
                    { { QStringLiteral("uraian"),
                        QStringLiteral("%1 (rekening %2)")
                            .arg(random.pick(invoiceProblems()), customer.billPeriod.displayName()) } }) },
            std::nullopt };
    case Kind::HowToReport:
        return DemoCallScript { kStandSop, { choose(needs, QStringLiteral("cara_lapor")) }, std::nullopt };
    case Kind::AveragedAccepted: {
        return DemoCallScript { kStandSop,
            { choose(needs, QStringLiteral("tagihan_rata_rata")),
                choose(QStringLiteral("rata_rata_diterima"), QStringLiteral("menerima")) },
            averagedMonth(customer) };
    }
    case Kind::OverBilledComplaint:
        return dispute(customer, true, true, random);
    case Kind::UnderBilledComplaint:
        return dispute(customer, false, true, random);
    case Kind::DisputeExplained:
        return dispute(customer, true, false, random);
    case Kind::PayOnline:
        return DemoCallScript { kStandSop, { choose(needs, QStringLiteral("bayar_online")) }, std::nullopt };
    }
    return std::nullopt;
}

QString agentNote(DemoRandom& random)
{
    if (!random.chance(15))
        return {};
    return QStringLiteral("Pelanggan minta dihubungi setelah pukul %1.00 WIB.").arg(random.between(13, 19));
}

} // namespace demo_calls

} // namespace csodesk
