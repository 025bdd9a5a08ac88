#pragma once

#include <QString>

#include <optional>

namespace csodesk {

// An ask node may pre-select the choice that fits a comparison of the stand the customer reads
// now with the bill's stand akhir (seed 000 / issue point 7). The agent still decides; the
// suggestion only saves a judgement the numbers already make.
struct SopSuggestRule {
    QString measuredField; // id of a meter_stand field collected before the node
    QString billed; // placeholder with the bill's stand (e.g. "stand_end")
    QString tolerance; // placeholder with how far the meter may have moved on since (e.g. "kwh"); may be empty
    QString billedAbove; // choice when the bill's stand is above the meter: over-billed
    QString billedFarBelow; // choice when the meter is more than `tolerance` past the bill's stand: under-billed
    QString otherwise; // choice when the two are consistent
};

// A stand or kWh figure in hundredths: digits with at most two decimals after ',' or '.', no
// thousands separators ("1335,0", "1335.25", "335"). nullopt for anything else.
[[nodiscard]] std::optional<qint64> parseHundredths(const QString& text);

// The choice the rule picks, or an empty string when a value is missing or unreadable.
[[nodiscard]] QString suggestChoice(
    const SopSuggestRule& rule, const QString& measured, const QString& billed, const QString& tolerance);

} // namespace csodesk
