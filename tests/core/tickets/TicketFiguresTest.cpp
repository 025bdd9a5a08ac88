#include "TicketFixtures.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

// The fixture and the expected figures are worked out by hand in the comments; the SQL must
// agree with them. Period: 22 and 23 November 2026 in WIB = [21 Nov 17:00, 23 Nov 17:00) UTC.
TEST_CASE("Period figures match hand-computed values", "[tickets][figures]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    const QString a = QStringLiteral("541100000001");
    auto fileAt = [&w](const QDateTime& at, const Actor& actor, TicketDraft draft, qint64 handleSeconds) {
        w.clock.set(at);
        return w.file(actor, draft, handleSeconds);
    };
    TicketDraft cimahi = keluhanDraft(QStringLiteral("541100000003"), QStringLiteral("cater.lebih_tagih"));
    cimahi.unitCode = QStringLiteral("54120");
    cimahi.unitName = QStringLiteral("ULP Cimahi");

    (void)fileAt(utc(21, 16), w.agent, issueClosedDraft(a), 50); // T0 before the period
    (void)fileAt(utc(22, 2), w.agent, issueClosedDraft(a), 100); // T1 repeat of T0
    const Ticket t2 = fileAt(utc(22, 3), w.agent, keluhanDraft(QStringLiteral("541100000002")), 200);
    (void)fileAt(utc(22, 4), w.otherAgent, issueClosedDraft(a), 300); // T3 repeat of T1
    const Ticket t4 = fileAt(utc(22, 5), w.otherAgent, cimahi, 400);
    const Ticket t10 = fileAt(utc(22, 6), w.agent,
        keluhanDraft(QStringLiteral("541100000006"), QStringLiteral("app.alat_ukur_tidak_berfungsi")), 700);
    const Ticket t5 = fileAt(utc(23, 2), w.agent, keluhanDraft(QStringLiteral("541100000002")), 500); // repeat of T2
    (void)fileAt(utc(23, 3), w.agent, issueClosedDraft(QStringLiteral("541100000004")), 600);
    const Ticket t7 = fileAt(utc(23, 16, 59), w.otherAgent,
        keluhanDraft(QStringLiteral("541100000005"), QStringLiteral("tusbung.salah_putus")), 1000);
    (void)fileAt(utc(23, 17), w.agent, issueClosedDraft(a), 10); // T8: 24 Nov WIB, after the period

    w.clock.set(utc(24, 3));
    REQUIRE(w.ticketsOf(w.supervisor)
                .changeStatus(w.supervisor, t2.number, TicketStatus::DoneByUnit)
                .ok()); // due 25 Nov 03:00: met
    REQUIRE(
        w.ticketsOf(w.supervisor).changeStatus(w.supervisor, t5.number, TicketStatus::Cancelled).ok()); // not counted
    w.clock.set(utc(26, 6));
    REQUIRE(w.ticketsOf(w.supervisor)
                .changeStatus(w.supervisor, t4.number, TicketStatus::DoneByUnit)
                .ok()); // due 25 Nov 05:00: late
    w.clock.set(utc(26, 10)); // as of: t10 open past due (late, 4 d 4 h old), t7 open not yet due (2 d 17 h old)

    auto figures = w.queriesOf(w.supervisor).figures(w.supervisor, utc(21, 17), utc(23, 17));
    REQUIRE(figures.ok());
    const TicketFigures& f = figures.value();

    CHECK(f.total == 8);
    REQUIRE(f.byDayAndKind.size() == 4);
    CHECK(f.byDayAndKind.at(0).day == QDate(2026, 11, 22));
    CHECK(f.byDayAndKind.at(0).kind == TicketKind::IssueClosed);
    CHECK(f.byDayAndKind.at(0).count == 2); // T1 T3
    CHECK(f.byDayAndKind.at(1).kind == TicketKind::Keluhan);
    CHECK(f.byDayAndKind.at(1).count == 3); // T2 T4 T10
    CHECK(f.byDayAndKind.at(2).day == QDate(2026, 11, 23));
    CHECK(f.byDayAndKind.at(2).count == 1); // T6
    CHECK(f.byDayAndKind.at(3).count == 2); // T5 T7 (16:59 UTC is still the 23rd in WIB)

    REQUIRE(f.bySubIssueType.size() == 5);
    CHECK(f.bySubIssueType.at(0).key == QStringLiteral("informasi.tagihan_listrik_dan_token"));
    CHECK(f.bySubIssueType.at(0).count == 3);
    CHECK(f.bySubIssueType.at(1).key == QStringLiteral("tagihan.koreksi_rekening"));
    CHECK(f.bySubIssueType.at(1).count == 2);
    CHECK(f.bySubIssueType.at(2).key == QStringLiteral("app.alat_ukur_tidak_berfungsi"));

    REQUIRE(f.byUnit.size() == 3);
    CHECK(f.byUnit.at(0).key == QStringLiteral("54110"));
    CHECK(f.byUnit.at(0).count == 4);
    CHECK(f.byUnit.at(1).key == QStringLiteral("CC123"));
    CHECK(f.byUnit.at(1).count == 3);
    CHECK(f.byUnit.at(2).label == QStringLiteral("ULP Cimahi"));
    CHECK(f.byUnit.at(2).count == 1);

    REQUIRE(f.byAgent.size() == 2);
    CHECK(f.byAgent.at(0).key == w.agent.userName);
    CHECK(f.byAgent.at(0).count == 5);
    CHECK(f.byAgent.at(1).count == 3);

    // Issue Closed in the period: T1, T3, T6. T1 was called back about (T3), and T3 too (T8,
    // after the period but within 7 days): only T6 was resolved at first contact.
    CHECK(f.firstContactResolution.numerator == 1);
    CHECK(f.firstContactResolution.denominator == 8);
    CHECK(f.firstContactResolution.permille() == 125);
    CHECK(f.averageHandleTimeMs == 475000); // 3,800 s / 8
    CHECK(f.p90HandleTimeMs == 1000000); // rank ceil(0.9 × 8) = 8 of the sorted times
    CHECK(f.repeatContacts.numerator == 3); // T1, T3, T5
    CHECK(f.repeatContacts.denominator == 8);
    CHECK(f.slaCompliance.numerator == 1); // T2
    CHECK(f.slaCompliance.denominator == 3); // T2, T4 late, T10 overdue
    CHECK(f.slaCompliance.permille() == 333);
    CHECK(f.openKeluhanByAge == std::array<qint64, 4> { 0, 1, 1, 0 });
    (void)t7;
    (void)t10;
}

