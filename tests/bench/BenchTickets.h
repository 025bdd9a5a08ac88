#pragma once

#include "auth/Actor.h"
#include "tickets/TicketDraft.h"

#include <QDateTime>
#include <QString>

namespace csodesk::bench {

// The moment every benchmark pretends it is: generated data and "now" agree, so reruns see
// the same arrears, months and pages.
[[nodiscard]] QDateTime benchNow();

// A realistic draft (KELUHAN or Issue Closed, a two-step SOP path), varied by `i`.
[[nodiscard]] TicketDraft benchDraft(qint64 i);

// Filing needs a customer the database holds: the filing benchmarks file for these, the
// customers ensureBenchCustomers() adds (with their ULPs).
inline constexpr int kBenchFilingCustomers = 1000;
[[nodiscard]] QString benchFilingIdpel(qint64 i);
void ensureBenchCustomers(const QString& sqlitePath);

// Agents "agent01".."agentNN" and one supervisor, inserted once into a migrated database.
struct BenchUsers {
    QList<Actor> agents;
    Actor supervisor;
};
[[nodiscard]] BenchUsers ensureBenchUsers(const QString& sqlitePath, int agents);

// Appends `count` tickets filed over the `days` days before benchNow(), with status events
// on a third of the KELUHAN, straight through the SQLite C API in large transactions: the
// supervisor-query benchmarks need a million rows in a minute, not the hours durable filing
// one by one would take. The rows are what TicketService would have written.
void insertBulkTickets(const QString& sqlitePath, qint64 count, int days, const BenchUsers& users);

} // namespace csodesk::bench
