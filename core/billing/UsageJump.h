#pragma once

#include "billing/Bill.h"

#include <QList>

#include <optional>

namespace csodesk {

// How a bill's usage compares with the three bills before it: the rule behind "unusual jump"
// in the bill explanation and the flag in the agent's bill table.
struct UsageJump {
    qint64 previousSumWh = 0; // the three previous bills' usage; their average is a third of it
    int percent = 0; // usage above that average in whole percent (negative = below)
    bool unusual = false; // percent >= kUnusualJumpPercent
};

inline constexpr int kUnusualJumpPercent = 20;

// nullopt when fewer than three earlier bills are in `history` (any order) or they used nothing.
[[nodiscard]] std::optional<UsageJump> usageJump(const Bill& bill, const QList<Bill>& history);

} // namespace csodesk
