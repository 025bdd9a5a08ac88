// Benchmark: customer search (CustomerSearchService) by full name, given name and place, and
// phone in two forms, at each customer scale on SQLite beside the same SELECT and access-log
// INSERTs through the C API; on PostgreSQL at the largest scale, an agent's search through
// csodesk_search_customers beside the owner running the same WHERE / ORDER BY / LIMIT as plain
// SQL.
#include "BenchCache.h"
#include "BenchFloor.h"
#include "BenchPostgres.h"
#include "BenchRunners.h"
#include "BenchTickets.h"
#include "PostgresCustomers.h"
#include "RawSqlite.h"
#include "SearchCases.h"
#include "SearchProposal.h"
#include "audit/AuditLog.h"
#include "common/TimeUtil.h"
#include "customers/CustomerSearchService.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <functional>

namespace csodesk::bench {

namespace {

constexpr int kWarmUp = 50; // searches per variant before measuring
constexpr int kKindCount = 4;
// What the service asks the database for: kDefaultLimit shown, one more to know there are more.
constexpr int kRead = CustomerSearchService::kDefaultLimit + 1;

// Keep in step with core/customers/CustomerSearchSql.cpp: the baseline runs the same SELECTs.
const char* const kSqliteWords
    = "SELECT c.idpel, c.meter_number, c.name, c.address, c.phone, c.ulp_code, c.tariff_class, c.power_va, "
      "c.payment_type FROM customer_search s JOIN customers c ON c.idpel = printf('%012d', s.rowid) "
      "WHERE customer_search MATCH ? ORDER BY bm25(customer_search, 10.0, 1.0), c.name, c.idpel LIMIT ?";
const char* const kSqlitePhone
    = "SELECT c.idpel, c.meter_number, c.name, c.address, c.phone, c.ulp_code, c.tariff_class, c.power_va, "
      "c.payment_type FROM customers c WHERE c.phone_key >= ? AND c.phone_key < ? "
      "ORDER BY c.phone_key = ? DESC, c.name, c.idpel LIMIT ?";

const QString kAgent = QStringLiteral("agent01");

// The service's statements on SQLite with nothing in between; with `withAudit`, its access-log
// rows (one per customer read, one for the search) in one transaction of their own.
class RawSearch {
public:
    RawSearch(const QString& path, bool withAudit)
        : m_db(path)
        , m_withAudit(withAudit)
        , m_words(m_db.handle(), kSqliteWords)
        , m_phone(m_db.handle(), kSqlitePhone)
        , m_begin(m_db.handle(), "BEGIN IMMEDIATE")
        , m_audit(m_db.handle(),
              "INSERT INTO audit_log (at_ms, actor, action, customer_idpel, detail) VALUES (?, ?, ?, ?, ?)")
        , m_commit(m_db.handle(), "COMMIT")
    {
    }

    int search(const SearchCase& one, qint64 nowMs)
    {
        const bool byPhone = one.query.kind == CustomerSearchQuery::Kind::Phone;
        RawStatement& select = byPhone ? m_phone : m_words;
        if (byPhone) {
            const std::string phone = one.query.phone.toStdString();
            select.bind(1, phone).bind(2, phone + ':').bind(3, phone).bind(4, qint64(kRead));
        } else {
            select.bind(1, one.ftsMatch).bind(2, qint64(kRead));
        }
        m_idpels.clear();
        while (select.step()) { // every column read, as the service materialises its hits
            for (int column = 1; column < select.columns(); ++column)
                m_bytes += select.text(column).size();
            m_idpels.push_back(select.text(0));
        }
        select.reset();
        if (m_withAudit) {
            m_begin.step();
            m_begin.reset();
            for (std::size_t i = 0; i < m_idpels.size(); ++i)
                record(nowMs, m_idpels[i], "search result " + std::to_string(i + 1));
            record(nowMs, {},
                (QStringLiteral("search %1; %2 results").arg(one.query.auditWhat()).arg(m_idpels.size()))
                    .toStdString());
            m_commit.step();
            m_commit.reset();
        }
        return static_cast<int>(m_idpels.size());
    }

private:
    void record(qint64 nowMs, const std::string& idpel, const std::string& detail)
    {
        m_audit.bind(1, nowMs).bind(2, kAgent.toStdString()).bind(3, AuditAction::Search.toStdString());
        if (idpel.empty())
            m_audit.bindNull(4);
        else
            m_audit.bind(4, idpel);
        m_audit.bind(5, detail);
        m_audit.step();
        m_audit.reset();
    }

