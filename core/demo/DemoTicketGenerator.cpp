#include "DemoTicketGenerator.h"

#include "DemoCallScripts.h"
#include "DemoRandom.h"
#include "DemoTicketSql.h"
#include "audit/AuditLog.h"
#include "calls/InlineCall.h"
#include "common/TimeUtil.h"
#include "sop/SopLibrary.h"
#include "storage/RelaxedDurability.h"
#include "tickets/TicketService.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace csodesk {

namespace {

// A call as planned before it is taken: when, who took it, which customer, what they want.
struct PlannedCall {
    QDateTime filedAt;
    qint64 handleSeconds = 0;
    int agent = 0;
    int customer = 0;
    int kind = 0;
    int index = 0; // position in the plan: the client request id, so a re-run finds it
};

struct FiledCall {
    QDateTime filedAt;
    int customer = 0;
    int kind = 0;
};

// What happens after filing: a review, or the unit's progress on a KELUHAN.
struct PlannedEvent {
    QDateTime at;
    QString number;
    bool isStatus = false;
    TicketStatus status = TicketStatus::DoneByUnit;
    std::optional<ReviewFlag> flag;
    QString note;
};

// When the contact centre is busiest (WIB hours 07-21): a morning peak and an evening one.
int pickHour(DemoRandom& random)
{
    static const std::array<int, 15> weights { 3, 7, 10, 10, 8, 6, 6, 6, 7, 6, 5, 6, 8, 7, 5 }; // 07..21
    qint64 roll = random.below(100);
    for (int i = 0; i < int(weights.size()); ++i) {
        roll -= weights.at(static_cast<std::size_t>(i));
        if (roll < 0)
            return 7 + i;
    }
    return 12;
}

Error invalid(const QString& message, const char* detail)
{
    return makeError(ErrorKind::InvalidInput, message, QString::fromLatin1(detail));
}

const QStringList& goodReviews()
{
    static const QStringList notes {
        QStringLiteral("Salam pembuka, verifikasi IDPEL dan penutup sesuai SOP."),
        QStringLiteral("Penjelasan runtut dan pelanggan mengerti. Sesuai SOP."),
        QStringLiteral("Data email dieja ulang dengan benar."),
    };
    return notes;
}

const QStringList& correctionReviews()
{
    static const QStringList notes {
        QStringLiteral("Alamat email tidak dieja ulang kepada pelanggan; ulangi langkah konfirmasi."),
        QStringLiteral("Nomor telepon pelanggan tidak dikonfirmasi sebelum tiket dikirim."),
        QStringLiteral("Penutup panggilan tidak dibacakan. Perlu koreksi pada coaching berikutnya."),
    };
    return notes;
}

const QStringList& unitNotes()
{
    static const QStringList notes {
        QStringLiteral("Petugas ULP sudah menghubungi pelanggan dan permintaan telah diproses."),
        QStringLiteral("Hasil pemeriksaan lapangan: stand sudah dikoreksi, selisih diperhitungkan bulan depan."),
        QStringLiteral("Unit mengonfirmasi invoice sudah dikirim ke email pelanggan."),
    };
    return notes;
}

// Every call of the plan in time order: numbers follow the days, and a repeat call can point
// to a ticket that really was filed before it.
QList<PlannedCall> planCalls(const DemoTicketOptions& options, qsizetype agents,
    const QList<demo_ticket_sql::DemoPoolCustomer>& customers, const QDateTime& now, DemoRandom& random)
{
    QList<PlannedCall> plan;
    plan.reserve(options.tickets);
    const QDate today = wibDate(now);
    for (qint64 i = 0; i < options.tickets; ++i) {
        PlannedCall call;
        call.index = int(i);
        call.kind = demo_calls::pickKind(random);
        call.agent = int(random.below(agents));
        // Who calls about it: a customer it fits (a prepaid customer has no bill to dispute).
        for (int tries = 0; tries < 20; ++tries) {
            call.customer = int(random.below(customers.size()));
            if (demo_calls::fits(call.kind, customers.at(call.customer).profile))
                break;
        }
        // Agents differ: the later accounts are newer on the floor and take longer.
        const qint64 base = random.between(180, 600);
        call.handleSeconds = base + base * call.agent / 8;
        const qint64 day = random.below(options.days);
        const QTime time(pickHour(random), int(random.below(60)), int(random.below(60)));
        QDateTime filed = QDateTime(today.addDays(-day), time, wibTimeZone()).toUTC();
        if (filed >= now) // later today than now: the same hour a day earlier
            filed = filed.addDays(-1);
        call.filedAt = filed;
        plan.append(call);
    }
    std::sort(plan.begin(), plan.end(), [](const PlannedCall& a, const PlannedCall& b) {
        return a.filedAt != b.filedAt ? a.filedAt < b.filedAt : a.index < b.index;
    });
    return plan;
}

// What the units and the supervisors do with a ticket afterwards.
void planFollowUps(const Ticket& ticket, const QDateTime& filedAt, const QDateTime& now, DemoRandom& random,
    QList<PlannedEvent>& events)
{
    if (ticket.content.kind == TicketKind::Keluhan) {
        // The unit works on it: usually within the SLA, sometimes late, rarely cancelled.
        const qint64 hours = random.chance(80) ? random.between(4, 70) : random.between(73, 140);
        const QDateTime finished = filedAt.addSecs(hours * 3600 + random.below(3600));
        if (finished < now && random.chance(90)) {
            const bool cancelled = random.chance(4);
            events.append({ finished, ticket.number, true,
                cancelled ? TicketStatus::Cancelled : TicketStatus::DoneByUnit, std::nullopt,
                cancelled ? QStringLiteral("Pelanggan membatalkan permintaan saat dihubungi unit.")
                          : random.pick(unitNotes()) });
        }
    }
    if (random.chance(8)) {
        const QDateTime reviewed = filedAt.addSecs(random.between(1, 48) * 3600);
        if (reviewed < now) {
            const bool good = random.chance(75);
            events.append({ reviewed, ticket.number, false, TicketStatus::Open,
                good ? ReviewFlag::SesuaiSop : ReviewFlag::PerluKoreksi,
                good ? random.pick(goodReviews()) : random.pick(correctionReviews()) });
        }
    }
}

// Takes one planned call as an agent would, on `agentCall`'s Call: look-up, the SOP walk with
// the script that fits the customer, the repeat check, the filing. `kind` is set to the kind of
// call it became (the planned one, or the next that fits this customer).
Result<FilingResult> takeCall(InlineCall& agentCall, FixedClock& clock, const SopLibrary& library,
    const PlannedCall& planned, const QString& idpel, const QString& requestId, DemoRandom& random, int& kind)
{
    const QDateTime start = planned.filedAt.addSecs(-planned.handleSeconds);
    Call& call = agentCall.call();
    clock.set(start);
    call.begin(start, requestId);
    QDateTime at = start.addSecs(random.between(8, 25));
    clock.set(at);
    if (Status found = agentCall.lookUp(idpel); !found.ok())
        return found.error();
    // The caller talks about the bill of the month of the call, not one issued after it.
    const BillingPeriod callMonth = BillingPeriod::containing(wibDate(start));
    for (const Bill& bill : call.customer()->lookup.bills) {
        if (bill.period <= callMonth) {
            call.chooseBill(bill.period);
            break;
        }
    }
    const CallCustomer* customer = call.customer();
    std::optional<DemoCallScript> script;
    for (int tried = 0; tried < demo_calls::kindCount() && !script; ++tried) {
        kind = (planned.kind + tried) % demo_calls::kindCount();
        script = demo_calls::scriptFor(kind, *customer, random);
    }
    if (!script) {
        return makeError(ErrorKind::Internal, QStringLiteral("Tidak ada skrip panggilan demo untuk pelanggan ini."),
            QStringLiteral("no demo call script fits the customer"));
    }
    if (script->billPeriod)
        call.chooseBill(*script->billPeriod);
    const SopLibrary::DocumentPtr document = library.find(script->sopId, wibDate(start));
    if (!document)
        return SopLibrary::notFound(script->sopId, wibDate(start));
    if (Status started = call.startWalk(document); !started.ok())
        return started.error();

    // The agent reads each step out; the last one leaves a little time to wrap up and file.
    const QDateTime latest = planned.filedAt.addSecs(-random.between(5, 20));
    const auto nextStep = [&clock, &random, &at, &latest] {
        at = std::min(at.addSecs(random.between(15, 60)), latest);
        clock.set(at);
    };
    if (Status walked = applySopAnswers(*call.walk(), script->answers, nextStep); !walked.ok())
        return walked.error();
    const QString linked = agentCall.repeatContact();
    call.noteWalkEdited({}, demo_calls::agentNote(random));
    clock.set(planned.filedAt);
    return agentCall.file(std::nullopt, linked);
}

} // namespace

