#include "BenchOptions.h"

#include "demo/DemoDataGenerator.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace csodesk::bench {

namespace {

const QStringList kCommands { QStringLiteral("lookup"), QStringLiteral("filing"), QStringLiteral("queries"),
    QStringLiteral("search"), QStringLiteral("demo-data"), QStringLiteral("desktop"), QStringLiteral("all"),
    QStringLiteral("smoke") };

bool parsePositive(const QString& text, qint64& out)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0)
        return false;
    out = value;
    return true;
}

} // namespace

void applySmokeScales(BenchOptions& options)
{
    options.smoke = true;
    options.customerScales = { 300, 3000 };
    options.ticketScale = 3000;
    options.lookups = 200;
    options.searches = 20;
    options.filings = 50;
    options.workerTickets = 25;
    options.postgresAgents = 5;
    options.postgresTicketsPerAgent = 10;
    options.demoCustomers = 300;
}

std::optional<int> parseBenchOptions(const QStringList& arguments, BenchOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("csodesk benchmarks, each beside its baseline in the same run.\n"
                       "Commands: lookup, filing, queries, search, demo-data, desktop, all, smoke.\n"
                       "Build with the release preset for figures that mean anything."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), kCommands.join(QStringLiteral(", ")));
    const QCommandLineOption cacheOption(QStringLiteral("cache-dir"),
        QStringLiteral("Where generated databases are kept and reused (default: build/<preset>/bench-cache)."),
        QStringLiteral("dir"), QStringLiteral(CSODESK_BENCH_CACHE_DIR));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QStringLiteral("Also write the results as JSON."), QStringLiteral("file"));
    const QCommandLineOption hugeOption(QStringLiteral("with-10m"),
        QStringLiteral("Look-up: add the 10-million scale (9,999,999 customers; about 20 minutes to generate)."));
    const QCommandLineOption scalesOption(QStringLiteral("customers"),
        QStringLiteral("Look-up and search: comma-separated customer counts (default 100000,1000000)."),
        QStringLiteral("list"));
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"),
        QStringLiteral("Queries: tickets in the database (default 1000000)."), QStringLiteral("n"));
    const QCommandLineOption lookupsOption(QStringLiteral("lookups"),
        QStringLiteral("Look-up: random IDPELs per scale (default 10000)."), QStringLiteral("n"));
    const QCommandLineOption searchesOption(QStringLiteral("searches"),
        QStringLiteral("Search: searches of each kind per scale (default 1000)."), QStringLiteral("n"));
    const QCommandLineOption filingsOption(QStringLiteral("filings"),
        QStringLiteral("Filing: tickets in the latency run (default 2000)."), QStringLiteral("n"));
    const QCommandLineOption workerOption(QStringLiteral("worker-tickets"),
        QStringLiteral("Filing: tickets per thread/process in the throughput runs (default 1000)."),
        QStringLiteral("n"));
    const QCommandLineOption pgOption(QStringLiteral("postgres"),
        QStringLiteral("Filing and search: PostgreSQL URL (default: a throwaway server, durable settings)."),
        QStringLiteral("url"));
    const QCommandLineOption separateOption(QStringLiteral("separate"),
        QStringLiteral("Look-up: run each variant over all IDPELs in turn instead of interleaving them (shows what one "
                       "connection's writes cost the others' page caches)."));
    const QCommandLineOption demoOption(QStringLiteral("demo-customers"),
        QStringLiteral("Demo data: customers to generate (default 100000)."), QStringLiteral("n"));
    for (const auto* option : { &cacheOption, &jsonOption, &hugeOption, &scalesOption, &ticketsOption, &lookupsOption,
             &searchesOption, &filingsOption, &workerOption, &pgOption, &separateOption, &demoOption })
        parser.addOption(*option);

    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << "\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !kCommands.contains(positional.first())) {
        err << "usage: csodesk-bench COMMAND [options]; commands: " << kCommands.join(QStringLiteral(", ")) << "\n";
        return 2;
    }
    options.command = positional.first();
    if (options.command == QLatin1String("smoke"))
        applySmokeScales(options);
    options.cacheDir = parser.value(cacheOption);
    options.jsonPath = parser.value(jsonOption);
    options.postgresUrl = parser.value(pgOption);
    options.separateLookupRuns = parser.isSet(separateOption);

    bool valid = true;
    const auto number = [&](const QCommandLineOption& option, auto& target) {
        if (!parser.isSet(option))
            return;
        qint64 value = 0;
        if (!parsePositive(parser.value(option), value)) {
            err << "--" << option.names().first() << " takes a positive whole number\n";
            valid = false;
            return;
        }
        target = static_cast<std::remove_reference_t<decltype(target)>>(value);
    };
    number(ticketsOption, options.ticketScale);
    number(lookupsOption, options.lookups);
    number(searchesOption, options.searches);
    number(filingsOption, options.filings);
    number(workerOption, options.workerTickets);
    number(demoOption, options.demoCustomers);
    if (parser.isSet(scalesOption)) {
        options.customerScales.clear();
        for (const QString& part : parser.value(scalesOption).split(QLatin1Char(','))) {
            qint64 value = 0;
            if (!parsePositive(part.trimmed(), value)) {
                err << "--customers takes a comma-separated list of positive whole numbers\n";
                return 2;
            }
            options.customerScales.append(value);
        }
    }
    if (parser.isSet(hugeOption)) // ten million less one: the 7-digit IDPEL sequence of the demo data ends there
        options.customerScales.append(DemoDataGenerator::kMaxCustomers);
    if (!valid)
        return 2;
    return std::nullopt;
}

} // namespace csodesk::bench
