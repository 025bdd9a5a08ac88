#include "LateFeeTable.h"

#include <algorithm>

namespace csodesk {

Rupiah LateFeeTable::feeFor(int powerVa, Rupiah billTotal) const
{
    for (const Band& band : m_bands) {
        if (powerVa < band.minVa || (band.maxVa && powerVa > *band.maxVa))
            continue;
        if (band.basisPoints == 0)
            return band.fixed;
        return std::max(band.minimum, divideRoundHalfUp(billTotal * band.basisPoints, 10000));
    }
    return 0;
}

} // namespace csodesk
