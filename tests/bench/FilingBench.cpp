// Benchmark 2: durable filing (synchronous=FULL) beside a raw insert+commit of the same rows;
// throughput with 4 threads and 4 processes on one SQLite file; 50 agents on PostgreSQL.
#include "BenchCache.h"
#include "BenchPostgres.h"
#include "BenchRunners.h"
#include "BenchTickets.h"
#include "RawSqlite.h"
#include "audit/AuditLog.h"
#include "common/TimeUtil.h"
#include "storage/Migrator.h"
#include "tickets/TicketNumber.h"
#include "tickets/TicketService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QTextStream>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <memory>

namespace csodesk::bench {

namespace {

const QString kSite = QStringLiteral("54");

FilingRequest requestNow(const Clock& clock)
{
    FilingRequest request;
    request.callStartedAt = clock.nowUtc().addSecs(-300);
    request.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return request;
}

// Files `count` tickets as `actor`, adding each latency to `stats` (when given).
void fileMany(Database& database, const Actor& actor, int count, qint64 offset, BenchStats* stats)
{
    SystemClock clock;
    AuditLog audit(database, clock);
    TicketService tickets(database, audit, clock, kSite);
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        TicketDraft draft = benchDraft(offset + i);
        draft.customerIdpel = benchFilingIdpel(offset + i); // one the database holds
        const FilingRequest request = requestNow(clock);
        timer.start();
        auto filed = tickets.file(actor, draft, request);
        if (stats)
            stats->add(timer.nsecsElapsed());
        if (!filed.ok())
            failBench(QStringLiteral("filing: %1 (%2)").arg(filed.error().message, filed.error().detail));
    }
}

// The same statements TicketService runs, with nothing else: the floor for durable filing.
void rawFiling(const QString& path, int count, BenchStats& stats)
{
    RawSqlite db(path);
    RawStatement begin(db.handle(), "BEGIN IMMEDIATE");
    RawStatement counter(db.handle(),
        "INSERT INTO ticket_counters (site_code, day, last_sequence) VALUES (?, ?, 1) "
        "ON CONFLICT (site_code, day) DO UPDATE SET last_sequence = ticket_counters.last_sequence + 1 "
        "RETURNING last_sequence");
    RawStatement ticket(db.handle(),
        "INSERT INTO tickets (number, client_request_id, kind, issue_type_id, sub_issue_type_id, routing, "
        "customer_idpel, customer_name, unit_code, unit_name, fields_json, description, agent_note, "
        "sop_id, sop_version, path_json, agent_user_id, agent_name, call_started_at_ms, filed_at_ms, "
        "handle_time_ms, sla_due_at_ms, linked_ticket_number) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'agent01', ?, ?, 300000, NULL, NULL)");
    RawStatement audit(
        db.handle(), "INSERT INTO audit_log (at_ms, actor, action, customer_idpel, detail) VALUES (?, ?, ?, ?, ?)");
    // What filing reads before it writes: the customer's record and the APKT catalogue.
    RawStatement customer(db.handle(),
        "SELECT c.name, c.ulp_code, u.name FROM customers c LEFT JOIN units u ON u.code = c.ulp_code "
        "WHERE c.idpel = ?");
    RawStatement catalogue(db.handle(), "SELECT 1 FROM apkt_sub_issue_types WHERE id = ? AND issue_type_id = ?");
    RawStatement commit(db.handle(), "COMMIT");
    SystemClock clock;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        TicketDraft draft = benchDraft(i);
        draft.customerIdpel = benchFilingIdpel(i);
        const QJsonObject json = ticketDraftToJson(draft);
        const std::string fields = QJsonDocument(json.value(QStringLiteral("fields")).toObject())
                                       .toJson(QJsonDocument::Compact)
                                       .toStdString();
        const std::string pathJson
            = QJsonDocument(json.value(QStringLiteral("path")).toArray()).toJson(QJsonDocument::Compact).toStdString();
        const std::string requestId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        timer.start();
        const QDateTime now = clock.nowUtc();
        const qint64 nowMs = toEpochMs(now);
        const QDate day = wibDate(now);
        begin.step();
        begin.reset();
        customer.bind(1, draft.customerIdpel.toStdString());
        customer.step();
        customer.reset();
        catalogue.bind(1, draft.subIssueTypeId.toStdString()).bind(2, draft.issueTypeId.toStdString());
        catalogue.step();
        catalogue.reset();
        counter.bind(1, kSite.toStdString()).bind(2, ticket_number::dayKey(day).toStdString());
        counter.step();
        const qint64 sequence = counter.int64(0);
        counter.reset();
        const std::string number = ticket_number::format(kSite, day, sequence).toStdString();
        int column = 1;
        for (const QString& value : { QString::fromStdString(number), QString::fromStdString(requestId),
                 ticketKindCode(draft.kind), draft.issueTypeId, draft.subIssueTypeId, ticketRoutingCode(draft.routing),
                 draft.customerIdpel, draft.customerName, draft.unitCode, draft.unitName })
            ticket.bind(column++, value.toStdString());
        ticket.bind(column++, fields);
        ticket.bind(column++, draft.description.toStdString());
        ticket.bind(column++, draft.agentNote.toStdString());
        ticket.bind(column++, draft.sopId.toStdString());
        ticket.bind(column++, qint64(draft.sopVersion));
        ticket.bind(column++, pathJson);
        ticket.bind(column++, nowMs - 300'000);
        ticket.bind(column++, nowMs);
        ticket.step();
        ticket.reset();
        audit.bind(1, nowMs).bind(2, std::string("agent01")).bind(3, std::string("file_ticket"));
        audit.bind(4, draft.customerIdpel.toStdString()).bind(5, number);
        audit.step();
        audit.reset();
        commit.step();
        commit.reset();
        stats.add(timer.nsecsElapsed());
    }
}

double perSecond(qint64 count, qint64 nanoseconds)
{
    return nanoseconds <= 0 ? 0.0 : static_cast<double>(count) * 1e9 / static_cast<double>(nanoseconds);
}

std::shared_ptr<Database> openOrFail(const DatabaseUrl& url)
{
    auto database = openMigratedDatabase(url);
    if (!database.ok())
        failBench(QStringLiteral("open %1: %2").arg(url.displayString(), database.error().detail));
    return database.value();
}

// `threads` threads sharing one Database (each gets its own connection), `perThread` tickets each.
struct ThroughputResult {
    double ticketsPerSecond = 0;
    BenchStats latency;
};

ThroughputResult threadedFiling(Database& database, const QList<Actor>& agents, int threads, int perThread)
{
    std::vector<BenchStats> latencies(static_cast<std::size_t>(threads));
    std::vector<QString> errors(static_cast<std::size_t>(threads));
    std::vector<std::unique_ptr<QThread>> workers;
    std::atomic<int> ready { 0 };
    std::atomic<bool> go { false };
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&, t] {
            auto connected = database.connection(); // connect before the clock starts
            ++ready;
            while (!go.load())
                QThread::yieldCurrentThread();
            try {
                if (!connected.ok())
                    failBench(connected.error().detail);
                fileMany(database, agents.at(t % agents.size()), perThread, qint64(t) * perThread,
                    &latencies[static_cast<std::size_t>(t)]);
            } catch (const std::exception& e) {
                errors[static_cast<std::size_t>(t)] = QString::fromUtf8(e.what());
            }
        }));
        workers.back()->start();
    }
    while (ready.load() < threads)
        QThread::msleep(5);
    QElapsedTimer timer;
    timer.start();
    go = true;
    for (auto& worker : workers)
        worker->wait();
    const qint64 elapsed = timer.nsecsElapsed();
    for (const QString& error : errors) {
        if (!error.isEmpty())
            failBench(error);
    }
    ThroughputResult result;
    result.ticketsPerSecond = perSecond(qint64(threads) * perThread, elapsed);
    for (const BenchStats& stats : latencies)
        result.latency.merge(stats);
    return result;
}

