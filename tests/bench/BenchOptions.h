#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace csodesk::bench {

// What one csodesk-bench run measures and where it keeps its generated databases.
struct BenchOptions {
    QString command; // lookup, filing, queries, search, demo-data, desktop, all, smoke
    QString cacheDir; // generated databases, reused by later runs
    QString jsonPath; // empty: table only
    QList<qint64> customerScales { 100'000, 1'000'000 };
    qint64 ticketScale = 1'000'000;
    int lookups = 10'000; // random IDPELs per scale
    int searches = 1'000; // searches of each kind per scale
    int filings = 2'000; // tickets per latency run
    int workerTickets = 1'000; // tickets per thread/process in the throughput runs
    int postgresAgents = 50;
    int postgresTicketsPerAgent = 100;
    QString postgresUrl; // empty: start a throwaway server (scripts/pg-test-server.sh)
    int months = 13; // bills per postpaid customer in the look-up databases
    qint64 demoCustomers = 100'000;
    bool separateLookupRuns = false; // look-up: each variant over all IDPELs in turn, not interleaved
    bool smoke = false; // tiny scales: checks that every benchmark runs, figures mean nothing
};

// Parses argv; on error or --help prints to stderr/stdout and returns the exit code to use.
[[nodiscard]] std::optional<int> parseBenchOptions(const QStringList& arguments, BenchOptions& options);

// Scales for a smoke run (seconds in total).
void applySmokeScales(BenchOptions& options);

} // namespace csodesk::bench
