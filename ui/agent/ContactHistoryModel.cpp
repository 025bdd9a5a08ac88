#include "ContactHistoryModel.h"

#include "apkt/ApktCatalogue.h"
#include "common/Format.h"
#include "tickets/TicketService.h"

#include <QBrush>
#include <QColor>

namespace csodesk::ui {

ContactHistoryModel::ContactHistoryModel(const ApktCatalogue& catalogue, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalogue(catalogue)
{
}

void ContactHistoryModel::setTickets(const QList<Ticket>& tickets, const QDateTime& nowUtc)
{
    beginResetModel();
    m_tickets = tickets;
    m_now = nowUtc;
    endResetModel();
}

bool ContactHistoryModel::isRepeat(const Ticket& ticket) const
{
    if (ticket.status == TicketStatus::Open)
        return true;
    return m_now.isValid() && ticket.filedAt.isValid()
           && ticket.filedAt.addDays(TicketService::kRepeatWindowDays) > m_now;
}

QString ContactHistoryModel::newestRepeatTicket() const
{
    for (const Ticket& ticket : m_tickets) {
        if (isRepeat(ticket))
            return ticket.number;
    }
    return {};
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
    const Ticket& ticket = m_tickets.at(index.row());
    const bool repeat = isRepeat(ticket);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number: return ticket.number;
        case FiledAt: return formatWibDateTime(ticket.filedAt);
        case Kind: return ticket.content.kind == TicketKind::Keluhan ? tr("Keluhan") : tr("Issue closed");
        case SubIssueType: return m_catalogue.subIssueTypeName(ticket.content.subIssueTypeId);
        case Status:
            switch (ticket.status) {
            case TicketStatus::Closed: return tr("Selesai");
            case TicketStatus::Open: return tr("Terbuka");
            case TicketStatus::DoneByUnit: return tr("Diselesaikan unit");
            case TicketStatus::Cancelled: return tr("Dibatalkan");
            }
            return {};
        case Repeat: return repeat ? tr("Kontak berulang") : QString();
        default: return {};
        }
    case Qt::ForegroundRole:
        if (repeat && (index.column() == Repeat || index.column() == Number))
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        return {};
    case Qt::ToolTipRole:
        return ticket.content.description;
    case TicketNumberRole: return ticket.number;
    case RepeatRole: return repeat;
    default: return {};
    }
}

QVariant ContactHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Nomor tiket");
    case FiledAt: return tr("Dibuat");
    case Kind: return tr("Jenis");
    case SubIssueType: return tr("Sub-jenis");
    case Status: return tr("Status");
    case Repeat: return tr("Berulang");
    default: return {};
    }
}

} // namespace csodesk::ui
