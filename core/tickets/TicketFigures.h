#pragma once

#include "tickets/TicketDraft.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <array>

namespace csodesk {

struct DayKindCount {
    QDate day; // WIB calendar day of filing
    TicketKind kind = TicketKind::IssueClosed;
    qint64 count = 0;
};

struct KeyCount {
    QString key; // sub-issue type id, unit code or agent name
    QString label; // unit name for units; the key otherwise
    qint64 count = 0;
};

// A share as two counts, so nobody has to guess what a percentage was computed from.
struct Ratio {
    qint64 numerator = 0;
    qint64 denominator = 0;
    // Percentage with one decimal, rounded half up, in tenths (e.g. 667 = 66.7 %); 0 when empty.
    [[nodiscard]] qint64 permille() const
    {
        return denominator == 0 ? 0 : (numerator * 2000 + denominator) / (2 * denominator);
    }
};

// The supervisors' figures for the tickets filed in [from, to). Definitions: docs/tickets.md.
struct TicketFigures {
    QDateTime from; // UTC
    QDateTime to; // UTC, exclusive
    QDateTime asOf; // "now" for open/overdue/age, UTC

    qint64 total = 0;
    QList<DayKindCount> byDayAndKind;
    QList<KeyCount> bySubIssueType; // most frequent first
    QList<KeyCount> byUnit;
    QList<KeyCount> byAgent;

    // Issue Closed contacts the same customer did not call back about (same sub-issue type)
    // within 7 days, over all contacts (docs/tickets.md).
    Ratio firstContactResolution;
    qint64 averageHandleTimeMs = 0; // integer mean, rounded down
    qint64 p90HandleTimeMs = 0; // nearest-rank 90th percentile
    Ratio repeatContacts; // tickets with an earlier one (same customer, sub-issue) within 7 days / all
    Ratio slaCompliance; // KELUHAN done by the unit in time / KELUHAN decided (done, or open past due)

    // Open KELUHAN by age at asOf: [0, 1 d), [1 d, 3 d), [3 d, 7 d), [7 d, ...).
    std::array<qint64, 4> openKeluhanByAge {};
};

} // namespace csodesk
