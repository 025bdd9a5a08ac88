// Benchmark 3: the supervisor's queries on a million tickets, and the CSV export beside the
// sqlite3 shell exporting the same rows.
#include "BenchCache.h"
#include "BenchRunners.h"
#include "BenchTickets.h"
#include "audit/AuditLog.h"
#include "common/TimeUtil.h"
#include "storage/Migrator.h"
#include "tickets/TicketCsvExporter.h"
#include "tickets/TicketQueryService.h"
#include "tickets/TicketSql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

namespace csodesk::bench {

namespace {

constexpr int kRepeats = 20; // first page and figures: the median of this many runs
constexpr int kPageSize = 50;

double millis(qint64 nanoseconds)
{
    return static_cast<double>(nanoseconds) / 1e6;
}

// The month before benchNow(), as the supervisor would pick it.
std::pair<QDateTime, QDateTime> lastMonth()
{
    const QDate firstOfThisMonth(2026, 11, 1);
    const auto midnight = [](const QDate& day) { return QDateTime(day, QTime(0, 0), wibTimeZone()).toUTC(); };
    return { midnight(firstOfThisMonth.addMonths(-1)), midnight(firstOfThisMonth) };
}

QString sqliteShellQuery(qint64 fromMs, qint64 toMs)
{
    // The exporter's columns, WIB times included, oldest first: the same rows and fields.
    const QString wib = QStringLiteral("strftime('%Y-%m-%d %H:%M:%S', (%1 + 25200000) / 1000, 'unixepoch')");
    return QStringLiteral("SELECT t.number, t.kind, ") + ticket_sql::statusExpression() + QStringLiteral(", ")
        + wib.arg(QStringLiteral("t.filed_at_ms")) + QStringLiteral(", ")
        + wib.arg(QStringLiteral("t.call_started_at_ms")) + QStringLiteral(", t.handle_time_ms / 1000, ")
        + wib.arg(QStringLiteral("t.sla_due_at_ms"))
        + QStringLiteral(
            ", t.issue_type_id, t.sub_issue_type_id, t.customer_idpel, t.customer_name, t.unit_code, t.unit_name, "
            "t.routing, t.agent_name, t.linked_ticket_number, t.sop_id, t.sop_version, t.fields_json, "
            "t.description, t.agent_note, "
            "(SELECT e.flag FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'flag' ORDER BY e.id DESC LIMIT "
            "1), "
            "(SELECT e.note FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind IN ('note', 'flag') "
            "AND e.note <> '' ORDER BY e.id DESC LIMIT 1) "
            "FROM tickets t WHERE t.filed_at_ms >= %1 AND t.filed_at_ms < %2 ORDER BY t.filed_at_ms, t.id;")
              .arg(fromMs)
              .arg(toMs);
}

} // namespace

void runQueryBench(const BenchOptions& options, BenchReport& report)
{
    const BenchCache cache(options);
    const QString path = cache.ticketsDatabase(options.ticketScale);
    warmFileCache(path);
    auto database = openMigratedDatabase(DatabaseUrl::sqliteFile(path));
    if (!database.ok())
        failBench(database.error().detail);
    const FixedClock clock(benchNow());
    TicketQueryService queries(*database.value(), clock);
    AuditLog audit(*database.value(), clock);
    const Actor supervisor = ensureBenchUsers(path, 50).supervisor;
    const QString scale = QStringLiteral("%1 tickets").arg(options.ticketScale);
    const auto [monthFrom, monthTo] = lastMonth();
    QElapsedTimer timer;

    // A filtered log: one unit's KELUHAN of the last month, newest first.
    TicketFilter filtered;
    filtered.from = monthFrom;
    filtered.to = monthTo;
    filtered.kind = TicketKind::Keluhan;
    filtered.unitCode = QStringLiteral("54130");
    BenchStats firstPage;
    for (int i = 0; i < kRepeats; ++i) {
        timer.start();
        auto page
            = queries.list(supervisor, filtered, TicketPageRequest { TicketSort::FiledNewestFirst, {}, kPageSize });
        firstPage.add(timer.nsecsElapsed());
        if (!page.ok() || page->tickets.isEmpty())
            failBench(QStringLiteral("first page: ") + (page.ok() ? QStringLiteral("empty") : page.error().detail));
    }
    report.add(BenchRow { QStringLiteral("queries"), QStringLiteral("first page, filtered"), scale,
        { { QStringLiteral("p50_ms"), firstPage.percentileMicros(50) / 1000 },
            { QStringLiteral("max_ms"), firstPage.percentileMicros(100) / 1000 } } });

    // Pages 1..1,000 of the whole log by keyset; page 1,000 costs what page 1 costs.
    {
        TicketPageRequest request { TicketSort::FiledNewestFirst, {}, kPageSize };
        const int pages = static_cast<int>(std::min<qint64>(1000, options.ticketScale / kPageSize));
        BenchStats allPages;
        double lastPageMs = 0;
        for (int page = 1; page <= pages; ++page) {
            timer.start();
            auto result = queries.list(supervisor, TicketFilter {}, request);
            const qint64 elapsed = timer.nsecsElapsed();
            allPages.add(elapsed);
            if (!result.ok() || result->tickets.size() != kPageSize)
                failBench(QStringLiteral("page %1 of the log").arg(page));
            request.cursor = result->nextCursor;
            lastPageMs = millis(elapsed);
        }
        report.add(BenchRow { QStringLiteral("queries"), QStringLiteral("keyset page %1").arg(pages), scale,
            { { QStringLiteral("last_page_ms"), lastPageMs },
                { QStringLiteral("p50_page_ms"), allPages.percentileMicros(50) / 1000 },
                { QStringLiteral("p99_page_ms"), allPages.percentileMicros(99) / 1000 } } });
    }

    // A month's figures.
    {
        BenchStats figures;
        qint64 total = 0;
        for (int i = 0; i < kRepeats / 4; ++i) {
            timer.start();
            auto result = queries.figures(supervisor, monthFrom, monthTo);
            figures.add(timer.nsecsElapsed());
            if (!result.ok())
                failBench(QStringLiteral("figures: ") + result.error().detail);
            total = result->total;
        }
        report.add(BenchRow { QStringLiteral("queries"), QStringLiteral("month figures"),
            QStringLiteral("%1 tickets in the month").arg(total),
            { { QStringLiteral("p50_ms"), figures.percentileMicros(50) / 1000 },
                { QStringLiteral("max_ms"), figures.percentileMicros(100) / 1000 } } });
    }

    // CSV export of the month: csodesk's exporter beside `sqlite3 -csv` on the same rows, taking
    // turns at going first (the median of three each).
    {
        TicketFilter month;
        month.from = monthFrom;
        month.to = monthTo;
        TicketCsvExporter exporter(queries, audit);
        qint64 rowsExported = 0;
        const auto viaExporter = [&]() -> qint64 {
            const QString csvPath = QDir(cache.directory()).filePath(QStringLiteral("export-csodesk.csv"));
            QFile csv(csvPath);
            if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
                failBench(QStringLiteral("cannot write ") + csvPath);
            timer.start();
            auto exported = exporter.exportCsv(supervisor, month, csv);
            csv.close();
            const qint64 elapsed = timer.nsecsElapsed();
            if (!exported.ok())
                failBench(QStringLiteral("export: ") + exported.error().detail);
            rowsExported = exported->rows;
            return elapsed;
        };
        const auto viaShell = [&]() -> qint64 {
            QProcess shell;
            shell.setStandardOutputFile(QDir(cache.directory()).filePath(QStringLiteral("export-sqlite3.csv")));
            timer.start();
            shell.start(QStringLiteral("sqlite3"),
                { QStringLiteral("-csv"), QStringLiteral("-readonly"), path,
                    sqliteShellQuery(toEpochMs(monthFrom), toEpochMs(monthTo)) });
            if (!shell.waitForFinished(600'000) || shell.exitCode() != 0)
                failBench(QStringLiteral("sqlite3 -csv failed (is the sqlite3 package installed?): ")
                    + QString::fromUtf8(shell.readAllStandardError()));
            return timer.nsecsElapsed();
        };
        BenchStats exporterRuns, shellRuns;
        const int turns = options.smoke ? 1 : 3;
        for (int turn = 0; turn < turns; ++turn) {
            if (turn % 2 == 0) {
                exporterRuns.add(viaExporter());
                shellRuns.add(viaShell());
            } else {
                shellRuns.add(viaShell());
                exporterRuns.add(viaExporter());
            }
        }
        const double exportNs = exporterRuns.percentileMicros(50) * 1000;
        const double shellNs = shellRuns.percentileMicros(50) * 1000;
        const double rows = static_cast<double>(rowsExported);
        const QString rowsScale = QStringLiteral("%1 rows").arg(rowsExported);
        report.add(BenchRow { QStringLiteral("export"), QStringLiteral("csodesk csv"), rowsScale,
            { { QStringLiteral("rows_per_s"), rows / (exportNs / 1e9) },
                { QStringLiteral("total_ms"), exportNs / 1e6 } } });
        report.add(BenchRow { QStringLiteral("export"), QStringLiteral("sqlite3 -csv"), rowsScale,
            { { QStringLiteral("rows_per_s"), rows / (shellNs / 1e9) },
                { QStringLiteral("total_ms"), shellNs / 1e6 } } });
        report.add(BenchRow { QStringLiteral("export"), QStringLiteral("ratio csodesk/sqlite3"), rowsScale,
            { { QStringLiteral("time_ratio"), exportNs / shellNs } } });
    }
    report.addNote(QStringLiteral("queries: supervisor's view; tickets spread over 365 days, 50 agents, 6 units; "
                                  "first page and figures are the median of repeated runs, exports of three; the "
                                  "database file is read into the OS cache first"));
}

} // namespace csodesk::bench
