#include "UsageEstimator.h"

#include "Money.h"

#include <QCoreApplication>

namespace csodesk {

Result<MeteredUsage> UsageEstimator::estimate(const QList<Bill>& previous, int meterFactor)
{
    if (previous.size() < kAverageMonths) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Billing", "Tagihan rata-rata membutuhkan %1 rekening sebelumnya; baru ada %2.")
                .arg(kAverageMonths)
                .arg(previous.size()),
            QStringLiteral("not enough history to estimate"));
    }
    if (meterFactor <= 0)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Billing", "Faktor meter harus lebih dari 0."),
            QStringLiteral("bad meter factor"));
    MeteredUsage usage;
    usage.estimated = true;
    qint64 sumWh = 0;
    for (qsizetype i = previous.size() - kAverageMonths; i < previous.size(); ++i) {
        sumWh += previous.at(i).usageWh;
        usage.estimatedFrom.append(previous.at(i).period);
    }
    usage.usage = EnergyQuantity::mean(sumWh, kAverageMonths);
    usage.standStartWh = previous.last().standEndWh;
    usage.standEndWh = usage.standStartWh + divideRoundHalfUp(sumWh, static_cast<qint64>(kAverageMonths) * meterFactor);
    return usage;
}

Result<MeteredUsage> UsageEstimator::fromReading(
    const QList<Bill>& previous, qint64 standWh, int meterFactor, qint64 initialStandWh)
{
    if (meterFactor <= 0)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Billing", "Faktor meter harus lebih dari 0."),
            QStringLiteral("bad meter factor"));
    MeteredUsage usage;
    usage.standStartWh = previous.isEmpty() ? initialStandWh : previous.last().standEndWh;
    if (auto valid = checkReportedStand(usage.standStartWh, standWh); !valid.ok())
        return valid.error();
    usage.standEndWh = standWh;
    const qint64 thisUsageWh = (standWh - usage.standStartWh) * meterFactor;
    usage.usage = EnergyQuantity::fromWh(thisUsageWh);

    // The run of estimated bills just before this one, if any.
    qsizetype firstEstimated = previous.size();
    while (firstEstimated > 0 && previous.at(firstEstimated - 1).estimated)
        --firstEstimated;
    const qsizetype estimatedMonths = previous.size() - firstEstimated;
    if (estimatedMonths > 0) {
        const qint64 lastRealStandWh = previous.at(firstEstimated).standStartWh;
        const qint64 realUsageWh = (standWh - lastRealStandWh) * meterFactor;
        const qint64 fairShareWh = divideRoundHalfUp(realUsageWh, estimatedMonths + 1);
        usage.correctionWh = thisUsageWh - fairShareWh;
        for (qsizetype i = firstEstimated; i < previous.size(); ++i)
            usage.correctedPeriods.append(previous.at(i).period);
    }
    return usage;
}

Status UsageEstimator::checkReportedStand(qint64 previousStandEndWh, qint64 reportedStandWh)
{
    if (reportedStandWh < previousStandEndWh) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Billing",
                "Stand yang dilaporkan (%1) lebih kecil dari stand akhir rekening sebelumnya (%2); "
                "laporan tidak diterima.")
                .arg(formatStand(reportedStandWh), formatStand(previousStandEndWh)),
            QStringLiteral("reported stand below previous stand"));
    }
    return {};
}

} // namespace csodesk
