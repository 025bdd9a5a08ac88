#include "TicketFixtures.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("The storage refuses to change or delete a filed ticket or its history", "[tickets]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    const Ticket ticket = w.file(w.agent, keluhanDraft(QStringLiteral("541100000123")));
    REQUIRE(w.ticketsOf(w.supervisor).annotate(w.supervisor, ticket.number, QStringLiteral("cek ulang")).ok());

    // Neither the schema owner (the triggers) nor, on a floor, the agent who filed it (no
    // privilege) can rewrite the record.
    for (Database* database : { &w.owner(), &w.dbOf(w.agent), &w.dbOf(w.supervisor) }) {
        auto conn = database->connection();
        REQUIRE(conn.ok());
        CHECK_FALSE(execQuery(conn.value(), QStringLiteral("UPDATE tickets SET description = ? WHERE number = ?"),
            { QStringLiteral("diubah"), ticket.number })
                        .ok());
        CHECK_FALSE(
            execQuery(conn.value(), QStringLiteral("DELETE FROM tickets WHERE number = ?"), { ticket.number }).ok());
        CHECK_FALSE(
            execQuery(conn.value(), QStringLiteral("UPDATE ticket_events SET note = ?"), { QStringLiteral("x") }).ok());
        CHECK_FALSE(execQuery(conn.value(), QStringLiteral("DELETE FROM ticket_events")).ok());
        if (dialect == "postgresql")
            CHECK_FALSE(execQuery(conn.value(), QStringLiteral("TRUNCATE tickets CASCADE")).ok());
    }

    auto shown = w.queriesOf(w.supervisor).show(w.supervisor, ticket.number);
    REQUIRE(shown.ok());
    CHECK(shown->ticket.content.description == ticket.content.description);
    REQUIRE(shown->events.size() == 1);
    CHECK(shown->events.at(0).note == QStringLiteral("cek ulang"));
}

TEST_CASE(
    "Notes, flags and status changes are appended with who and when, and the history reads back in order", "[tickets]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    const Ticket keluhan = w.file(w.agent, keluhanDraft(QStringLiteral("541100000123")));
    const Ticket closed = w.file(w.agent, issueClosedDraft(QStringLiteral("541100000123")));

    w.clock.advanceSeconds(600);
    REQUIRE(
        w.ticketsOf(w.supervisor)
            .annotate(w.supervisor, keluhan.number, QStringLiteral("Salam pembuka kurang"), ReviewFlag::PerluKoreksi)
            .ok());
    w.clock.advanceSeconds(600);
    REQUIRE(
        w.ticketsOf(w.supervisor)
            .changeStatus(w.supervisor, keluhan.number, TicketStatus::DoneByUnit, QStringLiteral("ULP sudah koreksi"))
            .ok());
    w.clock.advanceSeconds(600);
    REQUIRE(w.ticketsOf(w.admin).annotate(w.admin, keluhan.number, {}, ReviewFlag::SesuaiSop).ok());

    CHECK(w.ticketsOf(w.supervisor).changeStatus(w.supervisor, closed.number, TicketStatus::Cancelled).error().kind
        == ErrorKind::InvalidInput);
    CHECK(w.ticketsOf(w.supervisor).changeStatus(w.supervisor, keluhan.number, TicketStatus::Closed).error().kind
        == ErrorKind::InvalidInput);
    CHECK(w.ticketsOf(w.supervisor)
              .annotate(w.supervisor, QStringLiteral("K5400000000000"), QStringLiteral("x"))
              .error()
              .kind
        == ErrorKind::NotFound);
    CHECK(w.ticketsOf(w.supervisor).annotate(w.supervisor, keluhan.number, QStringLiteral("  ")).error().kind
        == ErrorKind::InvalidInput);

    auto shown = w.queriesOf(w.supervisor).show(w.supervisor, keluhan.number);
    REQUIRE(shown.ok());
    CHECK(shown->ticket.status == TicketStatus::DoneByUnit);
    CHECK(shown->ticket.latestFlag == QStringLiteral("sesuai_sop"));
    CHECK(shown->ticket.latestReviewNote == QStringLiteral("Salam pembuka kurang")); // the flag-only event has no note
    REQUIRE(shown->events.size() == 3);
    CHECK(shown->events.at(0).kind == TicketEventKind::Flag);
    CHECK(shown->events.at(0).flag == QStringLiteral("perlu_koreksi"));
    CHECK(shown->events.at(0).actorName == w.supervisor.userName);
    CHECK(shown->events.at(0).at == keluhan.filedAt.addSecs(600));
    CHECK(shown->events.at(1).kind == TicketEventKind::StatusChange);
    CHECK(shown->events.at(1).status == QStringLiteral("done_by_unit"));
    CHECK(shown->events.at(1).note == QStringLiteral("ULP sudah koreksi"));
    CHECK(shown->events.at(2).actorName == w.admin.userName);

    AuditFilter annotations;
    annotations.action = AuditAction::Annotate;
    CHECK(w.auditOf(w.supervisor).query(annotations)->size() == 2);
    annotations.action = AuditAction::StatusChange;
    CHECK(w.auditOf(w.supervisor).query(annotations)->size() == 1);
}

