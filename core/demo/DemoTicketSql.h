#pragma once

#include "DemoCallScripts.h"
#include "common/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace csodesk::demo_ticket_sql {

struct DemoPoolCustomer {
    QString idpel;
    DemoCallerProfile profile; // averagedBill: an estimated bill from `averagedSince` (YYYY-MM) on
};

// The first `limit` customers by IDPEL: the pool the demo callers come from.
[[nodiscard]] Result<QList<DemoPoolCustomer>> customerPool(
    const QSqlDatabase& db, int limit, const QString& averagedSince);

// Tickets an earlier run filed with client request ids starting with `prefix`, number by id.
[[nodiscard]] Result<QHash<QString, QString>> filedByRequestPrefix(const QSqlDatabase& db, const QString& prefix);

// What the period looks like now, counted by the ticket queries' own status rule.
struct DemoTicketCounts {
    qint64 keluhan = 0;
    qint64 doneByUnit = 0;
    qint64 overdue = 0; // KELUHAN still open past their SLA at `nowMs`
};
[[nodiscard]] Result<DemoTicketCounts> counts(const QSqlDatabase& db, qint64 nowMs);

} // namespace csodesk::demo_ticket_sql
