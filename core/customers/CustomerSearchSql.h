#pragma once

#include "CustomerHit.h"
#include "common/Result.h"

#include <QSqlDatabase>

namespace csodesk {

// What one search read: the rows to show, and whether more matched.
struct SearchRows {
    QList<CustomerHit> hits;
    bool more = false;
};

// The search's SQL for both dialects (sqlite/007 and postgresql/007_customer_search.sql).
//
// Which rows, when more match than are shown: first customers with every word in their name,
// then those with some in the address, each group in the index's own order (IDPEL). Sorting
// every match by a rank before the LIMIT read them all: 14,659 for a given name alone at 1M
// customers, 140 ms at p99 against 3 ms (docs/performance.md, "Customer search"). The service
// orders the shown rows for reading.
class CustomerSearchSql {
public:
    explicit CustomerSearchSql(const QSqlDatabase& db)
        : m_db(db)
    {
    }

    // On PostgreSQL csodesk_search_customers writes the access-log rows itself, in the
    // caller's transaction, for exactly the rows it returns; on SQLite the caller does
    // (CustomerSearchService).
    [[nodiscard]] bool recordsAccessItself() const;

    // Up to `shown` customers matching a Phone or Words query; for a phone, the exact number
    // first. `actor` and `nowMs` are what the access log is told (the database ignores them
    // for anyone but the schema owner).
    [[nodiscard]] Result<SearchRows> find(
        const CustomerSearchQuery& query, int shown, const QString& actor, qint64 nowMs) const;

private:
    [[nodiscard]] Result<SearchRows> findInSqlite(const CustomerSearchQuery& query, int shown) const;
    [[nodiscard]] Result<SearchRows> findInPostgres(
        const CustomerSearchQuery& query, int shown, const QString& actor, qint64 nowMs) const;

    QSqlDatabase m_db;
};

} // namespace csodesk
