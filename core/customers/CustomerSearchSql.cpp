#include "CustomerSearchSql.h"

#include "storage/ReusedQuery.h"
#include "storage/SqlQuery.h"

namespace csodesk {

namespace {

const QString kHitColumns = QStringLiteral(
    "c.idpel, c.meter_number, c.name, c.address, c.phone, c.ulp_code, c.tariff_class, c.power_va, c.payment_type");

// The start of every word, in any order: "neneng"* "patti"* (FTS5 ANDs the phrases). The
// words are folded to a-z and 0-9, so none can carry FTS5 syntax.
QString ftsExpression(const QStringList& words)
{
    QStringList phrases;
    for (const QString& word : words)
        phrases.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return phrases.join(QLatin1Char(' '));
}

Result<QList<CustomerHit>> hitsFrom(Result<ReusedQuery> q)
{
    if (!q.ok())
        return q.error();
    QList<CustomerHit> hits;
    while (q->next()) {
        CustomerHit hit;
        hit.idpel = q->value(0).toString();
        hit.meterNumber = q->value(1).toString();
        hit.name = q->value(2).toString();
        hit.address = q->value(3).toString();
        hit.phone = q->value(4).toString();
        hit.ulpCode = q->value(5).toString();
        hit.tariffClass = q->value(6).toString();
        hit.powerVa = q->value(7).toInt();
        hit.paymentType = paymentTypeFromCode(q->value(8).toString()).value_or(PaymentType::Postpaid);
        hits.append(hit);
    }
    return hits;
}

} // namespace

bool CustomerSearchSql::recordsAccessItself() const
{
    return isPostgres(m_db);
}

Result<QList<CustomerHit>> CustomerSearchSql::find(
    const CustomerSearchQuery& query, int limit, const QString& actor, qint64 nowMs) const
{
    return recordsAccessItself() ? findInPostgres(query, limit, actor, nowMs) : findInSqlite(query, limit);
}

Result<QList<CustomerHit>> CustomerSearchSql::findInSqlite(const CustomerSearchQuery& query, int limit) const
{
    if (query.kind == CustomerSearchQuery::Kind::Phone) {
        // ':' sorts right after '9': [prefix, prefix + ':') is every number starting with it.
        return hitsFrom(execReused(m_db,
            QStringLiteral("SELECT ") + kHitColumns
                + QStringLiteral(" FROM customers c WHERE c.phone_key >= ? AND c.phone_key < ? "
                                 "ORDER BY c.phone_key = ? DESC, c.name, c.idpel LIMIT ?"),
            { query.phone, QString(query.phone + QLatin1Char(':')), query.phone, limit }));
    }
    // bm25: a word found in the name weighs ten times one found in the address.
    return hitsFrom(execReused(m_db,
        QStringLiteral("SELECT ") + kHitColumns
            + QStringLiteral(" FROM customer_search s JOIN customers c ON c.idpel = printf('%012d', s.rowid) "
                             "WHERE customer_search MATCH ? "
                             "ORDER BY bm25(customer_search, 10.0, 1.0), c.name, c.idpel LIMIT ?"),
        { ftsExpression(query.words), limit }));
}

Result<QList<CustomerHit>> CustomerSearchSql::findInPostgres(
    const CustomerSearchQuery& query, int limit, const QString& actor, qint64 nowMs) const
{
    const bool byPhone = query.kind == CustomerSearchQuery::Kind::Phone;
    return hitsFrom(execReused(m_db,
        QStringLiteral("SELECT idpel, meter_number, name, address, phone, ulp_code, tariff_class, power_va, "
                       "payment_type FROM csodesk_search_customers(string_to_array(NULLIF(CAST(? AS text), ''), ' '), "
                       "NULLIF(CAST(? AS text), ''), CAST(? AS integer), CAST(? AS text), CAST(? AS bigint)) c"),
        // The one not searched by is passed empty: a reused statement binds a null string as ''.
        { byPhone ? QString() : query.words.join(QLatin1Char(' ')), byPhone ? query.phone : QString(), limit, actor,
            nowMs }));
}

} // namespace csodesk
