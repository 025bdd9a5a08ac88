#pragma once

#include "DashboardComparison.h"
#include "tickets/AgentWorkload.h"
#include "tickets/TicketFigures.h"
#include "tickets/TicketFilter.h"
#include "tickets/TicketPeriod.h"

#include <QDate>
#include <QList>

#include <array>
#include <optional>

namespace csodesk {

// A count now and in the period before, and how it changed.
struct CountChange {
    qint64 now = 0;
    qint64 before = 0;
    [[nodiscard]] qint64 delta() const { return now - before; }
    // |delta| / before in tenths of a percent, rounded half up; nullopt when before is 0.
    [[nodiscard]] std::optional<qint64> changePermille() const;
};

// A share (tenths of a percent) now and before; the change is in tenths of a point.
struct ShareChange {
    qint64 nowPermille = 0;
    qint64 beforePermille = 0;
    [[nodiscard]] qint64 deltaPermille() const { return nowPermille - beforePermille; }
};

// A mean duration now and before.
struct DurationChange {
    qint64 nowMs = 0;
    qint64 beforeMs = 0;
    [[nodiscard]] qint64 deltaSeconds() const { return (nowMs - beforeMs) / 1000; }
};

// One WIB day of the period: tickets filed by kind (every day is there, also the quiet ones).
struct DayTickets {
    QDate day;
    qint64 issueClosed = 0;
    qint64 keluhan = 0;
};

// The bars a dashboard draws, each with the log filter behind it.
enum class DashboardChart { PerDay, SubIssueTypes, Agents, OpenKeluhanByAge };

// Everything the supervisors' dashboard shows for one period, compared with the one before:
// the figures (TicketFigures, docs/tickets.md), the changes the cards show, the series of the
// charts, and for each bar the ticket-log filter a click on it opens.
struct Dashboard {
    static constexpr int kTopSubIssueTypes = 8;
    // Age band edges in days, as TicketFigures::openKeluhanByAge; -1 = no upper edge.
    static constexpr std::array<int, 5> kAgeEdges { 0, 1, 3, 7, -1 };

    TicketPeriod period;
    TicketPeriod previousPeriod; // what `previous` counts: DashboardComparison::of(period, now)
    ComparisonBasis comparisonBasis = ComparisonBasis::PreviousDays;
    QDateTime until; // a period still running: its figures reach this instant (now); else invalid
    TicketFigures current;
    TicketFigures previous;
    QList<AgentWorkload> agents; // busiest first
    qint64 overdue = 0; // KELUHAN of the period still open past the SLA now
    qint64 previousOverdue = 0;

    // The cards.
    [[nodiscard]] CountChange tickets() const { return { current.total, previous.total }; }
    [[nodiscard]] ShareChange firstContactResolution() const;
    [[nodiscard]] DurationChange averageHandleTime() const;
    [[nodiscard]] CountChange overdueKeluhan() const { return { overdue, previousOverdue }; }
    [[nodiscard]] ShareChange repeatContacts() const;

    // The period and what it is compared with, in words for the screen (DashboardComparison.h).
    [[nodiscard]] DashboardComparison comparison() const { return { previousPeriod, comparisonBasis, until }; }
    [[nodiscard]] QString periodText() const { return dashboard_text::period(period, until); }
    [[nodiscard]] QString comparisonText() const { return dashboard_text::comparison(comparison()); }

    // The charts' series.
    [[nodiscard]] QList<DayTickets> perDay() const;
    [[nodiscard]] QList<KeyCount> topSubIssueTypes() const; // most frequent first, at most kTopSubIssueTypes

    // The log filter behind bar `index` of `chart`: for PerDay `series` 0 is Issue Closed and 1
    // KELUHAN, the index is the day's; for SubIssueTypes the index in topSubIssueTypes(); for
    // Agents in agents; for OpenKeluhanByAge the band's. Empty when there is no such bar.
    [[nodiscard]] std::optional<TicketFilter> drillDown(DashboardChart chart, int series, int index) const;
};

} // namespace csodesk
