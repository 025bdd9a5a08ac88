#include "tickets/AgentWorkload.h"

#include "TicketFixtures.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("Agent workload counts each agent's tickets and mean handle time in the period", "[tickets][figures]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    const QDateTime start = w.clock.nowUtc();
    (void)w.file(w.agent, issueClosedDraft(QStringLiteral("541100000123")), 100);
    (void)w.file(w.agent, issueClosedDraft(QStringLiteral("541100000124")), 201);
    (void)w.file(w.otherAgent, keluhanDraft(QStringLiteral("541100000125")), 400);
    (void)w.file(w.agent, issueClosedDraft(QStringLiteral("541100000126")), 300);
    w.clock.advanceSeconds(3600);
    (void)w.file(w.otherAgent, issueClosedDraft(QStringLiteral("541100000127")), 999); // outside the period below

    auto rows = AgentWorkloadQuery(w.dbOf(w.supervisor)).byAgent(w.supervisor, start.addSecs(-1), start.addSecs(60));
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).agentName == w.agent.userName);
    CHECK(rows->at(0).tickets == 3);
    CHECK(rows->at(0).averageHandleTimeMs == 200'333); // (100 + 201 + 300) s / 3, rounded down
    CHECK(rows->at(1).agentName == w.otherAgent.userName);
    CHECK(rows->at(1).tickets == 1);
    CHECK(rows->at(1).averageHandleTimeMs == 400'000);

    CHECK(AgentWorkloadQuery(w.dbOf(w.agent)).byAgent(w.agent, start, start.addSecs(60)).error().kind
        == ErrorKind::PermissionDenied);
    CHECK(AgentWorkloadQuery(w.dbOf(w.supervisor)).byAgent(w.supervisor, start, start).error().kind
        == ErrorKind::InvalidInput);
}
