#include "BillCalculator.h"

#include <QCoreApplication>

#include <algorithm>

namespace csodesk {

namespace {

constexpr qint64 kWhPerKwh = 1000;
constexpr qint64 kSenPerRupiah = 100;

} // namespace

EnergyQuantity BillCalculator::minimumUsage(int minimumHours, int powerVa)
{
    // hours x kVA = hours x VA / 1000 kWh = hours x VA Wh.
    return EnergyQuantity::fromWh(static_cast<qint64>(minimumHours) * powerVa);
}

Result<BillAmounts> BillCalculator::compute(const BillInput& input) const
{
    if (input.powerVa <= 0) {
        return makeError(ErrorKind::InvalidInput, QCoreApplication::translate("Billing", "Daya harus lebih dari 0 VA."),
            QStringLiteral("non-positive power"));
    }
    if (input.usage.isNegative()) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Billing", "Pemakaian tidak boleh negatif (%1 kWh).")
                .arg(input.usage.toKwhText(1)),
            QStringLiteral("negative usage"));
    }
    auto tariff = m_tariffs.find(input.tariffClass, input.powerVa, input.period);
    if (!tariff.ok())
        return tariff.error();
    const TariffRate& rate = tariff->rate;

    BillAmounts amounts;
    amounts.tariffCode = tariff->code;
    amounts.tariffLabel = tariff->label;
    amounts.billedUsage = input.usage;
    if (rate.minimumHours) {
        const EnergyQuantity minimum = minimumUsage(*rate.minimumHours, input.powerVa);
        if (input.usage < minimum) {
            amounts.billedUsage = minimum;
            amounts.minimumApplied = true;
        }
    }

    // Sum Wh x sen over the blocks as one exact fraction, then round once: rounding per block
    // would make the total depend on how the blocks are cut.
    const qint64 divisor = amounts.billedUsage.divisor();
    const qint64 usageNumerator = amounts.billedUsage.numeratorWh();
    qint64 chargedNumerator = 0; // Wh x sen, over `divisor`
    qint64 lowerBoundNumerator = 0;
    for (const TariffBlock& block : rate.blocks) {
        const qint64 upper = block.upToKwh ? *block.upToKwh * kWhPerKwh * divisor : usageNumerator;
        const qint64 inBlock = std::max<qint64>(0, std::min(usageNumerator, upper) - lowerBoundNumerator);
        if (inBlock > 0 || rate.blocks.size() == 1)
            amounts.blocks.append(BlockCharge { EnergyQuantity::mean(inBlock, divisor), block.rate });
        chargedNumerator += inBlock * block.rate;
        lowerBoundNumerator = upper;
        if (usageNumerator <= upper)
            break;
    }
    if (rate.isFlat())
        amounts.flatRate = rate.blocks.first().rate;
    amounts.energyCharge = divideRoundHalfUp(chargedNumerator, divisor * kWhPerKwh * kSenPerRupiah);
    amounts.fixedCharge = divideRoundHalfUp(rate.fixedChargePerKva * input.powerVa, 1000);

    // PPJ and PPN are levied on the electricity charge (energy + fixed charge).
    const Rupiah base = amounts.energyCharge + amounts.fixedCharge;
    amounts.ppjBasisPoints = input.ppjBasisPoints;
    amounts.ppj = divideRoundHalfUp(base * input.ppjBasisPoints, 10000);
    amounts.ppnBasisPoints = m_tariffs.ppnBasisPoints(tariff->code, input.period);
    amounts.ppn = divideRoundHalfUp(base * amounts.ppnBasisPoints, 10000);
    amounts.total = base + amounts.ppj + amounts.ppn;
    return amounts;
}

Rupiah BillCalculator::lateFee(int powerVa, Rupiah billTotal) const
{
    return m_tariffs.lateFees().feeFor(powerVa, billTotal);
}

} // namespace csodesk
