#include "TicketFixtures.h"
#include "customers/CustomerLookupService.h"
#include "tickets/TicketCsvExporter.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("An agent cannot export, annotate, read figures or list other agents' tickets", "[tickets][roles]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    const Ticket mine = w.file(w.agent, keluhanDraft(QStringLiteral("541100000123")));
    const Ticket theirs = w.file(w.otherAgent, keluhanDraft(QStringLiteral("541100000456")));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TicketCsvExporter exporter(w.queriesOf(w.agent), w.auditOf(w.agent));
    CHECK(exporter.exportCsv(w.agent, {}, buffer).error().kind == ErrorKind::PermissionDenied);
    CHECK(buffer.data().isEmpty());
    CHECK(w.ticketsOf(w.agent).annotate(w.agent, mine.number, QStringLiteral("catatan")).error().kind
        == ErrorKind::PermissionDenied);
    CHECK(w.ticketsOf(w.agent).changeStatus(w.agent, mine.number, TicketStatus::Cancelled).error().kind
        == ErrorKind::PermissionDenied);
    CHECK(w.queriesOf(w.agent).figures(w.agent, w.clock.nowUtc().addDays(-1), w.clock.nowUtc().addDays(1)).error().kind
        == ErrorKind::PermissionDenied);

    TicketFilter othersFilter;
    othersFilter.agentName = w.otherAgent.userName;
    CHECK(w.queriesOf(w.agent).list(w.agent, othersFilter, {}).error().kind == ErrorKind::PermissionDenied);
    // On a floor row-level security hides the ticket: the agent cannot even tell it exists.
    const ErrorKind shownKind = w.queriesOf(w.agent).show(w.agent, theirs.number).error().kind;
    CHECK((shownKind == ErrorKind::PermissionDenied || (w.onFloor() && shownKind == ErrorKind::NotFound)));

    auto listed = w.queriesOf(w.agent).list(w.agent, {}, {});
    REQUIRE(listed.ok());
    REQUIRE(listed->tickets.size() == 1);
    CHECK(listed->tickets.at(0).number == mine.number);
    CHECK(w.queriesOf(w.agent).count(w.agent, {}).value() == 1);

    // Nothing reached the event table or the audit trail from the refused calls.
    AuditFilter exports;
    exports.action = AuditAction::Export;
    CHECK(w.auditOf(w.supervisor).query(exports)->isEmpty());
    CHECK(w.queriesOf(w.supervisor).show(w.supervisor, mine.number)->events.isEmpty());
}

TEST_CASE("An agent sees the tickets of customers they looked up, supervisors and admins see all", "[tickets][roles]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    const Ticket theirs = w.file(w.otherAgent, keluhanDraft(QStringLiteral("541100000456")));
    (void)w.file(w.otherAgent, keluhanDraft(QStringLiteral("541100000789")));

    // A real look-up: on a floor the database writes the access-log row the policy reads.
    REQUIRE(CustomerLookupService(w.dbOf(w.agent), w.clock).lookup(w.agent, QStringLiteral("541100000456")).ok());
    auto listed = w.queriesOf(w.agent).list(w.agent, {}, {});
    REQUIRE(listed.ok());
    REQUIRE(listed->tickets.size() == 1);
    CHECK(listed->tickets.at(0).number == theirs.number);
    CHECK(w.queriesOf(w.agent).show(w.agent, theirs.number).ok());

    CHECK(w.queriesOf(w.supervisor).count(w.supervisor, {}).value() == 2);
    CHECK(w.queriesOf(w.admin).count(w.admin, {}).value() == 2);
}
