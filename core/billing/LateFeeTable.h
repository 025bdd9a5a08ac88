#pragma once

#include "Money.h"

#include <QList>

#include <optional>

namespace csodesk {

// Biaya keterlambatan by contracted power: a fixed amount for small connections, a share of
// the bill with a minimum for large ones. Loaded from resources/tariffs/late_fees.json.
class LateFeeTable {
public:
    struct Band {
        int minVa = 0;
        std::optional<int> maxVa;
        Rupiah fixed = 0; // used when basisPoints is 0
        int basisPoints = 0; // share of the bill total (300 = 3 %)
        Rupiah minimum = 0; // floor for the share
    };

    LateFeeTable() = default;
    explicit LateFeeTable(QList<Band> bands)
        : m_bands(std::move(bands))
    {
    }

    // The fee for one bill of `billTotal` paid after its due date; 0 when no band matches.
    [[nodiscard]] Rupiah feeFor(int powerVa, Rupiah billTotal) const;
    [[nodiscard]] const QList<Band>& bands() const { return m_bands; }

private:
    QList<Band> m_bands;
};

} // namespace csodesk
