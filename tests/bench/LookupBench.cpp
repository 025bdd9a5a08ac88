// Benchmark 1: the look-up service against the same reads and access-log write done with the
// raw SQLite C API, over the same random IDPELs, at each customer scale.
#include "BenchCache.h"
#include "BenchRunners.h"
#include "BenchTickets.h"
#include "RawSqlite.h"
#include "audit/AuditLog.h"
#include "common/TimeUtil.h"
#include "customers/CustomerLookupService.h"
#include "storage/Migrator.h"
#include "tickets/CustomerTicketHistory.h"
#include "tickets/TicketQueryService.h"
#include "tickets/TicketSql.h"

#include <QElapsedTimer>

#include <array>
#include <functional>
#include <random>

namespace csodesk::bench {

namespace {

constexpr int kWarmUp = 500;

std::vector<std::string> randomIdpels(const QString& path, qint64 customers, int count)
{
    RawSqlite db(path);
    RawStatement byRowid(db.handle(), "SELECT idpel FROM customers WHERE rowid = ?");
    std::mt19937_64 random(20261122);
    std::uniform_int_distribution<qint64> pick(1, customers);
    std::vector<std::string> idpels;
    idpels.reserve(static_cast<std::size_t>(count));
    while (static_cast<int>(idpels.size()) < count) {
        byRowid.bind(1, pick(random));
        if (byRowid.step())
            idpels.push_back(byRowid.text(0));
        byRowid.reset();
    }
    return idpels;
}

// The statement TicketQueryService runs for the ticket history of a look-up by an agent.
QString ticketHistorySql()
{
    const Actor agent { 1, QStringLiteral("agent01"), Role::Agent };
    return ticket_sql::selectTickets() + QStringLiteral(" WHERE 1 = 1") + ticket_sql::visibleTo(agent).sql
        + QStringLiteral(" AND t.customer_idpel = ? ORDER BY t.filed_at_ms DESC, t.id DESC LIMIT %1")
              .arg(CustomerLookupService::kTicketsShown + 1);
}

// What CustomerRepository and AuditLog do for one look-up, with nothing in between.
class RawLookup {
public:
    RawLookup(const QString& path, bool withAudit)
        : m_db(path)
        , m_withAudit(withAudit)
        , m_customer(m_db.handle(),
              "SELECT idpel, meter_number, name, address, phone, email, tariff_class, power_va, "
              "payment_type, ulp_code, invoice_email_state, invoice_email FROM customers WHERE idpel = ?")
        , m_unit(
              m_db.handle(), "SELECT code, level, name, parent_code, province, city, ppj_bp FROM units WHERE code = ?")
        , m_bills(m_db.handle(),
              "SELECT id, idpel, period, stand_start_wh, stand_end_wh, meter_factor, usage_wh, estimated, "
              "estimated_from, correction_wh, tariff_rate_sen, energy_charge, fixed_charge, ppj, ppn, late_fee, "
              "total, due_date, paid_at_ms, payment_channel FROM bills WHERE idpel = ? ORDER BY period DESC LIMIT 12")
        , m_unpaid(m_db.handle(),
              "SELECT id, idpel, period, stand_start_wh, stand_end_wh, meter_factor, usage_wh, estimated, "
              "estimated_from, correction_wh, tariff_rate_sen, energy_charge, fixed_charge, ppj, ppn, late_fee, "
              "total, due_date, paid_at_ms, payment_channel FROM bills WHERE idpel = ? AND paid_at_ms IS NULL "
              "ORDER BY period")
        , m_readings(m_db.handle(),
              "SELECT id, idpel, source, reported_at_ms, stand_wh, accepted, reject_reason "
              "FROM meter_readings WHERE idpel = ? ORDER BY reported_at_ms DESC LIMIT 6")
        , m_tokens(m_db.handle(),
              "SELECT id, idpel, purchased_at_ms, amount, energy_wh, token_masked "
              "FROM token_purchases WHERE idpel = ? ORDER BY purchased_at_ms DESC LIMIT 10")
        , m_tickets(m_db.handle(), ticketHistorySql().toStdString().c_str())
        , m_begin(m_db.handle(), "BEGIN IMMEDIATE")
        , m_audit(m_db.handle(),
              "INSERT INTO audit_log (at_ms, actor, action, customer_idpel, detail) VALUES (?, ?, ?, ?, ?)")
        , m_commit(m_db.handle(), "COMMIT")
    {
    }

