#pragma once

#include "TestDatabase.h"
#include "TestFloor.h"
#include "audit/AuditLog.h"
#include "auth/Actor.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "tickets/TicketDraft.h"
#include "tickets/TicketQueryService.h"
#include "tickets/TicketService.h"

#include <map>
#include <memory>

namespace csodesk::test {

// A user row straight into the table (password hashing is tested in tests/core/auth and would
// only slow these tests down).
[[nodiscard]] Actor createUser(Database& db, const QString& name, Role role);

// The customers every TicketWorld holds, as the owner loaded them: filing on a floor takes the
// name and the unit from this record, so the drafts below are made from it too.
struct FixtureCustomer {
    QString name;
    QString ulpCode;
    QString ulpName;
};
[[nodiscard]] FixtureCustomer fixtureCustomer(const QString& idpel);

// A complete, valid draft of either kind for `idpel`, true to its fixture customer.
[[nodiscard]] TicketDraft keluhanDraft(
    const QString& idpel, const QString& subIssue = QStringLiteral("tagihan.koreksi_rekening"));
[[nodiscard]] TicketDraft issueClosedDraft(
    const QString& idpel, const QString& subIssue = QStringLiteral("informasi.tagihan_listrik_dan_token"));

// One person's place: the database as they reach it and the ticket services over it.
struct TicketSeat {
    std::shared_ptr<Database> database;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<TicketService> tickets;
    std::unique_ptr<TicketQueryService> queries;
};

// Everything the ticket tests need: a database, a pinned clock, the services, four people.
// On SQLite the people are app-level users of the one database. On PostgreSQL they are a
// floor's own logins (TestFloor), each with their own connection, so every call a test makes
// through ticketsOf(actor) / queriesOf(actor) / auditOf(actor) is decided by the database's
// privileges and row-level security for that login, exactly as on a workstation.
struct TicketWorld {
    explicit TicketWorld(const std::string& dialect);
    ~TicketWorld();
    TicketWorld(const TicketWorld&) = delete;
    TicketWorld& operator=(const TicketWorld&) = delete;

    std::unique_ptr<TestDatabase> test; // the schema owner's connection
    FixedClock clock { QDateTime(QDate(2026, 11, 22), QTime(2, 0), Qt::UTC) }; // 09:00 WIB
    std::unique_ptr<TestFloor> floor; // PostgreSQL only; after `test`: its roles go first
    Actor agent;
    Actor otherAgent;
    Actor supervisor;
    Actor admin;

    [[nodiscard]] bool onFloor() const { return floor != nullptr; }
    // The schema owner: loads customers and inspects rows behind the services' backs.
    [[nodiscard]] Database& owner() { return test->db(); }
    // The database as `actor` reaches it (their own login on a floor).
    [[nodiscard]] Database& dbOf(const Actor& actor) { return *seatOf(actor).database; }
    [[nodiscard]] TicketService& ticketsOf(const Actor& actor) { return *seatOf(actor).tickets; }
    [[nodiscard]] TicketQueryService& queriesOf(const Actor& actor) { return *seatOf(actor).queries; }
    [[nodiscard]] AuditLog& auditOf(const Actor& actor) { return *seatOf(actor).audit; }
    // The URL a workstation (or another process) uses: on a floor it names no login.
    [[nodiscard]] QString workstationUrl() const;

    // Adds or renames a customer record (the owner's job), e.g. to file under a tricky name.
    void seedCustomer(const QString& idpel, const QString& name, const QString& ulpCode = QStringLiteral("54110"));

    // Files `draft` as `actor` with a call that started `handleSeconds` before now.
    [[nodiscard]] Ticket file(
        const Actor& actor, const TicketDraft& draft, qint64 handleSeconds = 300, const QString& linked = {});

private:
    [[nodiscard]] Actor signInSeat(const QString& login, Role role);
    [[nodiscard]] TicketSeat& seatOf(const Actor& actor);
    [[nodiscard]] std::unique_ptr<TicketSeat> makeSeat(std::shared_ptr<Database> database);

    std::unique_ptr<TicketSeat> m_shared; // SQLite: everyone's
    std::map<QString, std::unique_ptr<TicketSeat>> m_seats; // a floor: by login; closed before the roles go
};

} // namespace csodesk::test
