#include "TicketFixtures.h"

#include "tickets/TicketCsvExporter.h"

#include <catch2/catch.hpp>

#include <QBuffer>

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
    TicketCsvExporter exporter(*w.queries, *w.audit);
    CHECK(exporter.exportCsv(w.agent, {}, buffer).error().kind == ErrorKind::PermissionDenied);
    CHECK(buffer.data().isEmpty());
    CHECK(w.tickets->annotate(w.agent, mine.number, QStringLiteral("catatan")).error().kind == ErrorKind::PermissionDenied);
    CHECK(w.tickets->changeStatus(w.agent, mine.number, TicketStatus::Cancelled).error().kind
          == ErrorKind::PermissionDenied);
    CHECK(w.queries->figures(w.agent, w.clock.nowUtc().addDays(-1), w.clock.nowUtc().addDays(1)).error().kind
          == ErrorKind::PermissionDenied);

    TicketFilter othersFilter;
    othersFilter.agentName = QStringLiteral("andi");
    CHECK(w.queries->list(w.agent, othersFilter, {}).error().kind == ErrorKind::PermissionDenied);
    CHECK(w.queries->show(w.agent, theirs.number).error().kind == ErrorKind::PermissionDenied);

    auto listed = w.queries->list(w.agent, {}, {});
    REQUIRE(listed.ok());
    REQUIRE(listed->tickets.size() == 1);
    CHECK(listed->tickets.at(0).number == mine.number);
    CHECK(w.queries->count(w.agent, {}).value() == 1);

    // Nothing reached the event table or the audit trail from the refused calls.
    AuditFilter exports;
    exports.action = AuditAction::Export;
    CHECK(w.audit->query(exports)->isEmpty());
    CHECK(w.queries->show(w.supervisor, mine.number)->events.isEmpty());
}

TEST_CASE("An agent sees the tickets of customers they looked up, supervisors and admins see all", "[tickets][roles]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    const Ticket theirs = w.file(w.otherAgent, keluhanDraft(QStringLiteral("541100000456")));
    (void)w.file(w.otherAgent, keluhanDraft(QStringLiteral("541100000789")));

    REQUIRE(w.audit->record(w.agent.userName, AuditAction::Lookup, QStringLiteral("541100000456")).ok());
    auto listed = w.queries->list(w.agent, {}, {});
    REQUIRE(listed.ok());
    REQUIRE(listed->tickets.size() == 1);
    CHECK(listed->tickets.at(0).number == theirs.number);
    CHECK(w.queries->show(w.agent, theirs.number).ok());

    CHECK(w.queries->count(w.supervisor, {}).value() == 2);
    CHECK(w.queries->count(w.admin, {}).value() == 2);
}
