#pragma once

#include "audit/AuditLog.h"
#include "auth/Actor.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace csodesk {
class AuditQuery;
}

namespace csodesk::ui {

class BackgroundRunner;

// The audit trail, newest first, fetched a page at a time as the view scrolls (keyset paging
// on the entry id, so scrolling far back costs what the first page does).
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, IdpelColumn, DetailColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    AuditLogModel(Actor actor, AuditQuery& audit, BackgroundRunner& runner, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    [[nodiscard]] const AuditFilter& filter() const { return m_filter; }
    [[nodiscard]] const AuditEntry* entryAt(int row) const;
    [[nodiscard]] static QString actionName(const QString& action);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadFailed(const csodesk::Error& error);

private:
    Actor m_actor;
    AuditQuery& m_audit;
    BackgroundRunner& m_runner;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    bool m_exhausted = true;
    bool m_fetching = false;
    int m_generation = 0;
};

} // namespace csodesk::ui
