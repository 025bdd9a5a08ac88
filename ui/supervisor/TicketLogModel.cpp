#include "TicketLogModel.h"

#include "apkt/ApktCatalogue.h"
#include "common/Clock.h"
#include "documents/TicketDisplay.h"
#include "toolkit/BackgroundRunner.h"
#include "toolkit/Format.h"

#include <QBrush>
#include <QColor>

namespace csodesk::ui {

TicketLogModel::TicketLogModel(const Actor& actor, TicketQueryService& queries, const ApktCatalogue& catalogue,
    const Clock& clock, BackgroundRunner& runner, QObject* parent)
    : QAbstractTableModel(parent)
    , m_actor(actor)
    , m_queries(queries)
    , m_catalogue(catalogue)
    , m_clock(clock)
    , m_runner(runner)
{
}

void TicketLogModel::setFilter(const TicketFilter& filter)
{
    m_filter = filter;
    restart();
}

bool TicketLogModel::isSortable(int column)
{
    return column == FiledColumn || column == HandleTimeColumn;
}

void TicketLogModel::sort(int column, Qt::SortOrder order)
{
    TicketSort sort = m_sort;
    if (column == FiledColumn)
        sort = order == Qt::AscendingOrder ? TicketSort::FiledOldestFirst : TicketSort::FiledNewestFirst;
    else if (column == HandleTimeColumn)
        sort = TicketSort::HandleTimeLongestFirst; // the only handle-time order core pages by
    else
        return;
    if (sort == m_sort)
        return;
    m_sort = sort;
    restart();
}

void TicketLogModel::restart()
{
    ++m_generation;
    beginResetModel();
    m_tickets.clear();
    m_cursor.clear();
    m_exhausted = false;
    m_fetching = false;
    endResetModel();
    m_total = -1;
    Q_EMIT totalCountChanged(m_total);

    const int generation = m_generation;
    TicketQueryService* queries = &m_queries;
    const Actor actor = m_actor;
    const TicketFilter filter = m_filter;
    m_runner.run(
        this, tr("Menghitung tiket…"), [queries, actor, filter] { return queries->count(actor, filter); },
        [this, generation](const Result<qint64>& total) {
            if (generation != m_generation)
                return;
            if (!total.ok()) {
                Q_EMIT loadFailed(total.error());
                return;
            }
            m_total = total.value();
            Q_EMIT totalCountChanged(m_total);
        });
    fetchMore({});
}

bool TicketLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching;
}

void TicketLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT loadingChanged(true);
    const int generation = m_generation;
    TicketQueryService* queries = &m_queries;
    const Actor actor = m_actor;
    const TicketFilter filter = m_filter;
    TicketPageRequest request;
    request.sort = m_sort;
    request.cursor = m_cursor;
    request.limit = kPageSize;
    m_runner.run(
        this, tr("Memuat tiket…"), [queries, actor, filter, request] { return queries->list(actor, filter, request); },
        [this, generation](const Result<TicketPage>& page) { onPage(generation, page); });
}

void TicketLogModel::onPage(int generation, const Result<TicketPage>& page)
{
    if (generation != m_generation)
        return; // a page of a filter that is no longer shown
    m_fetching = false;
    Q_EMIT loadingChanged(false);
    if (!page.ok()) {
        m_exhausted = true; // no retry loop from the view's scrolling; a new filter starts over
        Q_EMIT loadFailed(page.error());
        return;
    }
    // The cursor moves before the rows arrive: a view asks for more from inside endInsertRows.
    m_cursor = page->nextCursor;
    m_exhausted = m_cursor.isEmpty();
    if (!page->tickets.isEmpty()) {
        const int first = int(m_tickets.size());
        beginInsertRows({}, first, first + int(page->tickets.size()) - 1);
        m_tickets.append(page->tickets);
        endInsertRows();
    }
}

const Ticket* TicketLogModel::ticketAt(int row) const
{
    if (row < 0 || row >= m_tickets.size())
        return nullptr;
    return &m_tickets.at(row);
}

int TicketLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketLogModel::displayText(const Ticket& ticket, int column) const
{
    switch (column) {
    case NumberColumn:
        return ticket.number;
    case FiledColumn:
        return formatWibDateTime(ticket.filedAt);
    case AgentColumn:
        return ticket.agentName;
    case KindColumn:
        return TicketDisplay::kind(ticket.content.kind);
    case IssueTypeColumn:
        return m_catalogue.issueTypeName(ticket.content.issueTypeId);
    case SubIssueTypeColumn:
        return m_catalogue.subIssueTypeName(ticket.content.subIssueTypeId);
    case IdpelColumn:
        return ticket.content.customerIdpel;
    case CustomerColumn:
        return TicketDisplay::customerName(ticket);
    case UnitColumn:
        return ticket.content.unitName;
    case HandleTimeColumn:
        return formatDuration(ticket.handleTimeMs / 1000);
    case StatusColumn:
        return TicketDisplay::isOverdue(ticket, m_clock.nowUtc()) ? tr("Terbuka, lewat SLA")
                                                                  : TicketDisplay::status(ticket.status);
    case SlaDueColumn:
        return formatWibDateTime(ticket.slaDueAt);
    case FlagColumn:
        return TicketDisplay::flag(ticket.latestFlag);
    default:
        return {};
    }
}

QVariant TicketLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.column() >= ColumnCount)
        return {};
    const Ticket* ticket = ticketAt(index.row());
    if (ticket == nullptr)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*ticket, index.column());
    case Qt::ToolTipRole:
        return index.column() == SubIssueTypeColumn || index.column() == CustomerColumn
            ? QVariant(displayText(*ticket, index.column()))
            : QVariant();
    case Qt::ForegroundRole:
        if ((index.column() == StatusColumn || index.column() == SlaDueColumn)
            && TicketDisplay::isOverdue(*ticket, m_clock.nowUtc()))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (index.column() == FlagColumn && ticket->latestFlag == reviewFlagCode(ReviewFlag::PerluKoreksi))
            return QBrush(QColor(0x9a, 0x5b, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == HandleTimeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NumberRole:
        return ticket->number;
    default:
        return {};
    }
}

QVariant TicketLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Nomor tiket");
    case FiledColumn:
        return tr("Dicatat");
    case AgentColumn:
        return tr("Agen");
    case KindColumn:
        return tr("Jenis");
    case IssueTypeColumn:
        return tr("Jenis keluhan");
    case SubIssueTypeColumn:
        return tr("Sub-jenis");
    case IdpelColumn:
        return tr("IDPEL");
    case CustomerColumn:
        return tr("Pelanggan");
    case UnitColumn:
        return tr("Unit");
    case HandleTimeColumn:
        return tr("Durasi");
    case StatusColumn:
        return tr("Status");
    case SlaDueColumn:
        return tr("Batas SLA");
    case FlagColumn:
        return tr("Penilaian");
    default:
        return {};
    }
}

} // namespace csodesk::ui
