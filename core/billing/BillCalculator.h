#pragma once

#include "BillingPeriod.h"
#include "EnergyQuantity.h"
#include "Money.h"
#include "TariffBook.h"
#include "common/Result.h"

#include <QList>
#include <QString>

namespace csodesk {

struct BillInput {
    QString tariffClass; // "R1", "R-1/TR", "R3", ...
    int powerVa = 0;
    EnergyQuantity usage; // exact: an estimated month is a third of a sum
    BillingPeriod period;
    int ppjBasisPoints = 0; // the region's street-lighting tax (300 = 3 %)
};

// How much of the usage fell in one block of a block tariff (for the explanation).
struct BlockCharge {
    EnergyQuantity usage;
    Sen rate = 0;
};

// The amounts of one bill, each rounded to the Rupiah as the bill prints it.
struct BillAmounts {
    QString tariffCode;
    QString tariffLabel;
    Sen flatRate = 0; // per-kWh rate of a flat class; 0 for a block class
    QList<BlockCharge> blocks; // per block, for block classes
    EnergyQuantity billedUsage; // the usage charged: the actual one or the 40-hour minimum
    bool minimumApplied = false;
    Rupiah energyCharge = 0; // biaya pemakaian
    Rupiah fixedCharge = 0; // biaya beban
    int ppjBasisPoints = 0;
    Rupiah ppj = 0;
    int ppnBasisPoints = 0;
    Rupiah ppn = 0;
    Rupiah total = 0; // energy + fixed + PPJ + PPN (the late fee is separate)
};

// Computes a postpaid bill's amounts from tariff data. Money is integer all the way: usage in
// Wh (as an exact fraction) x rate in sen, divided and rounded once per amount.
class BillCalculator {
public:
    explicit BillCalculator(const TariffBook& tariffs)
        : m_tariffs(tariffs)
    {
    }

    [[nodiscard]] Result<BillAmounts> compute(const BillInput& input) const;
    // The late fee for a bill of `billTotal` paid after its due date.
    [[nodiscard]] Rupiah lateFee(int powerVa, Rupiah billTotal) const;

    // The 40-hour minimum usage for a power, exact (900 VA -> 36 kWh).
    [[nodiscard]] static EnergyQuantity minimumUsage(int minimumHours, int powerVa);

    [[nodiscard]] const TariffBook& tariffs() const { return m_tariffs; }

private:
    const TariffBook& m_tariffs;
};

} // namespace csodesk