    // Reads every column of every row into strings, as the service materialises them.
    std::size_t lookup(const std::string& idpel, qint64 nowMs)
    {
        std::size_t bytes = 0;
        std::string ulp;
        m_customer.bind(1, idpel);
        if (m_customer.step()) {
            ulp = m_customer.text(9);
            bytes += drain(m_customer, false);
        }
        m_customer.reset();
        for (int depth = 0; depth < 3 && !ulp.empty(); ++depth) {
            m_unit.bind(1, ulp);
            ulp.clear();
            if (m_unit.step()) {
                ulp = m_unit.text(3);
                bytes += drain(m_unit, false);
            }
            m_unit.reset();
        }
        for (RawStatement* list : { &m_bills, &m_unpaid, &m_readings, &m_tokens }) {
            list->bind(1, idpel);
            bytes += drain(*list, true);
            list->reset();
        }
        // The customer's tickets an agent may see (the bench databases have none: an index probe).
        m_tickets.bind(1, qint64(1))
            .bind(2, std::string("agent01"))
            .bind(3, AuditAction::Lookup.toStdString())
            .bind(4, idpel);
        bytes += drain(m_tickets, true);
        m_tickets.reset();
        if (m_withAudit) {
            m_begin.step();
            m_begin.reset();
            m_audit.bind(1, nowMs).bind(2, std::string("agent01")).bind(3, std::string("lookup")).bind(4, idpel);
            m_audit.bind(5, std::string("by idpel"));
            m_audit.step();
            m_audit.reset();
            m_commit.step();
            m_commit.reset();
        }
        return bytes;
    }

private:
    static std::size_t drain(RawStatement& statement, bool stepFirst)
    {
        std::size_t bytes = 0;
        while (!stepFirst || statement.step()) {
            stepFirst = true;
            for (int column = 0; column < statement.columns(); ++column)
                bytes += statement.text(column).size();
        }
        return bytes;
    }

