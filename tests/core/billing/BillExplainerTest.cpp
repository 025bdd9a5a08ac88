#include "billing/BillExplainer.h"

#include "common/TimeUtil.h"

#include <catch2/catch.hpp>

using namespace csodesk;

namespace {

const TariffBook& book()
{
    static const TariffBook tariffs = TariffBook::load().value();
    return tariffs;
}

Bill bill(BillingPeriod period, qint64 startKwh, qint64 endKwh, Rupiah total)
{
    Bill b;
    b.period = period;
    b.standStartWh = startKwh * 1000;
    b.standEndWh = endKwh * 1000;
    b.usageWh = (endKwh - startKwh) * 1000;
    b.energyCharge = total;
    b.total = total;
    b.dueDate = period.dueDate();
    b.paidAt = QDateTime(period.dueDate().addDays(-5), QTime(3, 0), QTimeZone::utc());
    b.paymentChannel = QStringLiteral("PLN Mobile");
    return b;
}

QList<Bill> workedExampleHistory()
{
    Bill june = bill({ 2024, 6 }, 1000, 1335, 483975);
    june.estimated = true;
    june.estimatedFrom = { { 2024, 3 }, { 2024, 4 }, { 2024, 5 } };
    Bill july = bill({ 2024, 7 }, 1335, 1700, 527316);
    july.correctionWh = 15000;
    return { bill({ 2024, 3 }, 0, 360, 520092), bill({ 2024, 4 }, 360, 705, 498422),
        bill({ 2024, 5 }, 700, 1000, 433410), june, july };
}

} // namespace

TEST_CASE("Explaining an estimated bill names the three months and the correction that followed", "[billing]")
{
    BillCalculator calculator(book());
    BillExplainer explainer(calculator);
    const QList<Bill> history = workedExampleHistory();
    const BillExplanation explanation = explainer.explain(
        { QStringLiteral("541100000123"), QStringLiteral("R1"), 1300, history.at(3), history, QDate(2024, 8, 1), {} });
    INFO(explanation.text.toStdString());
    CHECK(explanation.text.contains(QStringLiteral("Rekening Juni 2024")));
    CHECK(explanation.text.contains(QStringLiteral("DITAKSIR")));
    CHECK(explanation.text.contains(QStringLiteral("Maret 2024: 360 kWh, April 2024: 345 kWh, Mei 2024: 300 kWh")));
    CHECK(explanation.text.contains(QStringLiteral("Stand akhir 1.335,0")));
    CHECK(explanation.text.contains(QStringLiteral("rekening Juli 2024 (koreksi +15 kWh)")));
    CHECK(explanation.text.contains(QStringLiteral("Rp1.444,70/kWh")));
    CHECK_FALSE(explanation.unusualJump);
}

TEST_CASE("Explaining the correcting bill flags the jump and says where it came from", "[billing]")
{
    BillCalculator calculator(book());
    BillExplainer explainer(calculator);
    QList<Bill> history = workedExampleHistory();
    Bill august = bill({ 2024, 8 }, 1700, 2150, 650115);
    history.append(august);
    const BillExplanation explanation = explainer.explain(
        { QStringLiteral("541100000123"), QStringLiteral("R1"), 1300, august, history, QDate(2024, 9, 1), {} });
    INFO(explanation.text.toStdString());
    // 450 kWh against (300 + 335 + 365) / 3 = 333,3 -> 35 % above.
    CHECK(explanation.unusualJump);
    CHECK(explanation.jumpPercent == 35);
    CHECK(explanation.text.contains(
        QStringLiteral("PERHATIAN: pemakaian 35% di atas rata-rata 3 bulan sebelumnya (333 kWh)")));

    const BillExplanation july = explainer.explain(
        { QStringLiteral("541100000123"), QStringLiteral("R1"), 1300, history.at(4), history, QDate(2024, 9, 1), {} });
    CHECK(july.text.contains(QStringLiteral("koreksi +15 kWh")));
}

TEST_CASE("Explaining a late or unpaid bill states the late fee", "[billing]")
{
    BillCalculator calculator(book());
    BillExplainer explainer(calculator);
    QList<Bill> history = workedExampleHistory();
    Bill late = history.at(2);
    late.paidAt = QDateTime(QDate(2024, 5, 28), QTime(3, 0), QTimeZone::utc());
    late.lateFee = 5000;
    const BillExplanation paidLate = explainer.explain(
        { QStringLiteral("541100000123"), QStringLiteral("R1"), 1300, late, history, QDate(2024, 9, 1), {} });
    CHECK(paidLate.text.contains(QStringLiteral("biaya keterlambatan Rp5.000")));

    Bill unpaid = history.at(4);
    unpaid.paidAt.reset();
    const BillExplanation overdue = explainer.explain(
        { QStringLiteral("541100000123"), QStringLiteral("R1"), 1300, unpaid, history, QDate(2024, 7, 21), {} });
    CHECK(overdue.text.contains(QStringLiteral("BELUM DIBAYAR")));
    CHECK(overdue.text.contains(QStringLiteral("jumlah yang harus dibayar Rp532.316")));
    const BillExplanation notYetDue = explainer.explain(
        { QStringLiteral("541100000123"), QStringLiteral("R1"), 1300, unpaid, history, QDate(2024, 7, 20), {} });
    CHECK(notYetDue.text.contains(QStringLiteral("paling lambat 20-07-2024")));
}
