#include "ReusedQuery.h"

#include "SqlQuery.h"

#include <QHash>
#include <QMutex>

namespace csodesk {

namespace statement_cache {

struct Slot {
    QSqlQuery query;
    bool inUse = false;
};

namespace {

// A bound on distinct statements per connection. The look-up's texts are fixed and the ticket
// log's filters combine into a handful; the bound keeps a caller that builds many more from
// growing the cache without end (past it, statements simply run uncached).
constexpr int kMaxStatementsPerConnection = 64;

using Statements = QHash<QString, std::shared_ptr<Slot>>;

// Keyed by connection name. A connection is used by one thread only, so the slots need no lock;
// the map itself is shared because connections are attached and detached from any thread.
struct Registry {
    QMutex mutex;
    QHash<QString, Statements> connections;
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void attach(const QString& connectionName)
{
    QMutexLocker lock(&registry().mutex);
    registry().connections.insert(connectionName, Statements());
}

void detach(const QString& connectionName)
{
    Statements dropped;
    {
        QMutexLocker lock(&registry().mutex);
        dropped = registry().connections.take(connectionName);
    }
    // Statements are finalised here, before the caller removes the connection.
    dropped.clear();
}

namespace {

// The connection's slot for `sql`, prepared if new; null when the connection is not cached or
// the slot is busy (nested use) or the cache is full.
Result<std::shared_ptr<Slot>> slotFor(const QSqlDatabase& db, const QString& sql)
{
    std::shared_ptr<Slot> slot;
    {
        QMutexLocker lock(&registry().mutex);
        auto& connections = registry().connections;
        if (!connections.contains(db.connectionName()))
            return std::shared_ptr<Slot>();
        const Statements& statements = connections[db.connectionName()];
        slot = statements.value(sql);
        if (!slot && statements.size() >= kMaxStatementsPerConnection)
            return std::shared_ptr<Slot>();
    }
    if (slot)
        return slot->inUse ? std::shared_ptr<Slot>() : slot;

    auto prepared = prepareQuery(db, sql);
    if (!prepared.ok())
        return prepared.error();
    slot = std::make_shared<Slot>(Slot { std::move(prepared).value(), false });
    QMutexLocker lock(&registry().mutex);
    auto& connections = registry().connections;
    if (connections.contains(db.connectionName()))
        connections[db.connectionName()].insert(sql, slot);
    return slot;
}

} // namespace

} // namespace statement_cache

ReusedQuery::ReusedQuery(std::shared_ptr<statement_cache::Slot> slot)
    : m_slot(std::move(slot))
{
    m_slot->inUse = true;
}

ReusedQuery::ReusedQuery(QSqlQuery uncached)
    : m_uncached(std::make_unique<QSqlQuery>(std::move(uncached)))
{
}

ReusedQuery::ReusedQuery(ReusedQuery&& other) noexcept
    : m_slot(std::move(other.m_slot))
    , m_uncached(std::move(other.m_uncached))
{
}

ReusedQuery::~ReusedQuery()
{
    if (m_slot) {
        // Resets the SQLite statement: an unfinished SELECT would otherwise hold its snapshot.
        m_slot->query.finish();
        m_slot->inUse = false;
    }
}

QSqlQuery& ReusedQuery::query()
{
    return m_slot ? m_slot->query : *m_uncached;
}

const QSqlQuery& ReusedQuery::query() const
{
    return m_slot ? m_slot->query : *m_uncached;
}

Result<ReusedQuery> execReused(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto slot = statement_cache::slotFor(db, sql);
    if (!slot.ok())
        return slot.error();
    if (!slot.value()) {
        auto fresh = execQuery(db, sql, values);
        if (!fresh.ok())
            return fresh.error();
        return ReusedQuery(std::move(fresh).value());
    }
    ReusedQuery reused(std::move(slot).value());
    if (auto done = bindAndExec(reused.query(), values); !done.ok())
        return done.error();
    return Result<ReusedQuery>(std::move(reused));
}

} // namespace csodesk
