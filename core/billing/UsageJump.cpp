#include "UsageJump.h"

#include <algorithm>

namespace csodesk {

std::optional<UsageJump> usageJump(const Bill& bill, const QList<Bill>& history)
{
    QList<const Bill*> before;
    for (const Bill& earlier : history) {
        if (earlier.period < bill.period)
            before.append(&earlier);
    }
    if (before.size() < 3)
        return std::nullopt;
    std::sort(before.begin(), before.end(), [](const Bill* a, const Bill* b) { return a->period < b->period; });
    UsageJump jump;
    for (qsizetype i = before.size() - 3; i < before.size(); ++i)
        jump.previousSumWh += before.at(i)->usageWh;
    if (jump.previousSumWh <= 0)
        return std::nullopt;
    // (usage - avg) / avg in whole percent, exact: avg = sum / 3.
    jump.percent = static_cast<int>(((bill.usageWh * 3 - jump.previousSumWh) * 100) / jump.previousSumWh);
    jump.unusual = jump.percent >= kUnusualJumpPercent;
    return jump;
}

} // namespace csodesk
