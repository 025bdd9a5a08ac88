#include "tickets/CustomerTicketHistory.h"

#include "TicketFixtures.h"
#include "billing/BillCalculator.h"
#include "billing/TariffBook.h"
#include "customers/CustomerLookupService.h"
#include "demo/DemoDataGenerator.h"

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("A look-up shows the customer's previous tickets that the agent may see", "[tickets][customers][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld world(dialect);
    auto tariffs = TariffBook::load();
    REQUIRE(tariffs.ok());
    const BillCalculator calculator(tariffs.value());
    DemoDataOptions options;
    options.customers = 20;
    auto demo = DemoDataGenerator(world.owner(), world.clock, calculator).generate(options);
    INFO((demo.ok() ? QString() : demo.error().message).toStdString());
    REQUIRE(demo.ok());
    const QString idpel = demo->arrearsIdpel.isEmpty() ? demo->estimatedIdpel : demo->arrearsIdpel;
    REQUIRE_FALSE(idpel.isEmpty());

    CustomerLookupService lookups(world.dbOf(world.agent), world.clock);
    CustomerTicketHistory history(world.queriesOf(world.agent));
    lookups.setTicketHistory(&history);

    SECTION("none before any ticket")
    {
        auto found = lookups.lookup(world.agent, idpel);
        REQUIRE(found.ok());
        CHECK(found->tickets.isEmpty());
    }
    SECTION("another agent's tickets of this customer, newest first, once the customer is looked up")
    {
        const Ticket first = world.file(world.otherAgent, issueClosedDraft(idpel));
        world.clock.advanceSeconds(600);
        const Ticket second = world.file(world.otherAgent, keluhanDraft(idpel));
        const Ticket unrelated = world.file(world.otherAgent, keluhanDraft(QStringLiteral("541100000999")));

        auto found = lookups.lookup(world.agent, idpel);
        REQUIRE(found.ok());
        REQUIRE(found->tickets.size() == 2);
        CHECK(found->tickets.at(0).ticketNumber == second.number);
        CHECK(found->tickets.at(0).kind == QStringLiteral("KELUHAN"));
        CHECK(found->tickets.at(0).status == QStringLiteral("open"));
        CHECK(found->tickets.at(1).ticketNumber == first.number);
        CHECK(found->tickets.at(1).summary == first.content.description);
        CHECK(found->tickets.at(0).ticketNumber != unrelated.number);
    }
}
