#include "BillExplainer.h"

#include "EnergyQuantity.h"
#include "common/TimeUtil.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace csodesk {

namespace {

QString signedKwh(qint64 wh)
{
    return (wh > 0 ? QStringLiteral("+") : QString()) + formatKwh(wh);
}

const Bill* findBill(const QList<Bill>& bills, const BillingPeriod& period)
{
    for (const Bill& bill : bills) {
        if (bill.period == period)
            return &bill;
    }
    return nullptr;
}

QString sourceOfUsage(const Bill& bill, const QList<Bill>& history)
{
    if (!bill.estimated) {
        return QCoreApplication::translate("Billing",
            "Pemakaian %1 = (stand akhir %2 - stand awal %3) x faktor meter %4, dari stand meter yang dibaca "
            "atau dilaporkan.")
            .arg(formatKwh(bill.usageWh), formatStand(bill.standEndWh), formatStand(bill.standStartWh))
            .arg(bill.meterFactor);
    }
    QStringList months;
    for (const BillingPeriod& period : bill.estimatedFrom) {
        const Bill* source = findBill(history, period);
        months.append(source ? QStringLiteral("%1: %2").arg(period.displayName(), formatKwh(source->usageWh))
                             : period.displayName());
    }
    return QCoreApplication::translate("Billing",
        "Pemakaian %1 DITAKSIR dari rata-rata 3 bulan sebelumnya (%2), karena tidak ada laporan stand meter "
        "yang diterima untuk bulan ini. Stand akhir %3 = stand akhir sebelumnya %4 + rata-rata; angka ini bukan "
        "hasil baca meter.")
        .arg(formatKwh(bill.usageWh), months.join(QStringLiteral(", ")), formatStand(bill.standEndWh),
            formatStand(bill.standStartWh));
}

// The first later bill read from a real stand: the one that settles this estimate.
const Bill* settlingBill(const Bill& bill, const QList<Bill>& sortedHistory)
{
    for (const Bill& later : sortedHistory) {
        if (bill.period < later.period && !later.estimated)
            return &later;
    }
    return nullptr;
}

} // namespace

