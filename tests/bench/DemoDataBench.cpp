// Benchmark 4: how fast the demo-data generator fills an empty database.
#include "BenchCache.h"
#include "BenchRunners.h"
#include "RawSqlite.h"

#include <QElapsedTimer>

namespace csodesk::bench {

namespace {

// The columns a row is written with: generated ones (customers' phone key, sqlite/007) are
// left out, the engine computes them, so "SELECT *" would not fit the INSERT.
std::string storedColumns(RawSqlite& db, const char* table)
{
    RawStatement columns(db.handle(), "SELECT group_concat(name, ', ') FROM pragma_table_xinfo(?) WHERE hidden = 0");
    columns.bind(1, std::string(table));
    if (!columns.step() || columns.text(0).empty())
        failBench(QStringLiteral("no columns for ") + QLatin1String(table));
    return columns.text(0);
}

} // namespace

void runDemoDataBench(const BenchOptions& options, BenchReport& report)
{
    const BenchCache cache(options);
    const QString path = cache.freshDatabase(QStringLiteral("demo-data.db"));
    DemoDataOptions demo;
    demo.customers = options.demoCustomers;
    QElapsedTimer timer;
    timer.start();
    const DemoDataSummary summary = generateDemoData(path, demo);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    report.add(BenchRow { QStringLiteral("demo-data"), QStringLiteral("DemoDataGenerator"),
        QStringLiteral("%1 customers, %2 months").arg(summary.customers).arg(demo.months),
        { { QStringLiteral("customers_per_s"), static_cast<double>(summary.customers) / seconds },
            { QStringLiteral("bills_per_s"), static_cast<double>(summary.bills) / seconds },
            { QStringLiteral("rows_per_s"),
                static_cast<double>(summary.customers + summary.bills + summary.readings + summary.tokenPurchases)
                    / seconds },
            { QStringLiteral("total_s"), seconds } } });

    // The floor: the engine writing the very same rows (indexes and constraints included) in
    // one transaction, with no generation and no driver in between.
    const QString copyPath = cache.freshDatabase(QStringLiteral("demo-data-copy.db"));
    RawSqlite copy(copyPath);
    const QByteArray attach = QStringLiteral("ATTACH DATABASE '%1' AS generated")
                                  .arg(QString(path).replace(QLatin1Char('\''), QStringLiteral("''")))
                                  .toUtf8();
    copy.exec(attach.constData());
    timer.start();
    copy.exec("BEGIN");
    for (const char* table : { "units", "customers", "bills", "meter_readings", "token_purchases" }) {
        const std::string columns = storedColumns(copy, table);
        const std::string sql = std::string("INSERT INTO main.") + table + " (" + columns + ") SELECT " + columns
            + " FROM generated." + table;
        copy.exec(sql.c_str());
    }
    copy.exec("COMMIT");
    const double copySeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    report.add(BenchRow { QStringLiteral("demo-data"), QStringLiteral("raw sqlite3 copy"),
        QStringLiteral("%1 customers, %2 months").arg(summary.customers).arg(demo.months),
        { { QStringLiteral("customers_per_s"), static_cast<double>(summary.customers) / copySeconds },
            { QStringLiteral("bills_per_s"), static_cast<double>(summary.bills) / copySeconds },
            { QStringLiteral("total_s"), copySeconds } } });
}

} // namespace csodesk::bench
