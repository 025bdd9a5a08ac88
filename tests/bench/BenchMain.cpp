// csodesk-bench: see docs/performance.md for what each command measures and the last figures.
#include "BenchOptions.h"
#include "BenchRunners.h"
#include "BenchStats.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <sqlite3.h>

#include <exception>

using namespace csodesk;
using namespace csodesk::bench;

namespace {

QString firstLineStartingWith(const QString& file, const QString& prefix)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : in.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        if (text.startsWith(prefix))
            return text.section(QLatin1Char(':'), 1).simplified();
    }
    return {};
}

QString machineDescription()
{
    QString build =
#ifdef NDEBUG
        QStringLiteral("optimised build");
#else
        QStringLiteral("DEBUG BUILD (figures not meaningful; use the release preset)");
#endif
    return QStringLiteral("%1; %2 logical CPUs; %3 RAM; %4 %5; SQLite %6; Qt %7; %8")
        .arg(firstLineStartingWith(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name")))
        .arg(QThread::idealThreadCount())
        .arg(firstLineStartingWith(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal")))
        .arg(QSysInfo::kernelType(), QSysInfo::kernelVersion())
        .arg(QString::fromLatin1(sqlite3_libversion()), QString::fromLatin1(qVersion()), build);
}

// The smoke run inside ctest uses the test run's PostgreSQL server when there is one.
void useTestServerForSmoke(BenchOptions& options)
{
    if (!options.smoke || !options.postgresUrl.isEmpty())
        return;
    QFile urlFile(qEnvironmentVariable("CSODESK_TEST_PG_URL_FILE"));
    if (urlFile.fileName().isEmpty() || !urlFile.open(QIODevice::ReadOnly))
        return;
    options.postgresUrl = QString::fromUtf8(urlFile.readAll()).trimmed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("file-worker"))
        return runFileWorker(arguments.mid(2));

    BenchOptions options;
    if (auto exit = parseBenchOptions(arguments, options))
        return *exit;
    useTestServerForSmoke(options);
    if (!QDir().mkpath(options.cacheDir)) {
        QTextStream(stderr) << "cannot create " << options.cacheDir << "\n";
        return 1;
    }
    // Logged as the app logs (info, to a rotating file, through the redactor): that is part of
    // what an agent's look-up costs.
    LoggingOptions logging;
    logging.logDirectory = QDir(options.cacheDir).filePath(QStringLiteral("logs"));
    initLogging(logging);

    const QString& command = options.command;
    const bool all = command == QLatin1String("all") || command == QLatin1String("smoke");
    BenchReport report;
    QTextStream out(stdout);
    try {
        if (all || command == QLatin1String("lookup"))
            runLookupBench(options, report);
        if (all || command == QLatin1String("filing"))
            runFilingBench(options, report, QCoreApplication::applicationFilePath());
        if (all || command == QLatin1String("queries"))
            runQueryBench(options, report);
        if (all || command == QLatin1String("search"))
            runSearchBench(options, report);
        if (all || command == QLatin1String("demo-data"))
            runDemoDataBench(options, report);
        if (all || command == QLatin1String("desktop"))
            runDesktopBench(options, report);
    } catch (const std::exception& e) {
        out << report.toTable();
        QTextStream(stderr) << "csodesk-bench " << command << " failed: " << e.what() << "\n";
        return 1;
    }
    const QString machine = machineDescription();
    out << "machine: " << machine << "\n" << report.toTable();
    if (!options.jsonPath.isEmpty() && !report.writeJson(options.jsonPath, machine)) {
        QTextStream(stderr) << "cannot write " << options.jsonPath << "\n";
        return 1;
    }
    return 0;
}
