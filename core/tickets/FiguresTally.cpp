#include "FiguresTally.h"

#include "common/TimeUtil.h"

#include <algorithm>

namespace csodesk {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

void FiguresTally::count(QHash<QString, Group>& groups, const QString& key, const QString& label)
{
    Group& group = groups[key];
    ++group.count;
    // The label shown for a key is its greatest, as MAX(label) would give.
    if (group.count == 1 || QString::compare(label, group.label) > 0)
        group.label = label;
}

void FiguresTally::add(const Row& row)
{
    if (row.filedAtMs >= m_toMs + kRepeatWindowMs)
        return;
    // A ticket repeats when the latest earlier ticket of the same customer and sub-issue (by
    // filing time, then id: the order rows come in) is at most the window older; that earlier
    // ticket was then not resolved at first contact.
    static const QString issueClosed = ticketKindCode(TicketKind::IssueClosed);
    const QString customerKey = row.customerIdpel + QChar(0x1f) + row.subIssueTypeId;
    const bool seen = m_lastByCustomerAndSubIssue.contains(customerKey);
    Last& last = m_lastByCustomerAndSubIssue[customerKey];
    const bool repeat = seen && last.filedAtMs >= row.filedAtMs - kRepeatWindowMs;
    if (repeat && last.resolvedAtFirstContact)
        --m_resolvedAtFirstContact; // the customer called back about it
    const bool inPeriod = row.filedAtMs >= m_fromMs && row.filedAtMs < m_toMs;
    const bool resolved = inPeriod && row.kind == issueClosed;
    last = { row.filedAtMs, resolved };
    if (!inPeriod)
        return; // only looked back or ahead at

    ++m_total;
    if (repeat)
        ++m_repeats;
    if (resolved)
        ++m_resolvedAtFirstContact;
    m_handleTimeSumMs += row.handleTimeMs;
    m_handleTimes.push_back(row.handleTimeMs);
    ++m_byDayAndKind[{ (row.filedAtMs + kWibOffsetMs) / kDayMs, row.kind }];
    count(m_bySubIssue, row.subIssueTypeId, row.subIssueTypeId);
    count(m_byUnit, row.unitCode, row.unitName);
    count(m_byAgent, row.agentName, row.agentName);
}

QList<KeyCount> FiguresTally::mostFrequentFirst(const QHash<QString, Group>& groups)
{
    QList<KeyCount> counts;
    counts.reserve(groups.size());
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        counts.append({ it.key(), it->label, it->count });
    std::sort(counts.begin(), counts.end(), [](const KeyCount& a, const KeyCount& b) {
        return a.count != b.count ? a.count > b.count : QString::compare(a.key, b.key) < 0;
    });
    return counts;
}

Status FiguresTally::finishInto(TicketFigures& figures)
{
    figures.total = m_total;
    figures.firstContactResolution = { m_resolvedAtFirstContact, m_total };
    figures.averageHandleTimeMs = m_total == 0 ? 0 : m_handleTimeSumMs / m_total;
    figures.p90HandleTimeMs = 0;
    if (m_total > 0) {
        // Nearest rank: the smallest value with at least 90 % of the tickets at or below it.
        const auto rank = static_cast<std::size_t>((9 * m_total + 9) / 10);
        const auto nth = m_handleTimes.begin() + static_cast<std::ptrdiff_t>(rank - 1);
        std::nth_element(m_handleTimes.begin(), nth, m_handleTimes.end());
        figures.p90HandleTimeMs = *nth;
    }
    figures.byDayAndKind.clear();
    for (auto it = m_byDayAndKind.cbegin(); it != m_byDayAndKind.cend(); ++it) {
        auto kind = ticketKindFromCode(it.key().second);
        if (!kind.ok())
            return kind.error();
        figures.byDayAndKind.append({ QDate(1970, 1, 1).addDays(it.key().first), kind.value(), it.value() });
    }
    figures.bySubIssueType = mostFrequentFirst(m_bySubIssue);
    figures.byUnit = mostFrequentFirst(m_byUnit);
    figures.byAgent = mostFrequentFirst(m_byAgent);
    figures.repeatContacts = { m_repeats, m_total };
    return {};
}

} // namespace csodesk
