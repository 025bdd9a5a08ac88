#pragma once

#include "BillingPeriod.h"
#include "LateFeeTable.h"
#include "Tariff.h"
#include "common/Result.h"

#include <QList>
#include <QString>

namespace csodesk {

// The tariff data in force: classes with their rate periods, PPN by class and period, and the
// late-fee table. Tariffs change by ministerial decree every few quarters; they are data
// (resources/tariffs/*.json, compiled in as :/tariffs), never constants in code.
class TariffBook {
public:
    static constexpr const char* kDefaultDirectory = ":/tariffs";

    // Reads household.json, taxes.json and late_fees.json from `directory`.
    [[nodiscard]] static Result<TariffBook> load(const QString& directory = QString::fromLatin1(kDefaultDirectory));

    // "R-1/TR" -> "R1", "r1m" -> "R1M", "R-3" -> "R3". Unknown text is returned upper-cased.
    [[nodiscard]] static QString normalizeClassCode(const QString& text);

    // The class and rate span for a customer's class, power and bill period, or why none fits.
    [[nodiscard]] Result<ResolvedTariff> find(const QString& classCode, int powerVa, const BillingPeriod& period) const;
    // PPN in basis points for a class in a bill period (0 when the class pays none).
    [[nodiscard]] int ppnBasisPoints(const QString& classCode, const BillingPeriod& period) const;
    [[nodiscard]] const LateFeeTable& lateFees() const { return m_lateFees; }
    [[nodiscard]] const QList<TariffClass>& classes() const { return m_classes; }

    struct PpnRule {
        QString classCode;
        BillingPeriod from;
        std::optional<BillingPeriod> to;
        int basisPoints = 0;
    };

private:
    QList<TariffClass> m_classes;
    QList<PpnRule> m_ppn;
    LateFeeTable m_lateFees;
};

} // namespace csodesk
