#pragma once

#include "audit/AuditLog.h"
#include "auth/Actor.h"
#include "common/Result.h"

namespace csodesk {

// Reading the audit trail on behalf of a person: supervisors and admins only, since it names
// who looked at which customer. (AuditLog::query itself is the unchecked storage call that
// the CLI's operators and tests use.)
class AuditQuery {
public:
    explicit AuditQuery(AuditLog& log)
        : m_log(log)
    {
    }

    [[nodiscard]] Result<QList<AuditEntry>> query(const Actor& actor, const AuditFilter& filter);

private:
    AuditLog& m_log;
};

} // namespace csodesk
