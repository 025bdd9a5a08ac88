#include "ContactHistoryModel.h"

#include "apkt/ApktCatalogue.h"
#include "calls/ContactHistory.h"
#include "tickets/Ticket.h"
#include "toolkit/Format.h"

#include <QBrush>
#include <QColor>

namespace csodesk::ui {

ContactHistoryModel::ContactHistoryModel(const ApktCatalogue& catalogue, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalogue(catalogue)
{
}

void ContactHistoryModel::setTickets(const QList<CustomerTicketRef>& tickets, const QDateTime& nowUtc)
{
    beginResetModel();
    m_tickets = tickets;
    m_now = nowUtc;
    endResetModel();
}

QString ContactHistoryModel::statusLabel(const QString& statusCode)
{
    if (statusCode == ticketStatusCode(TicketStatus::Closed))
        return tr("Selesai");
    if (statusCode == ticketStatusCode(TicketStatus::Open))
        return tr("Terbuka");
    if (statusCode == ticketStatusCode(TicketStatus::DoneByUnit))
        return tr("Diselesaikan unit");
    if (statusCode == ticketStatusCode(TicketStatus::Cancelled))
        return tr("Dibatalkan");
    return statusCode;
}

int ContactHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int ContactHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerTicketRef& ticket = m_tickets.at(index.row());
    const bool repeat = isRepeatContact(ticket, m_now);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number:
            return ticket.ticketNumber;
        case FiledAt:
            return formatWibDateTime(ticket.createdAt);
        case Kind:
            return ticket.kind == ticketKindCode(TicketKind::Keluhan) ? tr("Keluhan") : tr("Issue closed");
        case SubIssueType:
            return m_catalogue.subIssueTypeName(ticket.subIssueTypeId);
        case Status:
            return statusLabel(ticket.status);
        case Repeat:
            return repeat ? tr("Kontak berulang") : QString();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (repeat && (index.column() == Repeat || index.column() == Number))
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        return {};
    case Qt::ToolTipRole:
        return ticket.summary;
    case TicketNumberRole:
        return ticket.ticketNumber;
    case RepeatRole:
        return repeat;
    default:
        return {};
    }
}

QVariant ContactHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Nomor tiket");
    case FiledAt:
        return tr("Dibuat");
    case Kind:
        return tr("Jenis");
    case SubIssueType:
        return tr("Sub-jenis");
    case Status:
        return tr("Status");
    case Repeat:
        return tr("Berulang");
    default:
        return {};
    }
}

} // namespace csodesk::ui
