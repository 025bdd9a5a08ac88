#include "billing/BillCalculator.h"

#include <catch2/catch.hpp>

using namespace csodesk;

namespace {

const TariffBook& book()
{
    static const TariffBook tariffs = TariffBook::load().value();
    return tariffs;
}

BillAmounts compute(const char* tariff, int va, EnergyQuantity usage, const char* period, int ppjBp)
{
    BillCalculator calculator(book());
    auto amounts = calculator.compute(BillInput {
        QString::fromLatin1(tariff), va, usage, BillingPeriod::parse(QString::fromLatin1(period)).value(), ppjBp });
    INFO((amounts.ok() ? QString() : amounts.error().message).toStdString());
    REQUIRE(amounts.ok());
    return amounts.value();
}

} // namespace

TEST_CASE("The compiled-in tariff data loads and knows the household classes", "[billing]")
{
    auto loaded = TariffBook::load();
    INFO((loaded.ok() ? QString() : loaded.error().detail).toStdString());
    REQUIRE(loaded.ok());
    CHECK(loaded->find(QStringLiteral("R-1/TR"), 1300, BillingPeriod(2024, 6)).ok());
    CHECK(TariffBook::normalizeClassCode(QStringLiteral("r-1m")) == QStringLiteral("R1M"));
    auto unknown = loaded->find(QStringLiteral("B2"), 1300, BillingPeriod(2024, 6));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("tidak dikenal")));
    auto badPower = loaded->find(QStringLiteral("R2"), 1300, BillingPeriod(2024, 6));
    REQUIRE_FALSE(badPower.ok());
    CHECK(badPower.error().message.contains(QStringLiteral("1300 VA")));
    CHECK_FALSE(loaded->find(QStringLiteral("R1"), 1300, BillingPeriod(2019, 12)).ok());
}

TEST_CASE("R-1 1.300 VA: kWh x Rp1.444,70 plus PPJ, no PPN", "[billing]")
{
    const BillAmounts amounts = compute("R1", 1300, EnergyQuantity::fromKwh(100), "2024-06", 300);
    CHECK(amounts.flatRate == 144470);
    CHECK(amounts.energyCharge == 144470);
    CHECK(amounts.fixedCharge == 0);
    CHECK(amounts.ppj == 4334); // 3 % of 144.470 = 4.334,1
    CHECK(amounts.ppn == 0);
    CHECK(amounts.total == 148804);
    CHECK_FALSE(amounts.minimumApplied);
}

TEST_CASE("The tariff in force follows the bill period", "[billing]")
{
    CHECK(compute("R1", 2200, EnergyQuantity::fromKwh(200), "2020-09", 0).flatRate == 146728);
    CHECK(compute("R1", 2200, EnergyQuantity::fromKwh(200), "2020-10", 0).flatRate == 144470);
    CHECK(compute("R2", 3500, EnergyQuantity::fromKwh(400), "2022-06", 0).flatRate == 144470);
    CHECK(compute("R2", 3500, EnergyQuantity::fromKwh(400), "2022-07", 0).energyCharge == 679812); // 400 x 1.699,53
    CHECK(compute("R1M", 900, EnergyQuantity::fromKwh(100), "2024-01", 0).energyCharge == 135200);
}

TEST_CASE("40-hour minimum bill for the tariff-adjustment classes", "[billing]")
{
    // 1.300 VA: minimum 40 h x 1,3 kVA = 52 kWh.
    const BillAmounts amounts = compute("R1", 1300, EnergyQuantity::fromKwh(30), "2024-06", 0);
    CHECK(amounts.minimumApplied);
    CHECK(amounts.billedUsage == EnergyQuantity::fromKwh(52));
    CHECK(amounts.energyCharge == 75124); // 52 x 1.444,70 = 75.124,40
    CHECK_FALSE(compute("R1", 1300, EnergyQuantity::fromKwh(52), "2024-06", 0).minimumApplied);
    // 900 VA-RTM: 36 kWh.
    CHECK(compute("R1M", 900, EnergyQuantity::fromKwh(10), "2024-06", 0).energyCharge == 48672);
}

