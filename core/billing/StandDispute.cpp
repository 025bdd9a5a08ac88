#include "StandDispute.h"

#include "EnergyQuantity.h"
#include "Money.h"

#include <QCoreApplication>

#include <algorithm>

namespace csodesk {

namespace {

constexpr int kDaysPerMonth = 30;

} // namespace

StandDisputeAssessment classifyDisputedStand(
    qint64 customerStandWh, qint64 billStandEndWh, qint64 usualMonthlyWh, int daysSinceReading)
{
    StandDisputeAssessment assessment;
    assessment.differenceWh = customerStandWh - billStandEndWh;
    const qint64 usual = std::max<qint64>(0, usualMonthlyWh);
    assessment.expectedSinceWh = divideRoundHalfUp(usual * std::max(0, daysSinceReading), kDaysPerMonth);
    assessment.toleranceWh = divideRoundHalfUp(usual, 2);

    if (assessment.differenceWh < 0) {
        assessment.outcome = StandDisputeOutcome::LebihTagih;
        assessment.explanation
            = QCoreApplication::translate("Billing",
                "Stand meter pelanggan (%1) lebih kecil dari stand akhir rekening (%2): rekening "
                "menagih %3 lebih banyak dari yang terpakai (lebih tagih). Selisihnya diperhitungkan "
                "pada rekening berikutnya; bila pelanggan keberatan, catat KELUHAN Cater - Lebih tagih.")
                  .arg(formatStand(customerStandWh), formatStand(billStandEndWh), formatKwh(-assessment.differenceWh));
    } else if (assessment.differenceWh > assessment.expectedSinceWh + assessment.toleranceWh) {
        assessment.outcome = StandDisputeOutcome::KurangTagih;
        assessment.explanation = QCoreApplication::translate("Billing",
            "Stand meter pelanggan (%1) jauh di atas stand akhir rekening (%2): selisih %3, "
            "sedangkan pemakaian wajar sejak pencatatan sekitar %4. Rekening menagih terlalu "
            "sedikit (kurang tagih); kekurangannya akan masuk rekening berikutnya.")
                                     .arg(formatStand(customerStandWh), formatStand(billStandEndWh),
                                         formatKwh(assessment.differenceWh), formatKwh(assessment.expectedSinceWh));
    } else {
        assessment.outcome = StandDisputeOutcome::Consistent;
        assessment.explanation
            = QCoreApplication::translate("Billing",
                "Stand meter pelanggan (%1) sesuai dengan stand akhir rekening (%2) ditambah "
                "pemakaian sejak pencatatan (%3): rekening sudah benar.")
                  .arg(formatStand(customerStandWh), formatStand(billStandEndWh), formatKwh(assessment.differenceWh));
    }
    return assessment;
}

QString standDisputeCode(StandDisputeOutcome outcome)
{
    switch (outcome) {
    case StandDisputeOutcome::LebihTagih:
        return QStringLiteral("lebih_tagih");
    case StandDisputeOutcome::KurangTagih:
        return QStringLiteral("kurang_tagih");
    case StandDisputeOutcome::Consistent:
        break;
    }
    return QStringLiteral("consistent");
}

} // namespace csodesk
