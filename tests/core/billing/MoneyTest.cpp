#include "billing/Money.h"

#include "billing/EnergyQuantity.h"

#include <catch2/catch.hpp>

using namespace csodesk;

TEST_CASE("formatRupiah groups thousands with dots", "[billing]")
{
    CHECK(formatRupiah(1234567) == QStringLiteral("Rp1.234.567"));
    CHECK(formatRupiah(0) == QStringLiteral("Rp0"));
    CHECK(formatRupiah(999) == QStringLiteral("Rp999"));
    CHECK(formatRupiah(1000) == QStringLiteral("Rp1.000"));
    CHECK(formatRupiah(-1500) == QStringLiteral("-Rp1.500"));
    CHECK(formatRateSen(144470) == QStringLiteral("Rp1.444,70"));
}

TEST_CASE("Rounding to the Rupiah is half away from zero", "[billing]")
{
    CHECK(divideRoundHalfUp(9679745, 20) == 483987); // 483.987,25
    CHECK(divideRoundHalfUp(5, 2) == 3);
    CHECK(divideRoundHalfUp(-5, 2) == -3);
    CHECK(divideRoundHalfUp(4, 3) == 1);
    CHECK(divideRoundHalfUp(0, 7) == 0);
}

TEST_CASE("Rates and amounts are parsed exactly, never through a double", "[billing]")
{
    CHECK(parseSen(QStringLiteral("1444.70")).value() == 144470);
    CHECK(parseSen(QStringLiteral("1467,28")).value() == 146728);
    CHECK(parseSen(QStringLiteral("169")).value() == 16900);
    CHECK_FALSE(parseSen(QStringLiteral("1.2.3")).ok());
    CHECK_FALSE(parseSen(QStringLiteral("12.345")).ok());
    CHECK(parseRupiah(QStringLiteral("Rp125.000")).value() == 125000);
    CHECK_FALSE(parseRupiah(QStringLiteral("12a")).ok());
    CHECK(parsePercentBasisPoints(QStringLiteral("2,4%")).value() == 240);
    CHECK(parsePercentBasisPoints(QStringLiteral("10")).value() == 1000);
    CHECK_FALSE(parsePercentBasisPoints(QStringLiteral("120")).ok());
    CHECK(formatPercent(240) == QStringLiteral("2,4 %"));
    CHECK(formatPercent(300) == QStringLiteral("3 %"));
}

TEST_CASE("Energy is exact: a third of a sum stays a third", "[billing]")
{
    const EnergyQuantity third = EnergyQuantity::mean(1000000, 3);
    CHECK(third.roundedWh() == 333333);
    CHECK(third.toKwhText(1) == QStringLiteral("333,3"));
    CHECK(third + third + third == EnergyQuantity::fromKwh(1000));
    CHECK(EnergyQuantity::fromKwh(52) < EnergyQuantity::mean(157000, 3));
    CHECK_FALSE(EnergyQuantity::mean(157000, 3) < EnergyQuantity::fromKwh(52));
    CHECK(formatStand(1335000) == QStringLiteral("1.335,0"));
    CHECK(formatKwh(335000) == QStringLiteral("335 kWh"));
}
