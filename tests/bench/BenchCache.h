#pragma once

#include "BenchOptions.h"
#include "demo/DemoDataGenerator.h"

#include <QString>

namespace csodesk::bench {

// Generated databases under the cache directory, made once and reused by later runs (a
// million customers take minutes). A database counts as ready only when its ".ready" marker
// exists, so an interrupted generation is redone rather than measured.
class BenchCache {
public:
    explicit BenchCache(const BenchOptions& options)
        : m_options(options)
    {
    }

    // Demo customers (DemoDataGenerator, seed 1, benchNow()); migrated; path of the SQLite file.
    [[nodiscard]] QString customersDatabase(qint64 customers) const;
    // The same customers with as few bills as the generator makes (kMinDemoMonths): for
    // benchmarks that read only the customers (search), generated in a fraction of the time.
    [[nodiscard]] QString customersOnlyDatabase(qint64 customers) const;
    // Migrated, with agents, a supervisor and `tickets` tickets over the last year.
    [[nodiscard]] QString ticketsDatabase(qint64 tickets) const;
    // A fresh, migrated, empty database (previous file of that name removed).
    [[nodiscard]] QString freshDatabase(const QString& name) const;

    [[nodiscard]] QString directory() const { return m_options.cacheDir; }

private:
    [[nodiscard]] QString demoDatabase(qint64 customers, int months) const;

    const BenchOptions& m_options;
};

// DemoDataGenerator refuses fewer months; the customers (names, addresses, phones) do not
// depend on the months, since each customer's draws come before its bills.
constexpr int kMinDemoMonths = 4;

// Fills the SQLite file at `path` (migrated, empty) with demo data as of benchNow().
[[nodiscard]] DemoDataSummary generateDemoData(
    const QString& path, const DemoDataOptions& options, const DemoDataGenerator::Progress& progress = {});

// Throws std::runtime_error with the error's detail, for the benchmark's one failure path.
[[noreturn]] void failBench(const QString& what);

// Reads a file once so that it sits in the OS cache: benchmarks then measure the engine and the
// code beside their baselines, not which of them happened to touch the disk first.
void warmFileCache(const QString& path);

} // namespace csodesk::bench
