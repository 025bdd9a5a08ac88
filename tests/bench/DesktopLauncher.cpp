// Benchmark 5: the desktop's start to the login window, and Enter-in-search to the customer card
// painted, on the 1M-customer database.
#include "BenchCache.h"
#include "BenchRunners.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <ctime>

namespace csodesk::bench {

namespace {

qint64 monotonicNs()
{
    timespec now {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

} // namespace

void runDesktopBench(const BenchOptions& options, BenchReport& report)
{
#ifndef CSODESK_BENCH_DESKTOP
    Q_UNUSED(options);
    report.addNote(QStringLiteral("desktop: not built (CSODESK_BUILD_UI=OFF)"));
#else
    const BenchCache cache(options);
    const qint64 customers
        = options.customerScales.size() > 1 ? options.customerScales.at(1) : options.customerScales.first();
    const QString path = cache.customersDatabase(customers);
    const int kRuns = options.smoke ? 1 : 5;
    const int kLookupsPerRun = options.smoke ? 2 : 40;
    BenchStats login, window, enterToCard;
    qint64 peakRssKb = 0;
    for (int run = 0; run < kRuns; ++run) {
        QProcess child;
        const qint64 started = monotonicNs();
        child.start(QStringLiteral(CSODESK_BENCH_DESKTOP), { path, QString::number(kLookupsPerRun) });
        if (!child.waitForFinished(120'000) || child.exitCode() != 0)
            failBench(
                QStringLiteral("csodesk-bench-desktop failed: ") + QString::fromUtf8(child.readAllStandardError()));
        const QJsonObject result = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        login.add(result.value(QStringLiteral("login_shown_ns")).toInteger() - started);
        window.add(result.value(QStringLiteral("main_window_shown_ns")).toInteger() - started);
        for (const QJsonValue& sample : result.value(QStringLiteral("enter_to_card_ns")).toArray())
            enterToCard.add(sample.toInteger());
        peakRssKb = std::max<qint64>(peakRssKb, result.value(QStringLiteral("peak_rss_kb")).toInteger());
    }
    const QString scale = QStringLiteral("%1 customers").arg(customers);
    report.add(BenchRow { QStringLiteral("desktop"), QStringLiteral("start -> main window"), scale,
        { { QStringLiteral("p50_ms"), window.percentileMicros(50) / 1000 },
            { QStringLiteral("max_ms"), window.percentileMicros(100) / 1000 } } });
    report.add(BenchRow { QStringLiteral("desktop"), QStringLiteral("start -> login painted"), scale,
        { { QStringLiteral("p50_ms"), login.percentileMicros(50) / 1000 },
            { QStringLiteral("max_ms"), login.percentileMicros(100) / 1000 },
            { QStringLiteral("peak_rss_mb"), static_cast<double>(peakRssKb) / 1000 } } });
    report.add(BenchRow { QStringLiteral("desktop"), QStringLiteral("Enter in search -> customer card painted"), scale,
        { { QStringLiteral("p50_ms"), enterToCard.percentileMicros(50) / 1000 },
            { QStringLiteral("p99_ms"), enterToCard.percentileMicros(99) / 1000 },
            { QStringLiteral("max_ms"), enterToCard.percentileMicros(100) / 1000 } } });
    report.addNote(
        QStringLiteral("desktop: offscreen, %1 runs, from exec to the login dialog painted (database opened and "
                       "migrated on the way); then %2 random customers per run searched in the agent workspace "
                       "(IDPEL, Enter) and timed to the card painted")
            .arg(kRuns)
            .arg(kLookupsPerRun));
#endif
}

} // namespace csodesk::bench
