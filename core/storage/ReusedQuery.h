#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace csodesk {

namespace statement_cache {
struct Slot;

// Called by Database only: statements are kept for connections it opened, and must be dropped
// before the connection is removed (a QSqlQuery outliving its connection is invalid).
void attach(const QString& connectionName);
void detach(const QString& connectionName);
} // namespace statement_cache

// A statement prepared once per connection and executed again on every call: for hot paths that
// run the same few statements many times (the look-up runs nine per customer). Qt's QSqlQuery
// has no statement cache of its own, and parsing SQL was a sixth of a look-up's time.
//
// While a ReusedQuery is alive it owns its statement; a nested call with the same SQL gets a
// fresh, uncached statement rather than clobbering the outer rows. When it goes out of scope the
// statement is reset, so a SQLite connection never keeps an old read snapshot between calls.
class ReusedQuery {
public:
    ReusedQuery(ReusedQuery&& other) noexcept;
    ReusedQuery& operator=(ReusedQuery&&) = delete;
    ReusedQuery(const ReusedQuery&) = delete;
    ReusedQuery& operator=(const ReusedQuery&) = delete;
    ~ReusedQuery();

    bool next() { return query().next(); }
    [[nodiscard]] QVariant value(int column) const { return query().value(column); }
    [[nodiscard]] QSqlQuery& query();
    [[nodiscard]] const QSqlQuery& query() const;

private:
    friend Result<ReusedQuery> execReused(const QSqlDatabase& db, const QString& sql, const QVariantList& values);
    explicit ReusedQuery(std::shared_ptr<statement_cache::Slot> slot);
    explicit ReusedQuery(QSqlQuery uncached);

    std::shared_ptr<statement_cache::Slot> m_slot;
    std::unique_ptr<QSqlQuery> m_uncached;
};

// Like execQuery, on the connection's kept statement for `sql` (prepared on first use).
// Connections not opened by Database (tests' admin connections) get a plain statement.
[[nodiscard]] Result<ReusedQuery> execReused(const QSqlDatabase& db, const QString& sql, const QVariantList& values);

} // namespace csodesk
