#include "CustomerSearchSql.h"

#include "storage/ReusedQuery.h"
#include "storage/SqlQuery.h"

#include <algorithm>

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

CustomerHit hitFrom(const ReusedQuery& q)
{
    CustomerHit hit;
    hit.idpel = q.value(0).toString();
    hit.meterNumber = q.value(1).toString();
    hit.name = q.value(2).toString();
    hit.address = q.value(3).toString();
    hit.phone = q.value(4).toString();
    hit.ulpCode = q.value(5).toString();
    hit.tariffClass = q.value(6).toString();
    hit.powerVa = q.value(7).toInt();
    hit.paymentType = paymentTypeFromCode(q.value(8).toString()).value_or(PaymentType::Postpaid);
    return hit;
}

// Appends the rows not yet in `rows` (the name matches come again among all matches).
Status appendNew(Result<ReusedQuery> q, QList<CustomerHit>& rows)
{
    if (!q.ok())
        return q.error();
    while (q->next()) {
        CustomerHit hit = hitFrom(q.value());
        const bool known = std::any_of(
            rows.cbegin(), rows.cend(), [&hit](const CustomerHit& row) { return row.idpel == hit.idpel; });
        if (!known)
            rows.append(hit);
    }
    return {};
}

SearchRows limited(QList<CustomerHit> rows, int shown)
{
    SearchRows result;
    result.more = rows.size() > shown;
    if (result.more)
        rows.resize(shown);
    result.hits = std::move(rows);
    return result;
}

} // namespace

bool CustomerSearchSql::recordsAccessItself() const
{
    return isPostgres(m_db);
}

Result<SearchRows> CustomerSearchSql::find(
    const CustomerSearchQuery& query, int shown, const QString& actor, qint64 nowMs) const
{
    return recordsAccessItself() ? findInPostgres(query, shown, actor, nowMs) : findInSqlite(query, shown);
}

Result<SearchRows> CustomerSearchSql::findInSqlite(const CustomerSearchQuery& query, int shown) const
{
    QList<CustomerHit> rows;
    if (query.kind == CustomerSearchQuery::Kind::Phone) {
        // ':' sorts right after '9': [prefix, prefix + ':') is every number starting with it.
        if (auto s = appendNew(execReused(m_db,
                                   QStringLiteral("SELECT ") + kHitColumns
                                       + QStringLiteral(" FROM customers c WHERE c.phone_key >= ? AND c.phone_key < ? "
                                                        "ORDER BY c.phone_key = ? DESC, c.name, c.idpel LIMIT ?"),
                                   { query.phone, QString(query.phone + QLatin1Char(':')), query.phone, shown + 1 }),
                rows);
            !s.ok())
            return s.error();
        return limited(rows, shown);
    }
    // No ORDER BY: FTS5 hands out matches in rowid order and the LIMIT stops it early.
    const QString words = ftsExpression(query.words);
    const QString sql = QStringLiteral("SELECT ") + kHitColumns
        + QStringLiteral(" FROM customer_search s JOIN customers c ON c.idpel = printf('%012d', s.rowid) "
                         "WHERE customer_search MATCH ? LIMIT ?");
    if (auto s = appendNew(execReused(m_db, sql, { QStringLiteral("name : (%1)").arg(words), shown + 1 }), rows);
        !s.ok())
        return s.error();
    if (rows.size() <= shown) {
        if (auto s = appendNew(execReused(m_db, sql, { words, shown + 1 + int(rows.size()) }), rows); !s.ok())
            return s.error();
    }
    return limited(rows, shown);
}

Result<SearchRows> CustomerSearchSql::findInPostgres(
    const CustomerSearchQuery& query, int shown, const QString& actor, qint64 nowMs) const
{
    const bool byPhone = query.kind == CustomerSearchQuery::Kind::Phone;
    auto q = execReused(m_db,
        QStringLiteral("SELECT idpel, meter_number, name, address, phone, ulp_code, tariff_class, power_va, "
                       "payment_type, more FROM csodesk_search_customers(string_to_array(NULLIF(CAST(? AS text), "
                       "''), ' '), NULLIF(CAST(? AS text), ''), CAST(? AS integer), CAST(? AS text), CAST(? AS "
                       "bigint)) c"),
        // The one not searched by is passed empty: a reused statement binds a null string as ''.
        { byPhone ? QString() : query.words.join(QLatin1Char(' ')), byPhone ? query.phone : QString(), shown, actor,
            nowMs });
    if (!q.ok())
        return q.error();
    SearchRows result;
    while (q->next()) {
        result.hits.append(hitFrom(q.value()));
        result.more = q->value(9).toBool();
    }
    return result;
}

} // namespace csodesk
