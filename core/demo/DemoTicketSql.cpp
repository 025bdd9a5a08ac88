#include "DemoTicketSql.h"

#include "storage/SqlQuery.h"
#include "tickets/TicketSql.h"

namespace csodesk::demo_ticket_sql {

Result<QList<DemoPoolCustomer>> customerPool(const QSqlDatabase& db, int limit, const QString& averagedSince)
{
    auto query = execQuery(db,
        QStringLiteral("SELECT c.idpel, c.payment_type, c.invoice_email_state, c.invoice_email, "
                       "EXISTS (SELECT 1 FROM bills b WHERE b.idpel = c.idpel), "
                       "EXISTS (SELECT 1 FROM bills b WHERE b.idpel = c.idpel AND b.estimated = 1 AND b.period >= ?) "
                       "FROM customers c ORDER BY c.idpel LIMIT ?"),
        { averagedSince, limit });
    if (!query.ok())
        return query.error();
    QList<DemoPoolCustomer> pool;
    while (query->next()) {
        DemoPoolCustomer customer;
        customer.idpel = query->value(0).toString();
        customer.profile.postpaid = query->value(1).toString() == QStringLiteral("postpaid");
        customer.profile.subscribedToInvoices
            = query->value(2).toString() == QStringLiteral("subscribed") && !query->value(3).toString().isEmpty();
        customer.profile.hasBill = query->value(4).toBool();
        customer.profile.averagedBill = query->value(5).toBool();
        pool.append(customer);
    }
    return pool;
}

Result<QHash<QString, QString>> filedByRequestPrefix(const QSqlDatabase& db, const QString& prefix)
{
    // The prefix is digits and dashes only ("demo-<seed>-"): no LIKE wildcard to escape.
    auto query
        = execQuery(db, QStringLiteral("SELECT client_request_id, number FROM tickets WHERE client_request_id LIKE ?"),
            { QVariant(prefix + QLatin1Char('%')) });
    if (!query.ok())
        return query.error();
    QHash<QString, QString> filed;
    while (query->next())
        filed.insert(query->value(0).toString(), query->value(1).toString());
    return filed;
}

Result<DemoTicketCounts> counts(const QSqlDatabase& db, qint64 nowMs)
{
    DemoTicketCounts totals;
    auto keluhan = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE kind = 'KELUHAN'"));
    if (!keluhan.ok())
        return keluhan.error();
    totals.keluhan = keluhan->toLongLong();
    const QString status = ticket_sql::statusExpression();
    auto doneByUnit = queryScalar(db,
        QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.kind = 'KELUHAN' AND ") + status
            + QStringLiteral(" = 'done_by_unit'"));
    if (!doneByUnit.ok())
        return doneByUnit.error();
    totals.doneByUnit = doneByUnit->toLongLong();
    auto overdue = queryScalar(db,
        QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.kind = 'KELUHAN' AND t.sla_due_at_ms < ? AND ") + status
            + QStringLiteral(" = 'open'"),
        { nowMs });
    if (!overdue.ok())
        return overdue.error();
    totals.overdue = overdue->toLongLong();
    return totals;
}

} // namespace csodesk::demo_ticket_sql
