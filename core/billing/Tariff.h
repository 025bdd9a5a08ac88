#pragma once

#include "BillingPeriod.h"
#include "Money.h"

#include <QList>
#include <QString>

#include <optional>

namespace csodesk {

// One block of a block tariff; a flat-rate class is a single block without an upper bound.
struct TariffBlock {
    std::optional<qint64> upToKwh; // inclusive upper bound of the block, none = no limit
    Sen rate = 0; // per kWh
};

// A class's rates in force for a span of bill periods.
struct TariffRate {
    BillingPeriod from;
    std::optional<BillingPeriod> to; // inclusive; none = still in force
    std::optional<int> minimumHours; // rekening minimum: hours x kVA of usage at least
    Rupiah fixedChargePerKva = 0; // biaya beban (subsidised classes)
    QList<TariffBlock> blocks;

    [[nodiscard]] bool isFlat() const { return blocks.size() == 1 && !blocks.first().upToKwh; }
    [[nodiscard]] bool covers(const BillingPeriod& period) const { return from <= period && (!to || period <= *to); }
};

// A tariff class (R1, R1M, R2, R3) for a power band.
struct TariffClass {
    QString code; // normalised: "R1", "R1M", "R2", "R3"
    QString label; // as printed: "R-1/TR 1.300 VA"
    int minVa = 0;
    std::optional<int> maxVa;
    QList<TariffRate> periods;

    [[nodiscard]] bool coversPower(int va) const { return va >= minVa && (!maxVa || va <= *maxVa); }
};

// The rates a bill uses: which class, and the rate span in force for its period.
struct ResolvedTariff {
    QString code;
    QString label;
    TariffRate rate;
};

} // namespace csodesk
