#include "AuditLogModel.h"

#include "audit/AuditDetailLabel.h"
#include "auth/AuditQuery.h"
#include "documents/AuditDisplay.h"
#include "toolkit/BackgroundRunner.h"
#include "toolkit/Format.h"

#include <utility>

namespace csodesk::ui {

AuditLogModel::AuditLogModel(Actor actor, AuditQuery& audit, BackgroundRunner& runner, QObject* parent)
    : QAbstractTableModel(parent)
    , m_actor(std::move(actor))
    , m_audit(audit)
    , m_runner(runner)
{
}

QString AuditLogModel::actionName(const QString& action)
{
    return auditActionName(action);
}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    ++m_generation;
    beginResetModel();
    m_filter = filter;
    m_filter.beforeId = 0;
    m_filter.limit = kPageSize;
    m_entries.clear();
    m_exhausted = false;
    m_fetching = false;
    endResetModel();
    fetchMore({});
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    AuditFilter page = m_filter;
    page.beforeId = m_entries.isEmpty() ? 0 : m_entries.last().id;
    AuditQuery* audit = &m_audit;
    const Actor actor = m_actor;
    const int generation = m_generation;
    m_runner.run(
        this, tr("Memuat jejak audit…"), [audit, actor, page] { return audit->query(actor, page); },
        [this, generation](const Result<QList<AuditEntry>>& entries) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (!entries.ok()) {
                m_exhausted = true;
                Q_EMIT loadFailed(entries.error());
                return;
            }
            // Decided before the rows arrive: a view asks for more from inside endInsertRows.
            m_exhausted = entries->size() < kPageSize;
            if (!entries->isEmpty()) {
                const int first = int(m_entries.size());
                beginInsertRows({}, first, first + int(entries->size()) - 1);
                m_entries.append(entries.value());
                endInsertRows();
            }
        });
}

const AuditEntry* AuditLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    const AuditEntry* entry = index.isValid() && !index.parent().isValid() ? entryAt(index.row()) : nullptr;
    if (entry == nullptr || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case TimeColumn:
        return formatWibDateTime(entry->at);
    case ActorColumn:
        return entry->actor;
    case ActionColumn:
        return actionName(entry->action);
    case IdpelColumn:
        return entry->customerIdpel;
    case DetailColumn: {
        // Shown in the UI's language; the hover also shows the detail as stored, which is what
        // operators' scripts and reports search for.
        const QString label = auditDetailLabel(entry->action, entry->detail);
        if (role == Qt::ToolTipRole && label != entry->detail)
            return tr("%1\nTercatat sebagai: %2").arg(label, entry->detail);
        return label;
    }
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Waktu");
    case ActorColumn:
        return tr("Pengguna");
    case ActionColumn:
        return tr("Tindakan");
    case IdpelColumn:
        return tr("IDPEL");
    case DetailColumn:
        return tr("Keterangan");
    default:
        return {};
    }
}

} // namespace csodesk::ui
