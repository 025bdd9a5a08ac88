#include "demo/DemoDataGenerator.h"

#include "TestDatabase.h"
#include "customers/CustomerLookupService.h"
#include "storage/SqlQuery.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

QStringList snapshot(Database& db)
{
    auto rows = db.read([](QSqlDatabase& c) -> Result<QStringList> {
        auto q = execQuery(c,
            QStringLiteral("SELECT c.idpel, c.name, c.power_va, b.period, b.usage_wh, b.total, b.estimated "
                           "FROM customers c LEFT JOIN bills b ON b.idpel = c.idpel ORDER BY c.idpel, b.period"));
        if (!q.ok())
            return q.error();
        QStringList out;
        while (q->next()) {
            QStringList fields;
            for (int i = 0; i < 7; ++i)
                fields.append(q->value(i).toString());
            out.append(fields.join(QLatin1Char('|')));
        }
        return out;
    });
    REQUIRE(rows.ok());
    return rows.value();
}

} // namespace

TEST_CASE("Demo data is deterministic and follows the billing rules", "[customers][storage]")
{
    const TariffBook tariffs = TariffBook::load().value();
    const BillCalculator calculator(tariffs);
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(3, 0), QTimeZone::utc()));
    DemoDataOptions options;
    options.customers = 300;
    options.seed = 42;
    options.batchSize = 70; // batches must not change the data

    auto first = TestDatabase::create("sqlite");
    auto summary = DemoDataGenerator(first->db(), clock, calculator).generate(options);
    REQUIRE(summary.ok());
    CHECK(summary->customers == 300);
    CHECK(summary->postpaid + summary->prepaid == 300);
    // About 55 % prepaid.
    CHECK(summary->prepaid > 130);
    CHECK(summary->prepaid < 200);
    CHECK(summary->bills == summary->postpaid * 24);
    CHECK(summary->estimatedBills > 0);
    CHECK_FALSE(summary->estimatedIdpel.isEmpty());
    CHECK_FALSE(summary->arrearsIdpel.isEmpty());
    CHECK(summary->prepaidMeter.size() == 11);

    auto second = TestDatabase::create("sqlite");
    options.batchSize = 1000;
    REQUIRE(DemoDataGenerator(second->db(), clock, calculator).generate(options).ok());
    CHECK(snapshot(first->db()) == snapshot(second->db()));

    // The suggested customers are what they claim to be.
    CustomerLookupService service(first->db(), clock, tariffs);
    const Actor agent { 1, QStringLiteral("demo"), Role::Agent };
    auto arrears = service.lookup(agent, summary->arrearsIdpel);
    REQUIRE(arrears.ok());
    CHECK_FALSE(arrears->arrears.isEmpty());
    CHECK(arrears->arrears.lateFees > 0);
    auto prepaid = service.lookup(agent, summary->prepaidMeter);
    REQUIRE(prepaid.ok());
    CHECK(prepaid->customer.idpel == summary->prepaidIdpel);
    CHECK_FALSE(prepaid->tokenPurchases.isEmpty());
    auto estimated = service.lookup(agent, summary->estimatedIdpel);
    REQUIRE(estimated.ok());
    bool sawEstimate = false;
    bool sawCorrectionAfter = false;
    for (auto it = estimated->bills.crbegin(); it != estimated->bills.crend(); ++it) {
        if (it->estimated)
            sawEstimate = true;
        else if (sawEstimate && it->correctionWh != 0)
            sawCorrectionAfter = true;
    }
    CHECK(sawEstimate);
    CHECK(sawCorrectionAfter);
}

TEST_CASE("Demo data refuses an impossible size", "[customers][storage]")
{
    const TariffBook tariffs = TariffBook::load().value();
    const BillCalculator calculator(tariffs);
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(3, 0), QTimeZone::utc()));
    auto t = TestDatabase::create("sqlite");
    DemoDataOptions options;
    options.customers = 0;
    auto refused = DemoDataGenerator(t->db(), clock, calculator).generate(options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::InvalidInput);
}