TEST_CASE("Repeat contact: the same matter only, the same sub-issue type first", "[tickets]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    const QString idpel = QStringLiteral("541100000123");
    const Ticket oldOpen = w.file(w.agent, keluhanDraft(idpel, QStringLiteral("cater.lebih_tagih"))); // day 0
    const Ticket subscription
        = w.file(w.agent, keluhanDraft(idpel, QStringLiteral("tagihan.mengajukan_berlangganan_invoice")));
    w.clock.advanceSeconds(2 * 86400);
    const Ticket info = w.file(w.agent, issueClosedDraft(idpel)); // day 2, informasi
    w.clock.advanceSeconds(6 * 86400);
    const Ticket recentInfo = w.file(w.agent, issueClosedDraft(idpel)); // day 8
    (void)w.file(w.agent, issueClosedDraft(QStringLiteral("541100000999"))); // another customer
    const Ticket correction = w.file(w.agent, keluhanDraft(idpel, QStringLiteral("tagihan.koreksi_rekening")));
    const Ticket doneKeluhan = w.file(w.agent, keluhanDraft(idpel, QStringLiteral("tusbung.salah_putus")));
    REQUIRE(w.ticketsOf(w.supervisor).changeStatus(w.supervisor, doneKeluhan.number, TicketStatus::DoneByUnit).ok());

    w.clock.advanceSeconds(86400 + 60); // day 9: `info` is just over 7 days old, out of the window
    TicketService& tickets = w.ticketsOf(w.agent);
    auto repeats = tickets.findRepeatContacts(w.agent, idpel, QStringLiteral("informasi.tagihan_listrik_dan_token"));
    REQUIRE(repeats.ok());
    // Not the open cater KELUHAN: another matter, however open.
    REQUIRE(repeats->size() == 1);
    CHECK(repeats->at(0).number == recentInfo.number);

    // Two open KELUHAN of the same issue type: a new invoice-subscription request links to the
    // open subscription request (older), before the newer bill correction.
    auto invoice
        = tickets.findRepeatContacts(w.agent, idpel, QStringLiteral("tagihan.mengajukan_berlangganan_invoice"));
    REQUIRE(invoice.ok());
    REQUIRE(invoice->size() == 2);
    CHECK(invoice->at(0).number == subscription.number);
    CHECK(invoice->at(1).number == correction.number);

    auto cater = tickets.findRepeatContacts(w.agent, idpel, QStringLiteral("cater.kurang_tagih"));
    REQUIRE(cater.ok());
    REQUIRE(cater->size() == 1);
    CHECK(cater->at(0).number == oldOpen.number); // still open, however old: the same issue type
    (void)info;
}
