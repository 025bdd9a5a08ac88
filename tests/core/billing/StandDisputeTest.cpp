#include "billing/StandDispute.h"

#include <catch2/catch.hpp>

using namespace csodesk;

TEST_CASE("A meter below the bill's stand akhir means lebih tagih", "[billing]")
{
    const auto result = classifyDisputedStand(1300000, 1335000, 335000, 5);
    CHECK(result.outcome == StandDisputeOutcome::LebihTagih);
    CHECK(result.differenceWh == -35000);
    CHECK(result.explanation.contains(QStringLiteral("35 kWh")));
    CHECK(standDisputeCode(result.outcome) == QStringLiteral("lebih_tagih"));
}

TEST_CASE("A meter a little above the stand akhir is consistent", "[billing]")
{
    // 5 days of a usual 300 kWh month is 50 kWh; tolerance half a month (150 kWh).
    const auto result = classifyDisputedStand(1390000, 1335000, 300000, 5);
    CHECK(result.outcome == StandDisputeOutcome::Consistent);
    CHECK(result.expectedSinceWh == 50000);
    CHECK(classifyDisputedStand(1535000, 1335000, 300000, 5).outcome == StandDisputeOutcome::Consistent);
}

TEST_CASE("A meter far above the stand akhir means kurang tagih", "[billing]")
{
    const auto result = classifyDisputedStand(1536000, 1335000, 300000, 5);
    CHECK(result.outcome == StandDisputeOutcome::KurangTagih);
    CHECK(result.explanation.contains(QStringLiteral("kurang tagih")));
}