Result<DemoTicketSummary> DemoTicketGenerator::generate(
    const QList<Actor>& agents, const Actor& supervisor, const DemoTicketOptions& options, const Progress& progress)
{
    if (options.tickets < 0 || options.tickets > kMaxTickets)
        return invalid(
            QCoreApplication::translate("DemoTicketGenerator", "Jumlah tiket demo harus 0 sampai 5.000.000."),
            "ticket count out of range");
    if (options.days < 1 || options.days > 366)
        return invalid(
            QCoreApplication::translate("DemoTicketGenerator", "Rentang hari tiket demo harus 1 sampai 366."),
            "days out of range");
    if (agents.isEmpty() || !supervisor.isSupervisorOrAdmin())
        return invalid(QCoreApplication::translate(
                           "DemoTicketGenerator", "Tiket demo butuh sedikitnya satu agen dan satu supervisor."),
            "no agents or no supervisor");
    auto catalogue = ApktCatalogue::builtIn();
    if (!catalogue.ok())
        return catalogue.error();
    // The built-in documents only: the demo shows what csodesk ships, whatever a folder holds.
    auto library = SopLibrary::load(catalogue.value());
    if (!library.ok())
        return library.error();
    const QString requestPrefix = QStringLiteral("demo-%1-").arg(options.seed);
    const QDateTime now = m_now.nowUtc();
    const QString averagedSince = wibDate(now).addMonths(-11).toString(QStringLiteral("yyyy-MM"));
    using Pool = QList<demo_ticket_sql::DemoPoolCustomer>;
    auto stored = m_database.read([&](QSqlDatabase& db) -> Result<std::pair<Pool, QHash<QString, QString>>> {
        auto pool = demo_ticket_sql::customerPool(db, std::max(1, options.customerPool), averagedSince);
        if (!pool.ok())
            return pool.error();
        auto filed = demo_ticket_sql::filedByRequestPrefix(db, requestPrefix);
        if (!filed.ok())
            return filed.error();
        return std::pair { pool.value(), filed.value() };
    });
    if (!stored.ok())
        return stored.error();
    const Pool& customers = stored->first;
    const QHash<QString, QString>& filedBefore = stored->second;
    if (customers.isEmpty())
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate(
                "DemoTicketGenerator", "Belum ada pelanggan untuk tiket demo; buat pelanggan demo dulu."),
            QStringLiteral("no customers for demo tickets"));

    DemoRandom random(options.seed * 0x2545F4914F6CDD1DULL + 7);
    const QList<PlannedCall> plan = planCalls(options, agents.size(), customers, now, random);

    // Every call commits three or four times (access log, filing); the demo need not wait for
    // the disk each time. The calls run inline, on this thread's connection.
    const RelaxedDurability throwaway(m_database);
    FixedClock clock(now);
    // Each agent has their own call: their look-ups and tickets are theirs.
    std::vector<std::unique_ptr<InlineCall>> agentCalls;
    for (const Actor& agent : agents)
        agentCalls.push_back(std::make_unique<InlineCall>(m_database, agent, catalogue.value(), clock, m_siteCode));
    AuditLog audit(m_database, clock);
    TicketService service(m_database, audit, clock, m_siteCode);
    DemoTicketSummary summary;
    QList<FiledCall> recent; // the last calls, for repeat contacts
    QList<PlannedEvent> events;

    for (qint64 done = 0; done < plan.size(); ++done) {
        PlannedCall call = plan.at(done);
        const QString requestId = requestPrefix + QString::number(call.index);
        ++summary.tickets;
        if (filedBefore.contains(requestId)) {
            ++summary.alreadyFiled; // walked, filed and followed up by the run that filed it
            if (progress)
                progress(done + 1, plan.size());
            continue;
        }
        // About one call in sixteen is the same customer calling again about the same thing.
        if (!recent.isEmpty() && random.chance(6)) {
            const FiledCall& earlier = recent.at(int(random.below(recent.size())));
            if (earlier.filedAt.daysTo(call.filedAt) < TicketService::kRepeatWindowDays) {
                call.customer = earlier.customer;
                call.kind = earlier.kind;
            }
        }
        int kind = call.kind;
        auto filed = takeCall(*agentCalls.at(call.agent), clock, library.value(), call,
            customers.at(call.customer).idpel, requestId, random, kind);
        if (!filed.ok())
            return filed.error();
        if (filed->alreadyFiled) {
            ++summary.alreadyFiled;
        } else {
            if (!filed->ticket.linkedTicketNumber.isEmpty())
                ++summary.repeats;
            planFollowUps(filed->ticket, call.filedAt, now, random, events);
        }
        recent.append({ call.filedAt, call.customer, kind });
        if (recent.size() > 300)
            recent.removeFirst();
        if (progress)
            progress(done + 1, plan.size());
    }

    std::stable_sort(
        events.begin(), events.end(), [](const PlannedEvent& a, const PlannedEvent& b) { return a.at < b.at; });
    for (const PlannedEvent& event : events) {
        clock.set(event.at);
        auto written = event.isStatus ? service.changeStatus(supervisor, event.number, event.status, event.note)
                                      : service.annotate(supervisor, event.number, event.note, event.flag);
        if (!written.ok())
            return written.error();
        if (!event.isStatus)
            ++summary.reviewed;
    }

    // What the period looks like now, counted from the database rather than from the plan.
    auto counted = m_database.read([&](QSqlDatabase& db) { return demo_ticket_sql::counts(db, toEpochMs(now)); });
    if (!counted.ok())
        return counted.error();
    summary.keluhan = counted->keluhan;
    summary.doneByUnit = counted->doneByUnit;
    summary.overdue = counted->overdue;
    return summary;
}

} // namespace csodesk
