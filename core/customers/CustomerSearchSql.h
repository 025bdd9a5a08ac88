#pragma once

#include "CustomerHit.h"
#include "common/Result.h"

#include <QSqlDatabase>

namespace csodesk {

// The search's SQL for both dialects (sqlite/007 and postgresql/007_customer_search.sql).
class CustomerSearchSql {
public:
    explicit CustomerSearchSql(const QSqlDatabase& db)
        : m_db(db)
    {
    }

    // On PostgreSQL csodesk_search_customers writes the access-log rows itself, in the
    // caller's transaction; on SQLite the caller does (CustomerSearchService).
    [[nodiscard]] bool recordsAccessItself() const;

    // Up to `limit` customers matching a Phone or Words query, best first: for words, those
    // whose name holds more of the words, then by name; for a phone, the exact number first.
    // `actor` and `nowMs` are what the access log is told (the database ignores them for
    // anyone but the schema owner).
    [[nodiscard]] Result<QList<CustomerHit>> find(
        const CustomerSearchQuery& query, int limit, const QString& actor, qint64 nowMs) const;

private:
    [[nodiscard]] Result<QList<CustomerHit>> findInSqlite(const CustomerSearchQuery& query, int limit) const;
    [[nodiscard]] Result<QList<CustomerHit>> findInPostgres(
        const CustomerSearchQuery& query, int limit, const QString& actor, qint64 nowMs) const;

    QSqlDatabase m_db;
};

} // namespace csodesk
