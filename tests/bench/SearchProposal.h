#pragma once

#include "RawSqlite.h"
#include "SearchCases.h"

#include <QString>

#include <string>
#include <vector>

namespace csodesk::bench {

// Two ways the SQLite name search could choose its rows without reading every match
// (docs/performance.md, "Customer search"), measured beside CustomerSearchSql's own statement
// with the same reads and no access log. Words searches only; phones are fast already.
class ProposedSqliteSearch {
public:
    enum class Strategy {
        // bm25 and the LIMIT inside FTS5 (ties by IDPEL), then the customers of the 21 joined.
        RankedInFts,
        // Customers with every word in the name first, then any other match, each in FTS5's own
        // rowid (IDPEL) order, so that the work is bounded by the rows read, not the matches.
        NameFirst,
    };

    ProposedSqliteSearch(const QString& path, Strategy strategy, int limit);

    // Customers read (up to `limit`), every column materialised as the service does.
    int search(const SearchCase& one);

private:
    void collect(const std::string& match, std::vector<qint64>& rowids);
    int readCustomers(const std::vector<qint64>& rowids);

    RawSqlite m_db;
    Strategy m_strategy;
    int m_limit;
    RawStatement m_ranked, m_rowids, m_customer;
    std::size_t m_bytes = 0;
};

} // namespace csodesk::bench
