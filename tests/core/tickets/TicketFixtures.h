#pragma once

#include "audit/AuditLog.h"
#include "auth/Actor.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "tickets/TicketDraft.h"
#include "tickets/TicketQueryService.h"
#include "tickets/TicketService.h"

#include "TestDatabase.h"

#include <memory>

namespace csodesk::test {

// A user row straight into the table (password hashing is tested in tests/core/auth and would
// only slow these tests down).
[[nodiscard]] Actor createUser(Database& db, const QString& name, Role role);

// A complete, valid draft of either kind for `idpel`.
[[nodiscard]] TicketDraft keluhanDraft(const QString& idpel, const QString& subIssue = QStringLiteral("tagihan.koreksi_rekening"));
[[nodiscard]] TicketDraft issueClosedDraft(const QString& idpel,
                                           const QString& subIssue = QStringLiteral("informasi.tagihan_listrik_dan_token"));

// Everything the ticket tests need: a database, a pinned clock, the services, three users.
struct TicketWorld {
    explicit TicketWorld(const std::string& dialect);

    std::unique_ptr<TestDatabase> test;
    FixedClock clock{QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC)}; // 09:00 WIB
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<TicketService> tickets;
    std::unique_ptr<TicketQueryService> queries;
    Actor agent;
    Actor otherAgent;
    Actor supervisor;
    Actor admin;

    // Files `draft` as `actor` with a call that started `handleSeconds` before now.
    [[nodiscard]] Ticket file(const Actor& actor, const TicketDraft& draft, qint64 handleSeconds = 300,
                              const QString& linked = {});
};

} // namespace csodesk::test
