#pragma once

#include "billing/BillCalculator.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QString>

#include <functional>

namespace csodesk {

struct DemoDataOptions {
    qint64 customers = 1000;
    quint64 seed = 1;
    int months = 24; // bills per postpaid customer, ending with the current period
    int batchSize = 2000; // customers per transaction
};

// What was written, and a few customers worth trying in a demo.
struct DemoDataSummary {
    qint64 customers = 0;
    qint64 postpaid = 0;
    qint64 prepaid = 0;
    qint64 bills = 0;
    qint64 estimatedBills = 0;
    qint64 readings = 0;
    qint64 tokenPurchases = 0;
    QString estimatedIdpel; // postpaid, an estimated month in the last year and its correction after
    QString estimatedPeriod; // that estimated month
    QString arrearsIdpel; // postpaid with unpaid overdue bills
    QString lateFeeIdpel; // postpaid that paid a bill late
    QString prepaidIdpel;
    QString prepaidMeter;
};

// Fills a database with deterministic synthetic customers: the same seed gives the same data
// on every machine. Postpaid bills are made month by month by the BillBuilder (readings,
// missing reports billed on the 3-month average, corrections, late payments); prepaid
// customers get token purchases. Rows are written in large transactions through statements
// prepared once per batch, so a million customers is a matter of minutes, not hours.
class DemoDataGenerator {
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    DemoDataGenerator(Database& database, const Clock& clock, const BillCalculator& calculator)
        : m_database(database)
        , m_clock(clock)
        , m_calculator(calculator)
    {
    }

    [[nodiscard]] Result<DemoDataSummary> generate(const DemoDataOptions& options, const Progress& progress = {});

    // Whether the database holds any customer yet (the run script fills only an empty one).
    [[nodiscard]] Result<bool> hasCustomers() const;

    // IDPELs are the ULP code and a 7-digit sequence number.
    static constexpr qint64 kMaxCustomers = 9'999'999;

private:
    Database& m_database;
    const Clock& m_clock;
    const BillCalculator& m_calculator;
};

} // namespace csodesk
