// demo-data: fill a database with deterministic synthetic customers, bills and tokens.
#include "CliContext.h"
#include "CommandRegistry.h"
#include "customers/DemoDataGenerator.h"

#include <QElapsedTimer>

namespace csodesk::cli {

namespace {

int runDemoData(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("How many customers (default 1000)."),
                                             QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed; the same seed gives the same data (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption monthsOption(QStringLiteral("months"), QStringLiteral("Bills per postpaid customer (default 24)."),
                                          QStringLiteral("M"), QStringLiteral("24"));
    parser.addOption(customersOption);
    parser.addOption(seedOption);
    parser.addOption(monthsOption);
    if (auto stop = context.parse(parser, QStringLiteral("Fill the database with synthetic demo customers, bills, readings and tokens.\n"
                                                         "Prints a few IDPELs worth trying, one per line.")))
        return *stop;
    bool customersOk = false;
    bool seedOk = false;
    bool monthsOk = false;
    DemoDataOptions options;
    options.customers = parser.value(customersOption).toLongLong(&customersOk);
    options.seed = parser.value(seedOption).toULongLong(&seedOk);
    options.months = parser.value(monthsOption).toInt(&monthsOk);
    if (!customersOk || !seedOk || !monthsOk)
        return context.usage(QStringLiteral("--customers, --seed and --months take whole numbers"));

    auto database = context.database();
    if (!database.ok())
        return context.fail(database.error());
    auto tariffs = TariffBook::load();
    if (!tariffs.ok())
        return context.fail(tariffs.error());
    const BillCalculator calculator(tariffs.value());
    DemoDataGenerator generator(*database.value(), context.clock(), calculator);

    QElapsedTimer timer;
    timer.start();
    QTextStream& err = context.err();
    qint64 lastReported = 0;
    auto summary = generator.generate(options, [&](qint64 done, qint64 total) {
        // About every 2 % (and at the end), so a million customers do not flood the terminal.
        if (done == total || done - lastReported >= std::max<qint64>(1, total / 50)) {
            err << "demo-data: " << done << "/" << total << " customers (" << (timer.elapsed() / 1000) << " s)\n";
            err.flush();
            lastReported = done;
        }
    });
    if (!summary.ok())
        return context.fail(summary.error());

    err << "demo-data: " << summary->customers << " customers (" << summary->postpaid << " postpaid, " << summary->prepaid
        << " prepaid), " << summary->bills << " bills (" << summary->estimatedBills << " estimated), " << summary->readings
        << " readings, " << summary->tokenPurchases << " token purchases in " << timer.elapsed() << " ms\n";
    err << "Worth trying (stdout, one per line):\n";
    QTextStream& out = context.out();
    const auto suggest = [&](const QString& key, const QString& why) {
        if (key.isEmpty())
            return;
        out << key << "\n";
        err << "  " << key << "  " << why << "\n";
    };
    suggest(summary->estimatedIdpel, QStringLiteral("postpaid; %1 estimated from the 3-month average, corrected later").arg(summary->estimatedPeriod));
    suggest(summary->arrearsIdpel, QStringLiteral("postpaid in arrears (unpaid bills with late fees)"));
    suggest(summary->lateFeeIdpel, QStringLiteral("postpaid; paid a bill late"));
    suggest(summary->prepaidIdpel, QStringLiteral("prepaid (IDPEL)"));
    suggest(summary->prepaidMeter, QStringLiteral("prepaid (meter number of the same customer)"));
    out.flush();
    err.flush();
    return ExitOk;
}

} // namespace

void registerDemoDataCommands(CommandRegistry& registry)
{
    registry.add({QStringLiteral("demo-data"), QStringLiteral("Fill the database with synthetic demo data"), runDemoData});
}

} // namespace csodesk::cli