BillExplanation BillExplainer::explain(const BillExplanationInput& input) const
{
    const Bill& bill = input.bill;
    QList<Bill> history = input.history;
    std::sort(history.begin(), history.end(), [](const Bill& a, const Bill& b) { return a.period < b.period; });

    BillExplanation result;
    QStringList lines;
    lines.append(QCoreApplication::translate("Billing", "Rekening %1, IDPEL %2: tagihan %3, jatuh tempo %4.")
                     .arg(bill.period.displayName(), input.idpel, formatRupiah(bill.total),
                         bill.dueDate.toString(QStringLiteral("dd-MM-yyyy"))));
    lines.append(sourceOfUsage(bill, history));
    for (const QString& rejected : input.rejectedReadings)
        lines.append(
            QCoreApplication::translate("Billing", "Laporan stand yang masuk tidak dipakai: %1").arg(rejected));

    if (bill.correctionWh != 0) {
        lines.append(
            QCoreApplication::translate("Billing",
                "Rekening ini membawa koreksi %1 atas bulan yang sebelumnya ditaksir: pemakaian nyata sejak "
                "baca meter terakhir dibagi rata ke bulan-bulan itu, dan selisihnya %2 di rekening ini.")
                .arg(signedKwh(bill.correctionWh),
                    bill.correctionWh > 0
                        ? QCoreApplication::translate("Billing", "ditambahkan (bulan taksiran ditagih kurang)")
                        : QCoreApplication::translate("Billing", "dikurangkan (bulan taksiran ditagih lebih)")));
    }
    if (bill.estimated) {
        if (const Bill* settling = settlingBill(bill, history)) {
            lines.append(QCoreApplication::translate(
                "Billing", "Selisih taksiran ini sudah diperhitungkan pada rekening %1 (koreksi %2).")
                             .arg(settling->period.displayName(), signedKwh(settling->correctionWh)));
        } else {
            lines.append(QCoreApplication::translate("Billing",
                "Selisih taksiran ini akan diperhitungkan otomatis pada rekening berikutnya setelah stand "
                "meter dibaca atau dilaporkan; tidak ada nota kredit terpisah."));
        }
    }

    // The breakdown, recomputed on the stored usage to name the rate, blocks and minimum.
    BillInput recompute;
    recompute.tariffClass = input.tariffClass;
    recompute.powerVa = input.powerVa;
    recompute.usage = EnergyQuantity::fromWh(bill.usageWh);
    recompute.period = bill.period;
    const Rupiah base = bill.energyCharge + bill.fixedCharge;
    recompute.ppjBasisPoints = base > 0 ? static_cast<int>(divideRoundHalfUp(bill.ppj * 10000, base)) : 0;
    auto amounts = m_calculator.compute(recompute);
    QString rate;
    if (amounts.ok()) {
        if (amounts->flatRate > 0)
            rate = QCoreApplication::translate("Billing", " (%1 x %2/kWh, %3)")
                       .arg(formatKwh(amounts->billedUsage.roundedWh()), formatRateSen(amounts->flatRate),
                           amounts->tariffLabel);
        else
            rate = QCoreApplication::translate("Billing", " (tarif blok %1)").arg(amounts->tariffLabel);
        if (amounts->minimumApplied) {
            lines.append(QCoreApplication::translate("Billing",
                "Pemakaian di bawah rekening minimum 40 jam nyala: yang ditagih %1 (40 jam x daya tersambung).")
                             .arg(formatKwh(amounts->billedUsage.roundedWh())));
        }
    }
    QString breakdown = QCoreApplication::translate("Billing", "Rincian: biaya pemakaian %1%2")
                            .arg(formatRupiah(bill.energyCharge), rate);
    if (bill.fixedCharge > 0)
        breakdown += QCoreApplication::translate("Billing", ", biaya beban %1").arg(formatRupiah(bill.fixedCharge));
    breakdown += QCoreApplication::translate("Billing", ", PPJ %1").arg(formatRupiah(bill.ppj));
    if (bill.ppn > 0)
        breakdown += QCoreApplication::translate("Billing", ", PPN %1").arg(formatRupiah(bill.ppn));
    breakdown += QCoreApplication::translate("Billing", ", total %1.").arg(formatRupiah(bill.total));
    lines.append(breakdown);

    if (bill.isPaid()) {
        const QString paidOn = formatWib(*bill.paidAt, QStringLiteral("dd-MM-yyyy"));
        if (bill.lateFee > 0) {
            lines.append(QCoreApplication::translate(
                "Billing", "Dibayar %1 melalui %2, lewat jatuh tempo: dikenai biaya keterlambatan %3.")
                             .arg(paidOn, bill.paymentChannel, formatRupiah(bill.lateFee)));
        } else {
            lines.append(QCoreApplication::translate("Billing", "Sudah dibayar %1 melalui %2.")
                             .arg(paidOn, bill.paymentChannel));
        }
    } else if (input.today.isValid() && input.today > bill.dueDate) {
        const Rupiah fee = bill.lateFee > 0 ? bill.lateFee : m_calculator.lateFee(input.powerVa, bill.total);
        lines.append(QCoreApplication::translate("Billing",
            "BELUM DIBAYAR dan sudah lewat jatuh tempo: biaya keterlambatan %1, jumlah yang harus dibayar %2.")
                         .arg(formatRupiah(fee), formatRupiah(bill.total + fee)));
    } else {
        lines.append(QCoreApplication::translate(
            "Billing", "Belum dibayar; bayar paling lambat %1 agar tidak dikenai biaya keterlambatan.")
                         .arg(bill.dueDate.toString(QStringLiteral("dd-MM-yyyy"))));
    }

    // Usual consumption: the three bills before this one.
    if (const std::optional<UsageJump> jump = usageJump(bill, history)) {
        const EnergyQuantity average = EnergyQuantity::mean(jump->previousSumWh, 3);
        result.jumpPercent = jump->percent;
        result.unusualJump = jump->unusual;
        if (result.unusualJump) {
            QString cause = bill.correctionWh > 0
                ? QCoreApplication::translate("Billing", " Sebagian kenaikan berasal dari koreksi bulan taksiran.")
                : QCoreApplication::translate("Billing",
                    " Tanyakan perubahan pemakaian (alat listrik baru, penghuni bertambah) "
                    "dan cocokkan stand meter pelanggan dengan stand akhir rekening.");
            lines.append(QCoreApplication::translate(
                "Billing", "PERHATIAN: pemakaian %1% di atas rata-rata 3 bulan sebelumnya (%2 kWh).%3")
                             .arg(result.jumpPercent)
                             .arg(average.toKwhText(0), cause));
        } else {
            lines.append(QCoreApplication::translate(
                "Billing", "Pemakaian sebanding dengan rata-rata 3 bulan sebelumnya (%1 kWh).")
                             .arg(average.toKwhText(0)));
        }
    }
    result.text = lines.join(QLatin1Char('\n'));
    return result;
}

} // namespace csodesk
