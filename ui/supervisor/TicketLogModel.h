#pragma once

#include "auth/Actor.h"
#include "common/Result.h"
#include "tickets/Ticket.h"
#include "tickets/TicketFilter.h"
#include "tickets/TicketQueryService.h"

#include <QAbstractTableModel>
#include <QList>

namespace csodesk {
class ApktCatalogue;
class Clock;
} // namespace csodesk

namespace csodesk::ui {

class BackgroundRunner;

// The ticket log as a table that fetches its rows a page at a time, as the view scrolls
// (canFetchMore/fetchMore), with core's keyset paging: the millionth row costs what the first
// does and memory holds only the pages seen. Queries run on the runner; a new filter or sort
// starts a new "generation" so late pages of the old one are dropped.
//
// Only the orders core can page by are offered: filing time (both ways) and handle time
// (longest first); sort() on another column does nothing.
class TicketLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        FiledColumn,
        AgentColumn,
        KindColumn,
        IssueTypeColumn,
        SubIssueTypeColumn,
        IdpelColumn,
        CustomerColumn,
        UnitColumn,
        HandleTimeColumn,
        StatusColumn,
        SlaDueColumn,
        FlagColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    // The ticket number of a row, for opening its detail.
    static constexpr int NumberRole = Qt::UserRole + 1;

    TicketLogModel(const Actor& actor, TicketQueryService& queries, const ApktCatalogue& catalogue, const Clock& clock,
        BackgroundRunner& runner, QObject* parent = nullptr);

    // Starts over with `filter` (and the current sort): clears the rows, fetches the first
    // page and the total count.
    void setFilter(const TicketFilter& filter);
    [[nodiscard]] const TicketFilter& filter() const { return m_filter; }
    [[nodiscard]] TicketSort ticketSort() const { return m_sort; }
    [[nodiscard]] static bool isSortable(int column);

    [[nodiscard]] const Ticket* ticketAt(int row) const;
    // -1 while the count is being computed.
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] bool isLoading() const { return m_fetching; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void loadingChanged(bool loading);
    void loadFailed(const csodesk::Error& error);

private:
    void restart();
    void onPage(int generation, const Result<TicketPage>& page);
    [[nodiscard]] QString displayText(const Ticket& ticket, int column) const;

    Actor m_actor;
    TicketQueryService& m_queries;
    const ApktCatalogue& m_catalogue;
    const Clock& m_clock;
    BackgroundRunner& m_runner;
    TicketFilter m_filter;
    TicketSort m_sort = TicketSort::FiledNewestFirst;
    QList<Ticket> m_tickets;
    QString m_cursor;
    bool m_exhausted = true; // nothing asked yet
    bool m_fetching = false;
    int m_generation = 0;
    qint64 m_total = -1;
};

} // namespace csodesk::ui
