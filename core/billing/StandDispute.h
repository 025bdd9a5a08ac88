#pragma once

#include <QString>

namespace csodesk {

// A customer disputes a bill and reads the meter now. Compared with the bill's stand akhir:
// a meter below the stand akhir means the bill charged energy not yet used (lebih tagih);
// a meter far above it — more than the usage expected since the reading plus half a usual
// month — means the bill charged too little (kurang tagih). The difference settles in the
// next bill either way; a formal dispute becomes a KELUHAN Cater.
enum class StandDisputeOutcome { Consistent, LebihTagih, KurangTagih };

struct StandDisputeAssessment {
    StandDisputeOutcome outcome = StandDisputeOutcome::Consistent;
    qint64 differenceWh = 0; // meter now - bill's stand akhir
    qint64 expectedSinceWh = 0; // usual usage expected between the reading and now
    qint64 toleranceWh = 0; // slack before calling it kurang tagih
    QString explanation; // Indonesian, for the agent
};

[[nodiscard]] StandDisputeAssessment classifyDisputedStand(
    qint64 customerStandWh, qint64 billStandEndWh, qint64 usualMonthlyWh, int daysSinceReading);

[[nodiscard]] QString standDisputeCode(StandDisputeOutcome outcome); // "consistent", "lebih_tagih", "kurang_tagih"

} // namespace csodesk