    RawSqlite m_db;
    bool m_withAudit;
    RawStatement m_customer, m_unit, m_bills, m_unpaid, m_readings, m_tokens, m_tickets, m_begin, m_audit, m_commit;
};

BenchRow row(const QString& variant, qint64 customers, const BenchStats& stats)
{
    return BenchRow { QStringLiteral("lookup"), variant, QStringLiteral("%1 customers").arg(customers),
        { { QStringLiteral("p50_us"), stats.percentileMicros(50) },
            { QStringLiteral("p99_us"), stats.percentileMicros(99) },
            { QStringLiteral("mean_us"), stats.meanMicros() } } };
}

} // namespace

void runLookupBench(const BenchOptions& options, BenchReport& report)
{
    const BenchCache cache(options);
    const FixedClock clock(benchNow());
    const Actor agent { 1, QStringLiteral("agent01"), Role::Agent };
    double firstScaleP50 = 0;
    for (const qint64 customers : options.customerScales) {
        const QString path = cache.customersDatabase(customers);
        const std::vector<std::string> idpels = randomIdpels(path, customers, options.lookups);

        // The database file read once into the OS cache, so that every variant measures the
        // engine and the code rather than the disk (a 1M-customer file is 2.9 GB).
        warmFileCache(path);
        auto database = openMigratedDatabase(DatabaseUrl::sqliteFile(path));
        if (!database.ok())
            failBench(database.error().detail);
        CustomerLookupService service(*database.value(), clock);
        TicketQueryService ticketQueries(*database.value(), clock);
        CustomerTicketHistory ticketHistory(ticketQueries);
        service.setTicketHistory(&ticketHistory);
        RawLookup raw(path, true);
        RawLookup rawReads(path, false);
        const qint64 nowMs = toEpochMs(benchNow());

        BenchStats serviceStats, rawStats, readsStats;
        for (int i = 0; i < kWarmUp && i < static_cast<int>(idpels.size()); ++i) {
            (void)service.lookup(agent, QString::fromStdString(idpels[static_cast<std::size_t>(i)]));
            (void)raw.lookup(idpels[static_cast<std::size_t>(i)], nowMs);
        }
        // Interleaved by default, so that cache warmth and background load fall on all alike.
        QElapsedTimer timer;
        const auto viaService = [&](const std::string& idpel) {
            const QString input = QString::fromStdString(idpel);
            timer.start();
            auto found = service.lookup(agent, input);
            serviceStats.add(timer.nsecsElapsed());
            if (!found.ok())
                failBench(QStringLiteral("lookup %1: %2").arg(input, found.error().detail));
        };
        const auto viaRaw = [&](RawLookup& lookup, BenchStats& stats, const std::string& idpel) {
            timer.start();
            const std::size_t bytes = lookup.lookup(idpel, nowMs);
            stats.add(timer.nsecsElapsed());
            if (bytes == 0)
                failBench(QStringLiteral("raw look-up of %1 read nothing").arg(QString::fromStdString(idpel)));
        };
        if (options.separateLookupRuns) {
            for (const std::string& idpel : idpels)
                viaService(idpel);
            for (const std::string& idpel : idpels)
                viaRaw(raw, rawStats, idpel);
            for (const std::string& idpel : idpels)
                viaRaw(rawReads, readsStats, idpel);
        } else {
            // Whoever reads a customer first pays for fetching its pages from disk and the others
            // find them in the OS cache, so the variant that goes first rotates.
            const std::array<std::function<void(const std::string&)>, 3> variants { viaService,
                [&](const std::string& idpel) { viaRaw(raw, rawStats, idpel); },
                [&](const std::string& idpel) { viaRaw(rawReads, readsStats, idpel); } };
            for (std::size_t i = 0; i < idpels.size(); ++i) {
                for (std::size_t v = 0; v < variants.size(); ++v)
                    variants[(i + v) % variants.size()](idpels[i]);
            }
        }
        report.add(row(QStringLiteral("csodesk service"), customers, serviceStats));
        report.add(row(QStringLiteral("raw sqlite3"), customers, rawStats));
        report.add(row(QStringLiteral("raw reads, no audit"), customers, readsStats));
        const double p50 = serviceStats.percentileMicros(50);
        BenchRow ratio { QStringLiteral("lookup"), QStringLiteral("ratio service/raw"),
            QStringLiteral("%1 customers").arg(customers),
            { { QStringLiteral("p50_ratio"), p50 / rawStats.percentileMicros(50) },
                { QStringLiteral("p99_ratio"), serviceStats.percentileMicros(99) / rawStats.percentileMicros(99) } } };
        if (firstScaleP50 > 0)
            ratio.figures.append({ QStringLiteral("p50_vs_first_scale"), p50 / firstScaleP50 });
        else
            firstScaleP50 = p50;
        report.add(ratio);
    }
    report.addNote(
        QStringLiteral("lookup: %1 random IDPELs per scale after %2 warm-up look-ups; variants %3; "
                       "each look-up commits its access-log row (WAL, synchronous=FULL)")
            .arg(options.lookups)
            .arg(kWarmUp)
            .arg(options.separateLookupRuns ? QStringLiteral("run one after the other")
                                            : QStringLiteral("interleaved, the first to read each customer rotating"))
        + QStringLiteral("; the database file is read into the OS cache first"));
}

} // namespace csodesk::bench
