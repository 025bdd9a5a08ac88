#pragma once

#include "audit/AuditLog.h"
#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "retention/RetentionPolicy.h"
#include "storage/Database.h"

namespace csodesk {

// Retention of personal data (UU 27/2022): the policy, and the purge that anonymises what is
// past it. Tickets keep everything the figures read (numbers, kinds, types, IDPEL, units,
// agents, times, handle times, statuses); their customer name, captured fields, description,
// notes and the texts and values of their path are replaced. Access-log rows keep who, what
// and when. Admins only; every change and every purge is in the access log. On a floor the
// database functions of migration 006 do it, with the server's clock.
class RetentionService {
public:
    RetentionService(Database& database, AuditLog& audit, const Clock& clock)
        : m_database(database)
        , m_audit(audit)
        , m_clock(clock)
    {
    }

    [[nodiscard]] Result<RetentionPolicy> policy(const Actor& actor);
    // Unset values keep the current ones.
    [[nodiscard]] Result<RetentionPolicy> setPolicy(
        const Actor& actor, std::optional<int> ticketDays, std::optional<int> accessLogDays);
    // Idempotent: a second run over the same data anonymises nothing more.
    [[nodiscard]] Result<PurgeResult> purge(const Actor& actor, const PurgeRequest& request);

private:
    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace csodesk