TEST_CASE("First-contact resolution counts a contact only when no call-back about it follows within 7 days",
    "[tickets][figures]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    const QString caller = QStringLiteral("541100000001");
    const QString once = QStringLiteral("541100000004");
    auto fileAt = [&w](const QDateTime& at, TicketDraft draft) {
        w.clock.set(at);
        return w.file(w.agent, draft, 120);
    };
    // The same customer calls three times about the same bill within a week: one resolved
    // contact (the last), not three. Another customer calls once. A third calls about the
    // bill, then files a KELUHAN of another sub-issue type: still resolved at first contact.
    (void)fileAt(utc(22, 2), issueClosedDraft(caller));
    (void)fileAt(utc(22, 9), issueClosedDraft(caller));
    (void)fileAt(utc(23, 2), issueClosedDraft(caller));
    (void)fileAt(utc(22, 3), issueClosedDraft(once));
    (void)fileAt(utc(22, 4), issueClosedDraft(QStringLiteral("541100000002")));
    (void)fileAt(utc(22, 5), keluhanDraft(QStringLiteral("541100000002"), QStringLiteral("cater.lebih_tagih")));
    // A call-back 8 days later is a new matter, not a repeat: the first stays resolved.
    (void)fileAt(utc(30, 4), issueClosedDraft(once));

    w.clock.set(utc(30, 5));
    auto f = w.queriesOf(w.supervisor).figures(w.supervisor, utc(21, 17), utc(23, 17));
    REQUIRE(f.ok());
    CHECK(f->total == 6);
    // Resolved: caller's third call, `once`'s call, 541100000002's information call.
    CHECK(f->firstContactResolution.numerator == 3);
    CHECK(f->firstContactResolution.denominator == 6);
}

TEST_CASE("Figures of an empty period are zeros, and a reversed period is refused", "[tickets][figures]")
{
    TicketWorld w("sqlite");
    auto empty = w.queriesOf(w.supervisor).figures(w.supervisor, utc(1, 0), utc(2, 0));
    REQUIRE(empty.ok());
    CHECK(empty->total == 0);
    CHECK(empty->p90HandleTimeMs == 0);
    CHECK(empty->firstContactResolution.permille() == 0);
    CHECK(
        w.queriesOf(w.supervisor).figures(w.supervisor, utc(2, 0), utc(1, 0)).error().kind == ErrorKind::InvalidInput);
}