TEST_CASE("Subsidised 450 VA: block rates and a fixed charge per kVA, no minimum", "[billing]")
{
    const BillAmounts amounts = compute("R1", 450, EnergyQuantity::fromKwh(80), "2024-06", 1000);
    // 30 x 169 + 30 x 360 + 20 x 495 = 5.070 + 10.800 + 9.900
    CHECK(amounts.energyCharge == 25770);
    CHECK(amounts.fixedCharge == 4950); // Rp11.000/kVA x 0,45 kVA
    CHECK(amounts.ppj == 3072); // 10 % of 30.720
    CHECK(amounts.total == 33792);
    CHECK(amounts.blocks.size() == 3);
    CHECK(amounts.flatRate == 0);
    CHECK_FALSE(compute("R1", 450, EnergyQuantity::fromKwh(5), "2024-06", 0).minimumApplied);
    CHECK(compute("R1", 450, EnergyQuantity::fromKwh(5), "2024-06", 0).energyCharge == 845);
}

TEST_CASE("Subsidised 900 VA: three blocks and Rp20.000/kVA", "[billing]")
{
    const BillAmounts amounts = compute("R1", 900, EnergyQuantity::fromKwh(100), "2024-06", 0);
    // 20 x 275 + 40 x 445 + 40 x 495
    CHECK(amounts.energyCharge == 43100);
    CHECK(amounts.fixedCharge == 18000);
    CHECK(amounts.total == 61100);
}

TEST_CASE("PPN only for R-3: 10 % before the April 2022 bills, 11 % from them", "[billing]")
{
    const BillAmounts march = compute("R3", 6600, EnergyQuantity::fromKwh(500), "2022-03", 0);
    CHECK(march.ppnBasisPoints == 1000);
    CHECK(march.ppn == 72235);
    const BillAmounts april = compute("R3", 6600, EnergyQuantity::fromKwh(500), "2022-04", 0);
    CHECK(april.ppnBasisPoints == 1100);
    CHECK(april.ppn == 79459); // 11 % of 722.350 = 79.458,5
    const BillAmounts recent = compute("R3", 6600, EnergyQuantity::fromKwh(500), "2024-06", 300);
    CHECK(recent.energyCharge == 849765);
    CHECK(recent.ppj == 25493);
    CHECK(recent.ppn == 93474);
    CHECK(recent.total == 968732);
    CHECK(compute("R2", 5500, EnergyQuantity::fromKwh(500), "2024-06", 0).ppn == 0);
}

TEST_CASE("Amounts of an estimated month use the unrounded mean", "[billing]")
{
    // Worked example: (360 + 345 + 300) / 3 = 335 kWh exactly.
    CHECK(compute("R1", 1300, EnergyQuantity::mean(1005000, 3), "2024-06", 0).energyCharge == 483975); // 483.974,5
    // (360 + 345 + 301) / 3 = 335,333... kWh: on the rounded 335 it would be 483.975.
    CHECK(compute("R1", 1300, EnergyQuantity::mean(1006000, 3), "2024-06", 0).energyCharge == 484456);
}

TEST_CASE("Late fee by contracted power", "[billing]")
{
    BillCalculator calculator(book());
    CHECK(calculator.lateFee(450, 50000) == 3000);
    CHECK(calculator.lateFee(900, 50000) == 3000);
    CHECK(calculator.lateFee(1300, 150000) == 5000);
    CHECK(calculator.lateFee(2200, 300000) == 10000);
    CHECK(calculator.lateFee(3500, 600000) == 50000);
    CHECK(calculator.lateFee(5500, 900000) == 50000);
    CHECK(calculator.lateFee(7700, 1000000) == 75000); // 3 % = 30.000, minimum 75.000
    CHECK(calculator.lateFee(13200, 4000000) == 120000);
    CHECK(calculator.lateFee(16500, 1000000) == 100000);
    CHECK(calculator.lateFee(23000, 5000000) == 150000);
}

TEST_CASE("Bad calculator input is refused with a reason", "[billing]")
{
    BillCalculator calculator(book());
    auto negative = calculator.compute(
        BillInput { QStringLiteral("R1"), 1300, EnergyQuantity::fromWh(-1), BillingPeriod(2024, 6), 0 });
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().kind == ErrorKind::InvalidInput);
    auto noPower = calculator.compute(
        BillInput { QStringLiteral("R1"), 0, EnergyQuantity::fromKwh(1), BillingPeriod(2024, 6), 0 });
    REQUIRE_FALSE(noPower.ok());
}
