#include "billing/UsageEstimator.h"

#include <catch2/catch.hpp>

using namespace csodesk;

namespace {

Bill realBill(BillingPeriod period, qint64 startKwh, qint64 endKwh)
{
    Bill bill;
    bill.period = period;
    bill.standStartWh = startKwh * 1000;
    bill.standEndWh = endKwh * 1000;
    bill.usageWh = (endKwh - startKwh) * 1000;
    return bill;
}

Bill asBill(const MeteredUsage& usage, BillingPeriod period)
{
    Bill bill;
    bill.period = period;
    bill.standStartWh = usage.standStartWh;
    bill.standEndWh = usage.standEndWh;
    bill.usageWh = usage.usage.roundedWh();
    bill.estimated = usage.estimated;
    bill.estimatedFrom = usage.estimatedFrom;
    bill.correctionWh = usage.correctionWh;
    return bill;
}

} // namespace

TEST_CASE("Worked example: 360, 345, 300 kWh and stand 1000,0 give stand akhir 1335,0", "[billing]")
{
    const QList<Bill> previous { realBill({ 2024, 3 }, 0, 360), realBill({ 2024, 4 }, 360, 705),
        realBill({ 2024, 5 }, 700, 1000) };
    auto estimated = UsageEstimator::estimate(previous);
    REQUIRE(estimated.ok());
    CHECK(estimated->estimated);
    CHECK(estimated->standStartWh == 1000000);
    CHECK(estimated->standEndWh == 1335000);
    CHECK(estimated->usage == EnergyQuantity::fromKwh(335));
    CHECK(estimated->estimatedFrom == QList<BillingPeriod> { { 2024, 3 }, { 2024, 4 }, { 2024, 5 } });

    // The next real reading settles the estimate: 700 kWh were really used over the two
    // months, 350 each; the estimate billed 335, so this bill carries +15 kWh.
    QList<Bill> history = previous;
    history.append(asBill(estimated.value(), { 2024, 6 }));
    auto read = UsageEstimator::fromReading(history, 1700000);
    REQUIRE(read.ok());
    CHECK_FALSE(read->estimated);
    CHECK(read->standStartWh == 1335000);
    CHECK(read->usage == EnergyQuantity::fromKwh(365));
    CHECK(read->correctionWh == 15000);
    CHECK(read->correctedPeriods == QList<BillingPeriod> { { 2024, 6 } });
}

TEST_CASE("The mean is not rounded before it is billed, the stand akhir is rounded to the Wh", "[billing]")
{
    const QList<Bill> previous { realBill({ 2024, 1 }, 0, 100), realBill({ 2024, 2 }, 100, 200),
        realBill({ 2024, 3 }, 200, 301) };
    auto estimated = UsageEstimator::estimate(previous);
    REQUIRE(estimated.ok());
    CHECK(estimated->usage == EnergyQuantity::mean(301000, 3));
    CHECK(estimated->standEndWh == 301000 + 100333);
}

TEST_CASE("Two estimated months in a row, then a reading that shows they were too high", "[billing]")
{
    QList<Bill> history { realBill({ 2024, 1 }, 0, 300), realBill({ 2024, 2 }, 300, 600),
        realBill({ 2024, 3 }, 600, 900) };
    auto april = UsageEstimator::estimate(history);
    REQUIRE(april.ok());
    CHECK(april->standEndWh == 1200000);
    history.append(asBill(april.value(), { 2024, 4 }));

    auto may = UsageEstimator::estimate(history); // the average now includes April's estimate
    REQUIRE(may.ok());
    CHECK(may->estimatedFrom == QList<BillingPeriod> { { 2024, 2 }, { 2024, 3 }, { 2024, 4 } });
    CHECK(may->standEndWh == 1500000);
    history.append(asBill(may.value(), { 2024, 5 }));

    // A stand below the estimated 1500,0 is refused with its reason.
    auto tooLow = UsageEstimator::fromReading(history, 1400000);
    REQUIRE_FALSE(tooLow.ok());
    CHECK(tooLow.error().kind == ErrorKind::InvalidInput);
    CHECK(tooLow.error().message.contains(QStringLiteral("1.400,0")));
    CHECK(
        tooLow.error().message.contains(QStringLiteral("lebih kecil dari stand akhir rekening sebelumnya (1.500,0)")));

    // 660 kWh really used over April-June (220 a month); April and May were billed 600,
    // so June carries 60 kWh, which is 160 kWh below its fair share: a correction of -160.
    auto june = UsageEstimator::fromReading(history, 1560000);
    REQUIRE(june.ok());
    CHECK(june->usage == EnergyQuantity::fromKwh(60));
    CHECK(june->correctionWh == -160000);
    CHECK(june->correctedPeriods == QList<BillingPeriod> { { 2024, 4 }, { 2024, 5 } });
    history.append(asBill(june.value(), { 2024, 6 }));

    // The month after a real reading carries no correction.
    auto july = UsageEstimator::fromReading(history, 1780000);
    REQUIRE(july.ok());
    CHECK(july->correctionWh == 0);
    CHECK(july->usage == EnergyQuantity::fromKwh(220));
}

TEST_CASE("Estimating needs three previous bills", "[billing]")
{
    auto estimated = UsageEstimator::estimate({ realBill({ 2024, 1 }, 0, 100), realBill({ 2024, 2 }, 100, 200) });
    REQUIRE_FALSE(estimated.ok());
    CHECK(estimated.error().message.contains(QStringLiteral("3 rekening")));
}

TEST_CASE("Meter factor multiplies the stand difference", "[billing]")
{
    auto first = UsageEstimator::fromReading({}, 1500, 40, 1000); // 0,5 kWh x 40
    REQUIRE(first.ok());
    CHECK(first->usage == EnergyQuantity::fromKwh(20));
    CHECK(first->standStartWh == 1000);
}
