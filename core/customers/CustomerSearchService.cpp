#include "CustomerSearchService.h"

#include "CustomerSearchSql.h"
#include "audit/AuditLog.h"
#include "common/LogFormat.h"
#include "common/TimeUtil.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace csodesk {

namespace {

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

    auto hits = m_database.readAudited([&](QSqlDatabase& db) -> Result<QList<CustomerHit>> {
        const CustomerSearchSql sql(db);
        // One more than shown, to know whether there are more.
        auto found = sql.find(query, shown + 1, actor.userName, nowMs);
        if (!found.ok() || sql.recordsAccessItself())
            return found;
        AuditLog log(m_database, m_clock);
        for (qsizetype i = 0; i < found->size(); ++i) {
            if (auto s = log.record(db, actor.userName, AuditAction::Search, found->at(i).idpel,
                    QStringLiteral("search result %1").arg(i + 1));
                !s.ok())
                return s.error();
        }
        if (auto s = log.record(db, actor.userName, AuditAction::Search, {},
                QStringLiteral("search %1; %2 results").arg(query.auditWhat()).arg(found->size()));
            !s.ok())
            return s.error();
        return found;
    });
    if (!hits.ok())
        return hits.error();

    CustomerSearchResult result;
    result.query = query;
    result.more = hits->size() > shown;
    result.hits = hits.value();
    if (result.more)
        result.hits.resize(shown);
    // What was searched for is personal data: the log says only how.
    spdlog::info("search: {} searched by {}, {} shown{}", actor.userName, kindName(query.kind), result.hits.size(),
        result.more ? " (more)" : "");
    return result;
}

} // namespace csodesk
