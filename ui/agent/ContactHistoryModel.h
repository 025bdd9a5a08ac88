#pragma once

#include "customers/CustomerLookup.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace csodesk {
class ApktCatalogue;
}

namespace csodesk::ui {

// The customer's previous tickets as the look-up found them (CustomerLookup::tickets), newest
// first. Those that make this call a repeat contact (core/calls/ContactHistory) are flagged.
class ContactHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, FiledAt, Kind, SubIssueType, Status, Repeat, ColumnCount };
    static constexpr int TicketNumberRole = Qt::UserRole + 1;
    static constexpr int RepeatRole = Qt::UserRole + 2;

    // "Terbuka", "Selesai", ... for a ticketStatusCode; the code itself when unknown.
    [[nodiscard]] static QString statusLabel(const QString& statusCode);

    ContactHistoryModel(const ApktCatalogue& catalogue, QObject* parent = nullptr);

    void setTickets(const QList<CustomerTicketRef>& tickets, const QDateTime& nowUtc);
    void clear() { setTickets({}, m_now); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ApktCatalogue& m_catalogue;
    QList<CustomerTicketRef> m_tickets;
    QDateTime m_now;
};

} // namespace csodesk::ui
