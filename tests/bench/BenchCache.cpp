#include "BenchCache.h"

#include "BenchTickets.h"
#include "billing/BillCalculator.h"
#include "billing/TariffBook.h"
#include "common/Clock.h"
#include "demo/DemoDataGenerator.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <stdexcept>

namespace csodesk::bench {

namespace {

bool isReady(const QString& path)
{
    return QFile::exists(path) && QFile::exists(path + QStringLiteral(".ready"));
}

void markReady(const QString& path, const QString& note)
{
    QFile marker(path + QStringLiteral(".ready"));
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        failBench(QStringLiteral("cannot write ") + marker.fileName());
    marker.write(note.toUtf8() + '\n');
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix :
        { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".ready") })
        QFile::remove(path + suffix);
}

} // namespace

DemoDataSummary generateDemoData(
    const QString& path, const DemoDataOptions& options, const DemoDataGenerator::Progress& progress)
{
    auto database = openMigratedDatabase(DatabaseUrl::sqliteFile(path));
    if (!database.ok())
        failBench(database.error().detail);
    auto tariffs = TariffBook::load();
    if (!tariffs.ok())
        failBench(tariffs.error().detail);
    const FixedClock clock(benchNow());
    const BillCalculator calculator(tariffs.value());
    DemoDataGenerator generator(*database.value(), clock, calculator);
    auto summary = generator.generate(options, progress);
    if (!summary.ok())
        failBench(summary.error().detail);
    return summary.value();
}

void failBench(const QString& what)
{
    throw std::runtime_error(what.toStdString());
}

QString BenchCache::freshDatabase(const QString& name) const
{
    if (!QDir().mkpath(m_options.cacheDir))
        failBench(QStringLiteral("cannot create ") + m_options.cacheDir);
    const QString path = QDir(m_options.cacheDir).filePath(name);
    removeDatabaseFiles(path);
    auto url = DatabaseUrl::sqliteFile(path);
    auto database = openMigratedDatabase(url);
    if (!database.ok())
        failBench(QStringLiteral("migrate %1: %2").arg(path, database.error().detail));
    return path;
}

QString BenchCache::customersDatabase(qint64 customers) const
{
    return demoDatabase(customers, m_options.months);
}

QString BenchCache::customersOnlyDatabase(qint64 customers) const
{
    return demoDatabase(customers, kMinDemoMonths);
}

QString BenchCache::demoDatabase(qint64 customers, int months) const
{
    const QString path
        = QDir(m_options.cacheDir).filePath(QStringLiteral("customers-%1-m%2.db").arg(customers).arg(months));
    if (isReady(path))
        return path;
    QTextStream err(stderr);
    err << "bench: generating " << customers << " customers into " << path << " (once; reused later)\n";
    err.flush();
    (void)freshDatabase(QFileInfo(path).fileName());
    DemoDataOptions options;
    options.customers = customers;
    options.months = months;
    QElapsedTimer timer;
    timer.start();
    const DemoDataSummary summary = generateDemoData(path, options, [&](qint64 done, qint64 total) {
        if (done == total || done % std::max<qint64>(1, total / 10) == 0) {
            err << "bench:   " << done << "/" << total << " (" << timer.elapsed() / 1000 << " s)\n";
            err.flush();
        }
    });
    markReady(path,
        QStringLiteral("%1 customers, %2 bills in %3 ms")
            .arg(summary.customers)
            .arg(summary.bills)
            .arg(timer.elapsed()));
    return path;
}

QString BenchCache::ticketsDatabase(qint64 tickets) const
{
    const QString path = QDir(m_options.cacheDir).filePath(QStringLiteral("tickets-%1.db").arg(tickets));
    if (isReady(path))
        return path;
    QTextStream err(stderr);
    err << "bench: generating " << tickets << " tickets into " << path << " (once; reused later)\n";
    err.flush();
    (void)freshDatabase(QFileInfo(path).fileName());
    QElapsedTimer timer;
    timer.start();
    const BenchUsers users = ensureBenchUsers(path, 50);
    insertBulkTickets(path, tickets, 365, users);
    markReady(path, QStringLiteral("%1 tickets in %2 ms").arg(tickets).arg(timer.elapsed()));
    return path;
}

void warmFileCache(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        failBench(QStringLiteral("cannot read ") + path);
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    while (file.read(buffer.data(), buffer.size()) > 0) { }
}

} // namespace csodesk::bench
