#pragma once

#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <functional>

namespace csodesk {

struct DemoTicketOptions {
    qint64 tickets = 2000;
    quint64 seed = 1;
    int days = 60; // tickets are filed over the last `days` days before now
    int customerPool = 5000; // how many of the stored customers call in
};

struct DemoTicketSummary {
    qint64 tickets = 0;
    qint64 keluhan = 0;
    qint64 doneByUnit = 0;
    qint64 overdue = 0; // KELUHAN still open past their SLA at "now"
    qint64 reviewed = 0; // tickets with a supervisor's review note or flag
    qint64 repeats = 0; // tickets linked to an earlier one of the same customer
    qint64 alreadyFiled = 0; // found from an earlier run with the same seed
};

// Files realistic demo tickets as the floor would have over the last few weeks: agents' calls
// from 07:00 to 22:00 WIB, mostly information (Issue Closed), about a third KELUHAN forwarded to
// the customer's ULP, which the units mostly finish (some late, some still open past the SLA),
// supervisors' review notes and flags, and customers calling again about the same thing.
// Every call goes the way an agent's does: the customer is looked up through a Call (access
// logged), a real SOP document is walked with scripted answers (DemoCallScripts) that fit
// that customer, the repeat check links an earlier ticket, and the call files its ticket.
// So the scripts, descriptions and routing are the SOPs' own. Time is a FixedClock moved
// step by step through each call, so transcripts, the audit trail, numbers and SLA due times
// are those of the moment. Deterministic: the same seed gives the same tickets, and a second
// run with the same seed files nothing new (the client request ids are derived from the seed;
// calls already filed are not walked again), so it can be re-run safely.
class DemoTicketGenerator {
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // `now`: the end of the period; `siteCode`: the two digits of the ticket numbers.
    DemoTicketGenerator(Database& database, const Clock& now, QString siteCode)
        : m_database(database)
        , m_now(now)
        , m_siteCode(std::move(siteCode))
    {
    }

    // Needs customers in the database (DemoDataGenerator) and at least one agent and a
    // supervisor to write the review notes and status changes.
    [[nodiscard]] Result<DemoTicketSummary> generate(const QList<Actor>& agents, const Actor& supervisor,
        const DemoTicketOptions& options, const Progress& progress = {});

    static constexpr qint64 kMaxTickets = 5'000'000;

private:
    Database& m_database;
    const Clock& m_now;
    QString m_siteCode;
};

} // namespace csodesk