double processFiling(const QString& self, const QString& path, int processes, int perProcess)
{
    std::vector<std::unique_ptr<QProcess>> children;
    for (int p = 0; p < processes; ++p) {
        auto child = std::make_unique<QProcess>();
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child->start(self,
            { QStringLiteral("file-worker"), path, QString::number(perProcess),
                QStringLiteral("agent%1").arg(p + 1, 2, 10, QLatin1Char('0')) });
        if (!child->waitForStarted(10'000))
            failBench(QStringLiteral("cannot start %1").arg(self));
        children.push_back(std::move(child));
    }
    for (auto& child : children) {
        while (!child->canReadLine()) {
            if (!child->waitForReadyRead(30'000))
                failBench(QStringLiteral("file-worker did not get ready"));
        }
        child->readLine();
    }
    QElapsedTimer timer;
    timer.start();
    for (auto& child : children) {
        child->write("go\n");
        child->closeWriteChannel();
    }
    for (auto& child : children) {
        if (!child->waitForFinished(600'000) || child->exitCode() != 0)
            failBench(QStringLiteral("file-worker failed (exit %1)").arg(child->exitCode()));
    }
    return perSecond(qint64(processes) * perProcess, timer.nsecsElapsed());
}

BenchRow latencyRow(const QString& variant, const QString& scale, const BenchStats& stats)
{
    return BenchRow { QStringLiteral("filing"), variant, scale,
        { { QStringLiteral("p50_us"), stats.percentileMicros(50) },
            { QStringLiteral("p99_us"), stats.percentileMicros(99) },
            { QStringLiteral("mean_us"), stats.meanMicros() } } };
}

} // namespace

void runFilingBench(const BenchOptions& options, BenchReport& report, const QString& self)
{
    const BenchCache cache(options);
    const QString scale = QStringLiteral("%1 tickets").arg(options.filings);

    {
        const QString path = cache.freshDatabase(QStringLiteral("filing-service.db"));
        const BenchUsers users = ensureBenchUsers(path, 4);
        ensureBenchCustomers(path);
        const QString rawPath = cache.freshDatabase(QStringLiteral("filing-raw.db"));
        (void)ensureBenchUsers(rawPath, 1);
        ensureBenchCustomers(rawPath);
        auto database = openOrFail(DatabaseUrl::sqliteFile(path));
        BenchStats service, raw;
        fileMany(*database, users.agents.first(), options.filings, 0, &service);
        rawFiling(rawPath, options.filings, raw);
        report.add(latencyRow(QStringLiteral("csodesk service"), scale, service));
        report.add(latencyRow(QStringLiteral("raw sqlite3"), scale, raw));
        report.add(BenchRow { QStringLiteral("filing"), QStringLiteral("ratio service/raw"), scale,
            { { QStringLiteral("p50_ratio"), service.percentileMicros(50) / raw.percentileMicros(50) },
                { QStringLiteral("p99_ratio"), service.percentileMicros(99) / raw.percentileMicros(99) } } });
    }
    {
        const QString path = cache.freshDatabase(QStringLiteral("filing-threads.db"));
        const BenchUsers users = ensureBenchUsers(path, 4);
        ensureBenchCustomers(path);
        auto database = openOrFail(DatabaseUrl::sqliteFile(path));
        const ThroughputResult threads = threadedFiling(*database, users.agents, 4, options.workerTickets);
        BenchRow row = latencyRow(QStringLiteral("sqlite, 4 threads"),
            QStringLiteral("4 x %1 tickets").arg(options.workerTickets), threads.latency);
        row.figures.prepend({ QStringLiteral("tickets_per_s"), threads.ticketsPerSecond });
        report.add(row);
    }
    {
        const QString path = cache.freshDatabase(QStringLiteral("filing-processes.db"));
        (void)ensureBenchUsers(path, 4);
        ensureBenchCustomers(path);
        const double rate = processFiling(self, path, 4, options.workerTickets);
        report.add(BenchRow { QStringLiteral("filing"), QStringLiteral("sqlite, 4 processes"),
            QStringLiteral("4 x %1 tickets").arg(options.workerTickets),
            { { QStringLiteral("tickets_per_s"), rate } } });
    }
    {
        const PostgresTarget postgres(options);
        auto database = openOrFail(postgres.url());
        QList<Actor> agents;
        auto created = database->write([&](QSqlDatabase& db) -> Result<bool> {
            for (int i = 1; i <= options.postgresAgents; ++i) {
                auto id = queryScalar(db,
                    QStringLiteral("INSERT INTO users (name, role, password_hash, created_at_ms) "
                                   "VALUES (?, 'agent', '$bench$no-login', 0) RETURNING id"),
                    { QStringLiteral("agent%1").arg(i, 2, 10, QLatin1Char('0')) });
                if (!id.ok())
                    return id.error();
                agents.append(
                    Actor { id->toLongLong(), QStringLiteral("agent%1").arg(i, 2, 10, QLatin1Char('0')), Role::Agent });
            }
            return true;
        });
        if (!created.ok())
            failBench(created.error().detail);
        const ThroughputResult agentsRun
            = threadedFiling(*database, agents, options.postgresAgents, options.postgresTicketsPerAgent);
        BenchRow row = latencyRow(QStringLiteral("postgresql, %1 agents").arg(options.postgresAgents),
            QStringLiteral("%1 x %2 tickets").arg(options.postgresAgents).arg(options.postgresTicketsPerAgent),
            agentsRun.latency);
        row.figures.prepend({ QStringLiteral("tickets_per_s"), agentsRun.ticketsPerSecond });
        report.add(row);
        report.addNote(postgres.durable()
                ? QStringLiteral("filing: PostgreSQL 15 on this machine, fsync on, default settings")
                : QStringLiteral("filing: PostgreSQL at the given --postgres URL"));
    }
    report.addNote(QStringLiteral("filing: every ticket is its own transaction, WAL + synchronous=FULL on SQLite; "
                                  "throughput runs start all workers at once, connections opened beforehand"));
}

int runFileWorker(const QStringList& arguments)
{
    QTextStream err(stderr);
    if (arguments.size() != 3) {
        err << "usage: csodesk-bench file-worker SQLITE_PATH COUNT AGENT_NAME\n";
        return 2;
    }
    try {
        auto database = openOrFail(DatabaseUrl::sqliteFile(arguments.at(0)));
        const int count = arguments.at(1).toInt();
        const QString name = arguments.at(2);
        auto id = database->read([&](QSqlDatabase& db) {
            return queryScalar(db, QStringLiteral("SELECT id FROM users WHERE name = ?"), { name });
        });
        if (!id.ok() || !id->isValid())
            failBench(QStringLiteral("no user ") + name);
        const Actor actor { id->toLongLong(), name, Role::Agent };
        QTextStream out(stdout);
        out << "ready\n";
        out.flush();
        QTextStream in(stdin);
        (void)in.readLine();
        fileMany(*database, actor, count, id->toLongLong() * 1'000'000, nullptr);
    } catch (const std::exception& e) {
        err << "file-worker: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

} // namespace csodesk::bench
