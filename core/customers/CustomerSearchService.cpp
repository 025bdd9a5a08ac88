#include "CustomerSearchService.h"

#include "CustomerSearchSql.h"
#include "SearchText.h"
#include "audit/AuditLog.h"
#include "common/LogFormat.h"
#include "common/TimeUtil.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace csodesk {

namespace {

// The shown rows in the order a person reads them: more of the words in the name first, then
// by name. The database chose which rows (CustomerSearchSql); this makes both dialects present
// them alike.
void orderForReading(QList<CustomerHit>& hits, const QStringList& words)
{
    const auto wordsInName = [&words](const CustomerHit& hit) {
        const QString name = QLatin1Char(' ') + foldForSearch(hit.name);
        return std::count_if(words.cbegin(), words.cend(),
            [&name](const QString& word) { return name.contains(QLatin1Char(' ') + word); });
    };
    std::stable_sort(hits.begin(), hits.end(), [&](const CustomerHit& a, const CustomerHit& b) {
        const auto inA = wordsInName(a);
        const auto inB = wordsInName(b);
        if (inA != inB)
            return inA > inB;
        if (a.name != b.name)
            return a.name < b.name;
        return a.idpel < b.idpel;
    });
}

const char* kindName(CustomerSearchQuery::Kind kind)
{
    return kind == CustomerSearchQuery::Kind::Phone ? "phone" : "name";
}

} // namespace

Result<CustomerSearchResult> CustomerSearchService::search(
    const Actor& actor, const CustomerSearchQuery& query, int limit)
{
    if (actor.userName.trimmed().isEmpty()) {
        return makeError(ErrorKind::PermissionDenied,
            QCoreApplication::translate("Customers", "Pencarian pelanggan membutuhkan pengguna yang dikenal."),
            QStringLiteral("search without actor"));
    }
    if (query.kind == CustomerSearchQuery::Kind::Key) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Customers", "IDPEL dan nomor meter dibuka langsung, tidak dicari."),
            QStringLiteral("key query given to the search"));
    }
    const int shown = std::clamp(limit, 1, kMaxLimit);
    const qint64 nowMs = toEpochMs(m_clock.nowUtc());

    // One transaction for the read and its access-log rows, on SQLite too: the record and the
    // act commit together, with one fsync instead of one per row.
    auto rows = m_database.write([&](QSqlDatabase& db) -> Result<SearchRows> {
        const CustomerSearchSql sql(db);
        auto found = sql.find(query, shown, actor.userName, nowMs);
        if (!found.ok() || sql.recordsAccessItself())
            return found;
        AuditLog log(m_database, m_clock);
        for (qsizetype i = 0; i < found->hits.size(); ++i) {
            if (auto s = log.record(db, actor.userName, AuditAction::Search, found->hits.at(i).idpel,
                    QStringLiteral("search result %1").arg(i + 1));
                !s.ok())
                return s.error();
        }
        if (auto s = log.record(db, actor.userName, AuditAction::Search, {},
                QStringLiteral("search %1; %2 results").arg(query.auditWhat()).arg(found->hits.size()));
            !s.ok())
            return s.error();
        return found;
    });
    if (!rows.ok())
        return rows.error();

    CustomerSearchResult result;
    result.query = query;
    result.more = rows->more;
    result.hits = rows->hits;
    if (query.kind == CustomerSearchQuery::Kind::Words)
        orderForReading(result.hits, query.words);
    // What was searched for is personal data: the log says only how.
    spdlog::info("search: {} searched by {}, {} shown{}", actor.userName, kindName(query.kind), result.hits.size(),
        result.more ? " (more)" : "");
    return result;
}

} // namespace csodesk
