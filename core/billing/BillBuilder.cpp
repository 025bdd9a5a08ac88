#include "BillBuilder.h"

namespace csodesk {

Result<BuiltBill> BillBuilder::build(const BillContext& context, const BillingPeriod& period,
    const QList<Bill>& previous, std::optional<qint64> reportedStandWh) const
{
    BuiltBill built;
    std::optional<MeteredUsage> usage;
    if (reportedStandWh) {
        auto read
            = UsageEstimator::fromReading(previous, *reportedStandWh, context.meterFactor, context.initialStandWh);
        if (read.ok())
            usage = read.value();
        else if (read.error().kind == ErrorKind::InvalidInput)
            built.rejectedReadingReason = read.error().message;
        else
            return read.error();
    }
    if (!usage) {
        auto estimated = UsageEstimator::estimate(previous, context.meterFactor);
        if (!estimated.ok())
            return estimated.error();
        usage = estimated.value();
    }

    auto amounts = m_calculator.compute(
        BillInput { context.tariffClass, context.powerVa, usage->usage, period, context.ppjBasisPoints });
    if (!amounts.ok())
        return amounts.error();

    Bill& bill = built.bill;
    bill.idpel = context.idpel;
    bill.period = period;
    bill.standStartWh = usage->standStartWh;
    bill.standEndWh = usage->standEndWh;
    bill.meterFactor = context.meterFactor;
    bill.usageWh = usage->usage.roundedWh();
    bill.estimated = usage->estimated;
    bill.estimatedFrom = usage->estimatedFrom;
    bill.correctionWh = usage->correctionWh;
    bill.tariffRateSen = amounts->flatRate;
    bill.energyCharge = amounts->energyCharge;
    bill.fixedCharge = amounts->fixedCharge;
    bill.ppj = amounts->ppj;
    bill.ppn = amounts->ppn;
    bill.total = amounts->total;
    bill.dueDate = period.dueDate();
    return built;
}

} // namespace csodesk
