#pragma once

#include "audit/AuditLog.h"
#include "auth/Actor.h"
#include "common/Result.h"
#include "customers/CustomerLookupService.h"
#include "tickets/TicketQueryService.h"

#include <QJsonObject>
#include <QString>

namespace csodesk {

// A data subject's access request (UU 27/2022): everything csodesk holds about one customer,
// as JSON for the person who asked. Admins only. Gathered through the same services as every
// other read — the look-up and every ticket read are in the access log like any other — and
// the report itself is recorded as an export ("privacy report").
//
// {"report": {"idpel", "made_at", "made_by"}, "customer": {...all fields}, "units": [...],
//  "bills": [...], "meter_readings": [...], "token_purchases": [...],
//  "tickets": [{..., "fields", "description", "agent_note", "path", "events": [...]}],
//  "access_log": [{"at", "actor", "action", "detail"}]}
class PrivacyReport {
public:
    PrivacyReport(CustomerLookupService& lookups, TicketQueryService& tickets, AuditLog& audit, const Clock& clock)
        : m_lookups(lookups)
        , m_tickets(tickets)
        , m_audit(audit)
        , m_clock(clock)
    {
    }

    [[nodiscard]] Result<QJsonObject> build(const Actor& actor, const QString& idpel);

private:
    [[nodiscard]] Result<QJsonArray> tickets(const Actor& actor, const QString& idpel);
    [[nodiscard]] Result<QJsonArray> accessLog(const QString& idpel);

    CustomerLookupService& m_lookups;
    TicketQueryService& m_tickets;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace csodesk