    RawSqlite m_db;
    bool m_withAudit;
    RawStatement m_words, m_phone, m_begin, m_audit, m_commit;
    std::vector<std::string> m_idpels;
    std::size_t m_bytes = 0;
};

// Keep in step with csodesk_search_customers (postgresql/007): the statement it EXECUTEs,
// values written in as literals as its format('%L') does (the folded words and the phone
// are [a-z0-9] only), so that it is planned for them each time, as there.
QString plainPostgresSql(const CustomerSearchQuery& query)
{
    QString where, order;
    if (query.kind == CustomerSearchQuery::Kind::Phone) {
        where = QStringLiteral("c.phone_key >= '%1' AND c.phone_key < '%1:'").arg(query.phone);
        order = QStringLiteral("c.phone_key = '%1' DESC, c.name, c.idpel").arg(query.phone);
    } else {
        QStringList wheres, orders;
        for (const QString& word : query.words) {
            wheres.append(QStringLiteral("c.search_key LIKE '% %1%'").arg(word));
            orders.append(QStringLiteral("(c.search_name LIKE '% %1%')::int").arg(word));
        }
        where = wheres.join(QStringLiteral(" AND "));
        order = QLatin1Char('(') + orders.join(QStringLiteral(" + ")) + QStringLiteral(") DESC, c.name, c.idpel");
    }
    return QStringLiteral("SELECT c.idpel, c.meter_number, c.name, c.address, c.phone, c.ulp_code, c.tariff_class, "
                          "c.power_va, c.payment_type FROM customers c WHERE ")
        + where + QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT %1").arg(kRead);
}

int plainPostgresSearch(PostgresConnection& owner, const SearchCase& one)
{
    QSqlQuery query(owner.db());
    query.setForwardOnly(true);
    if (!query.exec(plainPostgresSql(one.query)))
        failBench(QStringLiteral("plain search \"%1\": %2").arg(one.typed, query.lastError().text()));
    int rows = 0;
    std::size_t bytes = 0;
    while (query.next()) {
        for (int column = 0; column < 9; ++column)
            bytes += static_cast<std::size_t>(query.value(column).toString().size());
        ++rows;
    }
    return bytes > 0 ? rows : 0;
}

int serviceSearch(CustomerSearchService& service, const Actor& actor, const SearchCase& one)
{
    auto query = CustomerSearchQuery::parse(one.typed); // as the search field does, on each Enter
    if (!query.ok())
        failBench(query.error().detail);
    auto found = service.search(actor, query.value());
    if (!found.ok())
        failBench(QStringLiteral("search \"%1\": %2").arg(one.typed, found.error().detail));
    return static_cast<int>(found->hits.size());
}

// One way of searching and what it measured, by kind.
struct Variant {
    QString name;
    std::function<int(const SearchCase&)> run; // rows returned
    bool wordsOnly = false; // skips phone searches
    std::array<BenchStats, kKindCount> stats {};
    std::array<qint64, kKindCount> hits {};
};

std::size_t kindIndex(SearchKind kind)
{
    return static_cast<std::size_t>(kind);
}

// Every search by every variant; the variant that goes first rotates (whoever reads a
// customer's pages first pays for them, see the look-up benchmark).
void measure(std::vector<Variant>& variants, const std::vector<SearchCase>& cases)
{
    const auto runs = [](const Variant& variant, const SearchCase& one) {
        return !variant.wordsOnly || one.query.kind != CustomerSearchQuery::Kind::Phone;
    };
    for (std::size_t i = 0; i < cases.size() && i < static_cast<std::size_t>(kWarmUp); ++i) {
        for (Variant& variant : variants) {
            if (runs(variant, cases[i]))
                (void)variant.run(cases[i]);
        }
    }
    QElapsedTimer timer;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const std::size_t kind = kindIndex(cases[i].kind);
        for (std::size_t v = 0; v < variants.size(); ++v) {
            Variant& variant = variants[(i + v) % variants.size()];
            if (!runs(variant, cases[i]))
                continue;
            timer.start();
            const int rows = variant.run(cases[i]);
            variant.stats[kind].add(timer.nsecsElapsed());
            if (rows == 0)
                failBench(QStringLiteral("%1 found nobody for \"%2\"").arg(variant.name, cases[i].typed));
            variant.hits[kind] += rows;
        }
    }
}

QList<QPair<QString, double>> figures(const BenchStats& stats, double hits, double matches)
{
    return { { QStringLiteral("p50_us"), stats.percentileMicros(50) },
        { QStringLiteral("p99_us"), stats.percentileMicros(99) }, { QStringLiteral("mean_us"), stats.meanMicros() },
        { QStringLiteral("hits"), hits }, { QStringLiteral("matches"), matches } };
}

// Per kind and for all kinds together: each variant's figures, then measured / baseline.
void addRows(BenchReport& report, const QString& scale, const std::vector<SearchCase>& cases,
    const std::vector<Variant>& variants, const Variant& measured, const Variant& baseline)
{
    std::array<qint64, kKindCount> matches {}, counts {};
    for (const SearchCase& one : cases) {
        matches[kindIndex(one.kind)] += one.matches;
        ++counts[kindIndex(one.kind)];
    }
    const auto ratioRow = [&](const QString& label, const BenchStats& a, const BenchStats& b) {
        report.add(BenchRow { QStringLiteral("search"),
            QStringLiteral("ratio %1 / %2").arg(measured.name, baseline.name), label,
            { { QStringLiteral("p50_ratio"), a.percentileMicros(50) / b.percentileMicros(50) },
                { QStringLiteral("p99_ratio"), a.percentileMicros(99) / b.percentileMicros(99) },
                { QStringLiteral("mean_ratio"), a.meanMicros() / b.meanMicros() } } });
    };
    for (std::size_t k = 0; k < kKindCount; ++k) {
        if (counts[k] == 0)
            continue;
        const QString label = scale + QStringLiteral(", ") + searchKindLabel(static_cast<SearchKind>(k));
        const double n = static_cast<double>(counts[k]);
        for (const Variant& variant : variants) {
            if (variant.stats[k].count() == 0)
                continue;
            report.add(BenchRow { QStringLiteral("search"), variant.name, label,
                figures(
                    variant.stats[k], static_cast<double>(variant.hits[k]) / n, static_cast<double>(matches[k]) / n) });
        }
        ratioRow(label, measured.stats[k], baseline.stats[k]);
    }
    const auto merged = [](const Variant& variant) {
        BenchStats all;
        for (const BenchStats& stats : variant.stats)
            all.merge(stats);
        return all;
    };
    const QString label = scale + QStringLiteral(", all kinds");
    for (const Variant& variant : variants) {
        if (variant.wordsOnly)
            continue;
        qint64 hits = 0, allMatches = 0;
        for (std::size_t k = 0; k < kKindCount; ++k) {
            hits += variant.hits[k];
            allMatches += matches[k];
        }
        const double n = static_cast<double>(cases.size());
        report.add(BenchRow { QStringLiteral("search"), variant.name, label,
            figures(merged(variant), static_cast<double>(hits) / n, static_cast<double>(allMatches) / n) });
    }
    ratioRow(label, merged(measured), merged(baseline));
}

void runSqlite(BenchReport& report, const QString& path, qint64 customers, const std::vector<SearchCase>& cases)
{
    const FixedClock clock(benchNow());
    const qint64 nowMs = toEpochMs(benchNow());
    const Actor agent { 1, kAgent, Role::Agent };
    warmFileCache(path);
    auto database = openMigratedDatabase(DatabaseUrl::sqliteFile(path));
    if (!database.ok())
        failBench(database.error().detail);
    CustomerSearchService service(*database.value(), clock);
    RawSearch raw(path, true);
    RawSearch rawReads(path, false);
    std::vector<Variant> variants;
    variants.push_back({ QStringLiteral("sqlite service"),
        [&](const SearchCase& one) { return serviceSearch(service, agent, one); } });
    variants.push_back({ QStringLiteral("sqlite raw"), [&](const SearchCase& one) { return raw.search(one, nowMs); } });
    variants.push_back(
        { QStringLiteral("sqlite raw reads"), [&](const SearchCase& one) { return rawReads.search(one, nowMs); } });
    // Not csodesk's SQL: what the proposals of docs/performance.md would cost, reads only.
    ProposedSqliteSearch ranked(path, ProposedSqliteSearch::Strategy::RankedInFts, kRead);
    ProposedSqliteSearch nameFirst(path, ProposedSqliteSearch::Strategy::NameFirst, kRead);
    variants.push_back({ QStringLiteral("proposal: fts5-ranked reads"),
        [&](const SearchCase& one) { return ranked.search(one); }, true });
    variants.push_back({ QStringLiteral("proposal: name-first reads"),
        [&](const SearchCase& one) { return nameFirst.search(one); }, true });
    measure(variants, cases);
    addRows(report, QStringLiteral("%1").arg(customers), cases, variants, variants[0], variants[1]);
}

void runPostgres(const BenchOptions& options, BenchReport& report, const QString& sqlitePath, qint64 customers,
    const std::vector<SearchCase>& cases)
{
    const PostgresTarget postgres(options);
    auto owner = openMigratedDatabase(postgres.url());
    if (!owner.ok())
        failBench(owner.error().detail);
    const qint64 copyMs = copyCustomersToPostgres(sqlitePath, postgres.url());
    const BenchFloor floor(*owner.value(), QStringLiteral("_%1").arg(QCoreApplication::applicationPid()));
    const SystemClock clock; // on a floor the database takes the time itself
    CustomerSearchService service(floor.agentDatabase(), clock);
    PostgresConnection plain(postgres.url(), QStringLiteral("csodesk-bench-plain"));
    std::vector<Variant> variants;
    variants.push_back({ QStringLiteral("postgresql service"),
        [&](const SearchCase& one) { return serviceSearch(service, floor.agent(), one); } });
    variants.push_back({ QStringLiteral("postgresql plain sql"),
        [&](const SearchCase& one) { return plainPostgresSearch(plain, one); } });
    measure(variants, cases);
    addRows(report, QStringLiteral("%1").arg(customers), cases, variants, variants[0], variants[1]);
    report.addNote(QStringLiteral("search: PostgreSQL %1, %2 customers copied from the SQLite database in %3 s "
                                  "(json_to_recordset batches, indexes rebuilt, VACUUM ANALYZE); the service as an "
                                  "agent's own login, the plain SQL as the owner, outside any transaction")
                       .arg(postgres.durable() ? QStringLiteral("on this machine, fsync on")
                                               : QStringLiteral("at the given --postgres URL"))
                       .arg(customers)
                       .arg(copyMs / 1000));
}

} // namespace

void runSearchBench(const BenchOptions& options, BenchReport& report)
{
    const BenchCache cache(options);
    QString largestPath;
    qint64 largest = 0;
    std::vector<SearchCase> largestCases;
    for (const qint64 customers : options.customerScales) {
        const QString path = cache.customersOnlyDatabase(customers);
        std::vector<SearchCase> cases = drawSearchCases(path, customers, options.searches);
        runSqlite(report, path, customers, cases);
        if (customers > largest) {
            largest = customers;
            largestPath = path;
            largestCases = std::move(cases);
        }
    }
    if (largest > 0)
        runPostgres(options, report, largestPath, largest, largestCases);
    report.addNote(
        QStringLiteral("search: %1 searches of each kind per scale (fixed seed, from random customers) after %2 "
                       "warm-up searches, variants interleaved, the first rotating; hits = customers returned "
                       "(the service shows %3 of the %4 it reads), matches = customers matching in all; the "
                       "service commits its access-log rows (SQLite: WAL, synchronous=FULL)")
            .arg(options.searches)
            .arg(kWarmUp)
            .arg(CustomerSearchService::kDefaultLimit)
            .arg(kRead));
}

} // namespace csodesk::bench
