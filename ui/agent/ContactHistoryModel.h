#pragma once

#include "tickets/Ticket.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace csodesk {
class ApktCatalogue;
}

namespace csodesk::ui {

// The customer's previous tickets, newest first. A ticket filed within the repeat window
// (TicketService::kRepeatWindowDays) or a KELUHAN still open makes this call a repeat contact:
// such rows are flagged, and the agent may link the new ticket to them.
class ContactHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, FiledAt, Kind, SubIssueType, Status, Repeat, ColumnCount };
    static constexpr int TicketNumberRole = Qt::UserRole + 1;
    static constexpr int RepeatRole = Qt::UserRole + 2;

    ContactHistoryModel(const ApktCatalogue& catalogue, QObject* parent = nullptr);

    void setTickets(const QList<Ticket>& tickets, const QDateTime& nowUtc);
    void clear() { setTickets({}, m_now); }
    // The newest ticket that makes this a repeat contact; empty when none.
    [[nodiscard]] QString newestRepeatTicket() const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] bool isRepeat(const Ticket& ticket) const;

    const ApktCatalogue& m_catalogue;
    QList<Ticket> m_tickets;
    QDateTime m_now;
};

} // namespace csodesk::ui
