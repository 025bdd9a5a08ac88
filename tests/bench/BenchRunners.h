#pragma once

#include "BenchOptions.h"
#include "BenchStats.h"

#include <QStringList>

namespace csodesk::bench {

// One function per benchmark of docs/performance.md; each adds its rows (and its baseline's)
// to the report. Failures throw std::runtime_error (see failBench).
void runLookupBench(const BenchOptions& options, BenchReport& report);
void runFilingBench(const BenchOptions& options, BenchReport& report, const QString& self);
void runQueryBench(const BenchOptions& options, BenchReport& report);
void runSearchBench(const BenchOptions& options, BenchReport& report);
void runDemoDataBench(const BenchOptions& options, BenchReport& report);
void runDesktopBench(const BenchOptions& options, BenchReport& report);

// The child side of the 4-process filing run: `file-worker SQLITE_PATH COUNT AGENT_NAME`.
// Opens the database, prints "ready", waits for a line on stdin, files COUNT tickets.
int runFileWorker(const QStringList& arguments);

} // namespace csodesk::bench
