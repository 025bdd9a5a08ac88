#pragma once

#include "Bill.h"
#include "EnergyQuantity.h"
#include "common/Result.h"

#include <QList>

namespace csodesk {

// A month's stands and usage, before any money is computed.
struct MeteredUsage {
    qint64 standStartWh = 0;
    qint64 standEndWh = 0;
    EnergyQuantity usage; // exact; amounts are computed on this
    bool estimated = false;
    QList<BillingPeriod> estimatedFrom;
    qint64 correctionWh = 0; // part of `usage` that settles earlier estimates
    QList<BillingPeriod> correctedPeriods;
};

// The self-reporting rules (seed 000): a month without an accepted reading is billed on the
// mean of the three previous bills; the next real reading absorbs the difference.
class UsageEstimator {
public:
    static constexpr int kAverageMonths = 3;

    // No accepted reading: usage = mean of the last three bills' usage (unrounded);
    // stand akhir = previous stand akhir + mean / meter factor. `previous` is oldest first.
    [[nodiscard]] static Result<MeteredUsage> estimate(const QList<Bill>& previous, int meterFactor = 1);

    // An accepted reading: usage = (stand - previous stand akhir) x factor. When the previous
    // bills were estimated, this usage also settles them: the correction is what this bill
    // carries beyond its fair share (real usage since the last real reading spread evenly
    // over the months it covers). With no previous bill, `initialStandWh` is the stand awal.
    [[nodiscard]] static Result<MeteredUsage> fromReading(
        const QList<Bill>& previous, qint64 standWh, int meterFactor = 1, qint64 initialStandWh = 0);

    // A reported stand below the previous stand akhir is not accepted (seed 000); the reason
    // is the message of the error.
    [[nodiscard]] static Status checkReportedStand(qint64 previousStandEndWh, qint64 reportedStandWh);
};

} // namespace csodesk
