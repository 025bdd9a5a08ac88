#pragma once

#include "BillingPeriod.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace csodesk {

// One postpaid monthly bill as stored (table bills). Stands and usage in Wh.
struct Bill {
    qint64 id = 0;
    QString idpel;
    BillingPeriod period;
    qint64 standStartWh = 0;
    qint64 standEndWh = 0;
    int meterFactor = 1;
    qint64 usageWh = 0; // includes any correction carried
    bool estimated = false; // billed on the 3-month average
    QList<BillingPeriod> estimatedFrom; // the three bills the average came from
    qint64 correctionWh = 0; // carried from earlier estimates (+ = under-billed before)
    Sen tariffRateSen = 0; // flat rate used; 0 for block tariffs
    Rupiah energyCharge = 0;
    Rupiah fixedCharge = 0;
    Rupiah ppj = 0;
    Rupiah ppn = 0;
    Rupiah lateFee = 0; // charged because it was (or is) paid after the due date
    Rupiah total = 0; // energy + fixed + PPJ + PPN (late fee not included)
    QDate dueDate;
    std::optional<QDateTime> paidAt; // UTC; none = unpaid
    QString paymentChannel;

    [[nodiscard]] bool isPaid() const { return paidAt.has_value(); }
};

// "2024-01,2024-02,2024-03" <-> periods (the column estimated_from).
[[nodiscard]] QString joinPeriods(const QList<BillingPeriod>& periods);
[[nodiscard]] QList<BillingPeriod> splitPeriods(const QString& text);

} // namespace csodesk
