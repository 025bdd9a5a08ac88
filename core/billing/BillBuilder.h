#pragma once

#include "Bill.h"
#include "BillCalculator.h"
#include "UsageEstimator.h"
#include "common/Result.h"

#include <QString>

#include <optional>

namespace csodesk {

// What is known about a postpaid customer when a month's bill is made.
struct BillContext {
    QString idpel;
    QString tariffClass;
    int powerVa = 0;
    int ppjBasisPoints = 0;
    int meterFactor = 1;
    qint64 initialStandWh = 0; // stand awal of the very first bill
};

struct BuiltBill {
    Bill bill;
    QString rejectedReadingReason; // set when a reported stand was refused and the month estimated
};

// Makes one month's bill the way the rules say: the reported stand when it is acceptable,
// otherwise the 3-month average; then the amounts from the tariff in force. The bill is
// unpaid; the caller records payment.
class BillBuilder {
public:
    explicit BillBuilder(const BillCalculator& calculator)
        : m_calculator(calculator)
    {
    }

    // `previous` is the customer's earlier bills, oldest first.
    [[nodiscard]] Result<BuiltBill> build(const BillContext& context, const BillingPeriod& period,
        const QList<Bill>& previous, std::optional<qint64> reportedStandWh) const;

private:
    const BillCalculator& m_calculator;
};

} // namespace csodesk
