#pragma once

#include "common/Result.h"

#include <QString>

namespace csodesk {

// Money is whole Rupiah in a qint64, as a bill shows it. Tariff rates have two decimals
// (Rp1.444,70 per kWh), so rates are held in sen (1/100 Rupiah). No floating point anywhere.
using Rupiah = qint64;
using Sen = qint64;

// numerator / denominator rounded half away from zero (how a bill rounds to the Rupiah).
// denominator must be positive.
[[nodiscard]] qint64 divideRoundHalfUp(qint64 numerator, qint64 denominator);

// "Rp1.234.567" (Indonesian grouping with dots; negative as "-Rp1.234").
[[nodiscard]] QString formatRupiah(Rupiah amount);
// "Rp1.444,70" for a per-kWh rate in sen.
[[nodiscard]] QString formatRateSen(Sen rate);

// Parses a decimal text with at most two decimals ("1444.70", "169", "1467,28") into sen,
// exactly. Used for tariff data and CSV input, never through a double.
[[nodiscard]] Result<Sen> parseSen(const QString& text);
// Parses a whole-Rupiah amount ("125000", "125.000", "Rp125.000").
[[nodiscard]] Result<Rupiah> parseRupiah(const QString& text);

// "123", "123.4", "123,45" -> value x 10^scale, exactly; at most `scale` decimals. `what` names
// the field in the error message.
[[nodiscard]] Result<qint64> parseDecimal(const QString& text, int scale, const QString& what);

// Percentages are basis points (1 % = 100 bp) so that "2,4 %" stays exact.
[[nodiscard]] Result<int> parsePercentBasisPoints(const QString& text);
[[nodiscard]] QString formatPercent(int basisPoints); // "3 %", "2,4 %"

} // namespace csodesk
