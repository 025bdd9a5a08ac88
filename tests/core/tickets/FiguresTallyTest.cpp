#include "tickets/FiguresTally.h"

#include <catch2/catch.hpp>

using namespace csodesk;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;
constexpr qint64 kFrom = 1'790'000'000'000LL; // 2026-09-21 14:13:20 UTC
constexpr qint64 kTo = kFrom + 10 * kDay;

FiguresTally::Row row(qint64 filedAtMs, const QString& customer, const QString& subIssue = QStringLiteral("tagihan"),
    qint64 handleMs = 1000, const QString& unit = QStringLiteral("54110"),
    const QString& unitName = QStringLiteral("ULP Bandung"))
{
    return FiguresTally::Row { filedAtMs, QStringLiteral("KELUHAN"), handleMs, subIssue, unit, unitName,
        QStringLiteral("budi"), customer };
}

} // namespace

TEST_CASE(
    "Repeat contacts: an earlier ticket of the same customer and sub-issue at most 7 days older", "[tickets][figures]")
{
    FiguresTally tally(kFrom, kTo);
    tally.add(row(kFrom - 7 * kDay, QStringLiteral("A"))); // before the period: looked back at only
    tally.add(row(kFrom, QStringLiteral("A"))); // exactly 7 days later: a repeat
    tally.add(row(kFrom + 1, QStringLiteral("B"))); // first of B
    tally.add(row(kFrom + 7 * kDay + 2, QStringLiteral("B"))); // 7 days and 1 ms later: not a repeat
    tally.add(row(kFrom + 7 * kDay + 2, QStringLiteral("B"))); // same instant, later id: a repeat
    tally.add(row(kFrom + 8 * kDay, QStringLiteral("B"), QStringLiteral("koreksi"))); // other sub-issue: not
    tally.add(row(kTo, QStringLiteral("A"))); // after the period: ignored
    TicketFigures figures;
    REQUIRE(tally.finishInto(figures).ok());
    CHECK(figures.total == 5);
    CHECK(figures.repeatContacts.numerator == 2);
    CHECK(figures.repeatContacts.denominator == 5);
}

TEST_CASE("Group counts: most frequent first, ties by key, the greatest label", "[tickets][figures]")
{
    FiguresTally tally(kFrom, kTo);
    tally.add(
        row(kFrom + 1, QStringLiteral("A"), QStringLiteral("s"), 10, QStringLiteral("B2"), QStringLiteral("ULP Beta")));
    tally.add(row(
        kFrom + 2, QStringLiteral("B"), QStringLiteral("s"), 30, QStringLiteral("A1"), QStringLiteral("ULP Alpha")));
    tally.add(row(kFrom + 3, QStringLiteral("C"), QStringLiteral("s"), 20, QStringLiteral("B2"),
        QStringLiteral("ULP Beta Baru")));
    tally.add(row(
        kFrom + 4, QStringLiteral("D"), QStringLiteral("s"), 40, QStringLiteral("A1"), QStringLiteral("ULP Alpha")));
    tally.add(row(
        kFrom + 5, QStringLiteral("E"), QStringLiteral("s"), 50, QStringLiteral("C3"), QStringLiteral("ULP Gamma")));
    TicketFigures figures;
    REQUIRE(tally.finishInto(figures).ok());
    REQUIRE(figures.byUnit.size() == 3);
    CHECK(figures.byUnit.at(0).key == QStringLiteral("A1"));
    CHECK(figures.byUnit.at(1).key == QStringLiteral("B2"));
    CHECK(figures.byUnit.at(1).label == QStringLiteral("ULP Beta Baru"));
    CHECK(figures.byUnit.at(2).key == QStringLiteral("C3"));
    CHECK(figures.averageHandleTimeMs == 30);
    CHECK(figures.p90HandleTimeMs == 50); // rank ceil(0.9 × 5) = 5
}

TEST_CASE("An unknown kind code is an error, not a miscounted figure", "[tickets][figures]")
{
    FiguresTally tally(kFrom, kTo);
    FiguresTally::Row odd = row(kFrom + 1, QStringLiteral("A"));
    odd.kind = QStringLiteral("SOMETHING_ELSE");
    tally.add(odd);
    TicketFigures figures;
    CHECK_FALSE(tally.finishInto(figures).ok());
}
