#pragma once

#include "common/Result.h"
#include "tickets/TicketFigures.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <utility>
#include <vector>

namespace csodesk {

// Folds the tickets around a period, read once in filing order, into the figures that need every
// ticket: totals, handle times, counts per WIB day and kind, per sub-issue, unit and agent, and
// repeat contacts. One ordered index range read replaces seven GROUP BY, sort and window passes
// over the same rows, which took the month's figures past 500 ms at a million tickets
// (docs/performance.md). Definitions are those of docs/tickets.md.
class FiguresTally {
public:
    struct Row {
        qint64 filedAtMs = 0;
        QString kind; // stored code
        qint64 handleTimeMs = 0;
        QString subIssueTypeId;
        QString unitCode;
        QString unitName;
        QString agentName;
        QString customerIdpel;
    };

    // Repeat contacts look back this far, so rows are read from this long before the period;
    // and a contact is resolved at first contact only when no call-back about it follows within
    // the same window, so rows are read that long after it too.
    static constexpr qint64 kRepeatWindowMs = 7LL * 24 * 3600 * 1000;

    FiguresTally(qint64 fromMs, qint64 toMs)
        : m_fromMs(fromMs)
        , m_toMs(toMs)
    {
    }

    // Rows must come in (filed_at_ms, id) order, from fromMs - kRepeatWindowMs up to
    // toMs + kRepeatWindowMs (or now, whichever is earlier).
    void add(const Row& row);
    // Fills total, byDayAndKind, bySubIssueType, byUnit, byAgent, firstContactResolution,
    // averageHandleTimeMs, p90HandleTimeMs and repeatContacts; fails on an unknown kind code.
    [[nodiscard]] Status finishInto(TicketFigures& figures);

private:
    struct Group {
        QString label;
        qint64 count = 0;
    };
    static void count(QHash<QString, Group>& groups, const QString& key, const QString& label);
    [[nodiscard]] static QList<KeyCount> mostFrequentFirst(const QHash<QString, Group>& groups);

    qint64 m_fromMs;
    qint64 m_toMs;
    qint64 m_total = 0;
    qint64 m_resolvedAtFirstContact = 0; // Issue Closed in the period with no call-back (yet)
    qint64 m_handleTimeSumMs = 0;
    qint64 m_repeats = 0;
    std::vector<qint64> m_handleTimes;
    QMap<std::pair<qint64, QString>, qint64> m_byDayAndKind; // (days since epoch in WIB, kind)
    QHash<QString, Group> m_bySubIssue;
    QHash<QString, Group> m_byUnit;
    QHash<QString, Group> m_byAgent;
    struct Last {
        qint64 filedAtMs = 0;
        bool resolvedAtFirstContact = false; // counted as such until a call-back comes
    };
    QHash<QString, Last> m_lastByCustomerAndSubIssue;
};

} // namespace csodesk
