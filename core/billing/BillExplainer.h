#pragma once

#include "Bill.h"
#include "BillCalculator.h"
#include "UsageJump.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace csodesk {

struct BillExplanationInput {
    QString idpel;
    QString tariffClass;
    int powerVa = 0;
    Bill bill;
    QList<Bill> history; // the customer's bills (any order); used for the average and what followed
    QDate today; // WIB date, for "already overdue"
    QStringList rejectedReadings; // reports for this bill that were refused, each with its reason
};

struct BillExplanation {
    QString text; // Indonesian, one point per line, to read to the customer
    bool unusualJump = false;
    int jumpPercent = 0; // usage above the 3 previous months' average, in %
};

// The answer to "why is my bill so high?": how the bill was computed (read or estimated, from
// which months), what correction it carried or will carry, the late fee, and whether the usage
// is unusual compared with the previous three months.
class BillExplainer {
public:
    // A jump of at least this many percent above the 3-month average is flagged.
    static constexpr int kUnusualJumpPercent = csodesk::kUnusualJumpPercent;

    explicit BillExplainer(const BillCalculator& calculator)
        : m_calculator(calculator)
    {
    }

    [[nodiscard]] BillExplanation explain(const BillExplanationInput& input) const;

private:
    const BillCalculator& m_calculator;
};

} // namespace csodesk
