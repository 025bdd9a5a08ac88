#include "SearchProposal.h"

#include <algorithm>

namespace csodesk::bench {

ProposedSqliteSearch::ProposedSqliteSearch(const QString& path, Strategy strategy, int limit)
    : m_db(path)
    , m_strategy(strategy)
    , m_limit(limit)
    , m_ranked(m_db.handle(),
          "SELECT c.idpel, c.meter_number, c.name, c.address, c.phone, c.ulp_code, c.tariff_class, c.power_va, "
          "c.payment_type FROM (SELECT rowid AS id, bm25(customer_search, 10.0, 1.0) AS score FROM customer_search "
          "WHERE customer_search MATCH ? ORDER BY score, rowid LIMIT ?) s "
          "JOIN customers c ON c.idpel = printf('%012d', s.id) ORDER BY s.score, c.name, c.idpel")
    , m_rowids(m_db.handle(), "SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT ?")
    , m_customer(m_db.handle(),
          "SELECT c.idpel, c.meter_number, c.name, c.address, c.phone, c.ulp_code, c.tariff_class, c.power_va, "
          "c.payment_type FROM customers c WHERE c.idpel = printf('%012d', ?)")
{
}

int ProposedSqliteSearch::search(const SearchCase& one)
{
    if (m_strategy == Strategy::RankedInFts) {
        m_ranked.bind(1, one.ftsMatch).bind(2, qint64(m_limit));
        int rows = 0;
        while (m_ranked.step()) {
            for (int column = 0; column < m_ranked.columns(); ++column)
                m_bytes += m_ranked.text(column).size();
            ++rows;
        }
        m_ranked.reset();
        return rows;
    }
    std::vector<qint64> rowids;
    collect("name : (" + one.ftsMatch + ")", rowids);
    if (static_cast<int>(rowids.size()) < m_limit)
        collect(one.ftsMatch, rowids);
    return readCustomers(rowids);
}

// Appends the rowids `match` finds that are not there yet, up to the limit.
void ProposedSqliteSearch::collect(const std::string& match, std::vector<qint64>& rowids)
{
    const std::size_t before = rowids.size();
    // The ones already taken come again first in rowid order at worst: read that many more.
    m_rowids.bind(1, match).bind(2, qint64(m_limit) + qint64(before));
    while (m_rowids.step() && static_cast<int>(rowids.size()) < m_limit) {
        const qint64 rowid = m_rowids.int64(0);
        if (std::find(rowids.begin(), rowids.begin() + static_cast<std::ptrdiff_t>(before), rowid)
            == rowids.begin() + static_cast<std::ptrdiff_t>(before))
            rowids.push_back(rowid);
    }
    m_rowids.reset();
}

int ProposedSqliteSearch::readCustomers(const std::vector<qint64>& rowids)
{
    int rows = 0;
    for (const qint64 rowid : rowids) {
        m_customer.bind(1, rowid);
        if (m_customer.step()) {
            for (int column = 0; column < m_customer.columns(); ++column)
                m_bytes += m_customer.text(column).size();
            ++rows;
        }
        m_customer.reset();
    }
    return rows;
}

} // namespace csodesk::bench
