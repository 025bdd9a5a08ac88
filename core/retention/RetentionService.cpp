#include "RetentionService.h"

#include "RetentionSql.h"
#include "auth/AccessControl.h"
#include "common/TimeUtil.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace csodesk {

namespace {

Status checkDays(std::optional<int> ticketDays, std::optional<int> accessLogDays)
{
    if (ticketDays && *ticketDays < kMinimumTicketRetentionDays)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Retention", "Masa simpan tiket paling sedikit %1 hari.")
                .arg(kMinimumTicketRetentionDays),
            QStringLiteral("ticket retention below the minimum"));
    if (accessLogDays && *accessLogDays < kMinimumAccessLogRetentionDays)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Retention", "Masa simpan log akses paling sedikit %1 hari.")
                .arg(kMinimumAccessLogRetentionDays),
            QStringLiteral("access-log retention below the minimum"));
    return {};
}

QString purgeDetail(const PurgeResult& result)
{
    return QStringLiteral("tickets %1, notes %2, access log %3 (tickets %4 days, access log %5 days)")
        .arg(result.tickets)
        .arg(result.notes)
        .arg(result.accessLogRows)
        .arg(result.ticketDays)
        .arg(result.accessLogDays);
}

} // namespace

Result<RetentionPolicy> RetentionService::policy(const Actor& actor)
{
    if (auto allowed = access::requireSignedIn(actor); !allowed.ok())
        return allowed.error();
    return m_database.read([](QSqlDatabase& db) { return retention_sql::readPolicy(db); });
}

Result<RetentionPolicy> RetentionService::setPolicy(
    const Actor& actor, std::optional<int> ticketDays, std::optional<int> accessLogDays)
{
    if (auto allowed = access::requireAdmin(actor, QCoreApplication::translate("Retention", "mengubah masa simpan"));
        !allowed.ok())
        return allowed.error();
    if (auto valid = checkDays(ticketDays, accessLogDays); !valid.ok())
        return valid.error();
    const qint64 nowMs = toEpochMs(m_clock.nowUtc());
    return m_database.write([&](QSqlDatabase& db) -> Result<RetentionPolicy> {
        auto current = retention_sql::readPolicy(db);
        if (!current.ok())
            return current.error();
        const int tickets = ticketDays.value_or(current->ticketDays);
        const int accessLog = accessLogDays.value_or(current->accessLogDays);
        if (isPostgres(db)) {
            if (auto set = retention_sql::setPolicyOnFloor(db, tickets, accessLog, actor.userName, nowMs); !set.ok())
                return set.error();
        } else {
            if (auto set = retention_sql::setPolicy(db, tickets, accessLog, actor.userName, nowMs); !set.ok())
                return set.error();
            if (auto logged = m_audit.record(db, actor.userName, AuditAction::Retention, {},
                    QStringLiteral("tickets %1 days, access log %2 days").arg(tickets).arg(accessLog));
                !logged.ok())
                return logged.error();
        }
        return retention_sql::readPolicy(db);
    });
}

Result<PurgeResult> RetentionService::purge(const Actor& actor, const PurgeRequest& request)
{
    if (auto allowed = access::requireAdmin(actor, QCoreApplication::translate("Retention", "menganonimkan data lama"));
        !allowed.ok())
        return allowed.error();
    if (auto valid = checkDays(request.ticketDays, request.accessLogDays); !valid.ok())
        return valid.error();
    const qint64 nowMs = toEpochMs(m_clock.nowUtc());
    return m_database.write([&](QSqlDatabase& db) -> Result<PurgeResult> {
        auto current = retention_sql::readPolicy(db);
        if (!current.ok())
            return current.error();
        if (isPostgres(db)) {
            auto done = retention_sql::purgeOnFloor(db, request, actor.userName, nowMs);
            if (!done.ok())
                return done.error();
            done->ticketDays = request.ticketDays.value_or(current->ticketDays);
            done->accessLogDays = request.accessLogDays.value_or(current->accessLogDays);
            return done;
        }
        PurgeResult result;
        result.ticketDays = request.ticketDays.value_or(current->ticketDays);
        result.accessLogDays = request.accessLogDays.value_or(current->accessLogDays);
        if (auto done = retention_sql::anonymise(db, nowMs, result); !done.ok())
            return done.error();
        if (auto logged = m_audit.record(db, actor.userName, AuditAction::PrivacyPurge, {}, purgeDetail(result));
            !logged.ok())
            return logged.error();
        return result;
    });
}

} // namespace csodesk
