#include "CustomerRepository.h"

#include "common/TimeUtil.h"
#include "storage/ReusedQuery.h"
#include "storage/SqlQuery.h"

#include <QSqlRecord>

namespace csodesk {

namespace {

const QString kBillColumns = QStringLiteral(
    "id, idpel, period, stand_start_wh, stand_end_wh, meter_factor, usage_wh, estimated, estimated_from, "
    "correction_wh, "
    "tariff_rate_sen, energy_charge, fixed_charge, ppj, ppn, late_fee, total, due_date, paid_at_ms, payment_channel");

Bill billFromRow(const QSqlQuery& q)
{
    Bill bill;
    bill.id = q.value(0).toLongLong();
    bill.idpel = q.value(1).toString();
    bill.period = BillingPeriod::parse(q.value(2).toString()).valueOr(BillingPeriod());
    bill.standStartWh = q.value(3).toLongLong();
    bill.standEndWh = q.value(4).toLongLong();
    bill.meterFactor = q.value(5).toInt();
    bill.usageWh = q.value(6).toLongLong();
    bill.estimated = q.value(7).toInt() != 0;
    bill.estimatedFrom = splitPeriods(q.value(8).toString());
    bill.correctionWh = q.value(9).toLongLong();
    bill.tariffRateSen = q.value(10).toLongLong();
    bill.energyCharge = q.value(11).toLongLong();
    bill.fixedCharge = q.value(12).toLongLong();
    bill.ppj = q.value(13).toLongLong();
    bill.ppn = q.value(14).toLongLong();
    bill.lateFee = q.value(15).toLongLong();
    bill.total = q.value(16).toLongLong();
    bill.dueDate = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    if (!q.value(18).isNull())
        bill.paidAt = fromEpochMs(q.value(18).toLongLong());
    bill.paymentChannel = q.value(19).toString();
    return bill;
}

const QString kCustomerColumns = QStringLiteral(
    "idpel, meter_number, name, address, phone, email, tariff_class, power_va, payment_type, ulp_code, "
    "invoice_email_state, invoice_email");

} // namespace

bool CustomerRepository::readsThroughFunctions() const
{
    return isPostgres(m_db);
}

Result<bool> CustomerRepository::hasAny() const
{
    auto any = queryScalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM customers)"));
    if (!any.ok())
        return any.error();
    return any->toBool();
}

Result<std::optional<Customer>> CustomerRepository::find(const CustomerKey& key) const
{
    const QString column = key.isIdpel() ? QStringLiteral("idpel") : QStringLiteral("meter_number");
    auto q = execReused(m_db,
        QStringLiteral("SELECT ") + kCustomerColumns + QStringLiteral(" FROM customers WHERE ") + column
            + QStringLiteral(" = ?"),
        { key.digits });
    if (!q.ok())
        return q.error();
    return customerFromRow(q.value());
}

Result<std::optional<Customer>> CustomerRepository::openAudited(
    const CustomerKey& key, const QString& detail, const QString& actor, qint64 nowMs) const
{
    const QString by = key.isIdpel() ? QStringLiteral("idpel") : QStringLiteral("meter_number");
    auto q = execReused(m_db,
        QStringLiteral("SELECT ") + kCustomerColumns + QStringLiteral(" FROM csodesk_open_customer(?, ?, ?, ?, ?)"),
        { by, key.digits, detail, actor, nowMs });
    if (!q.ok())
        return q.error();
    return customerFromRow(q.value());
}

Result<std::optional<Customer>> CustomerRepository::customerFromRow(ReusedQuery& q)
{
    if (!q.next())
        return std::optional<Customer>();
    Customer c;
    c.idpel = q.value(0).toString();
    c.meterNumber = q.value(1).toString();
    c.name = q.value(2).toString();
    c.address = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.email = q.value(5).toString();
    c.tariffClass = q.value(6).toString();
    c.powerVa = q.value(7).toInt();
    c.paymentType = paymentTypeFromCode(q.value(8).toString()).value_or(PaymentType::Postpaid);
    c.ulpCode = q.value(9).toString();
    c.invoiceEmailState = invoiceEmailStateFromCode(q.value(10).toString()).value_or(InvoiceEmailState::None);
    c.invoiceEmail = q.value(11).toString();
    return std::optional<Customer>(c);
}

QString CustomerRepository::rowsOf(const QString& table) const
{
    // `table` is one of our own names. On PostgreSQL people cannot read these tables; the
    // csodesk_*_of functions return the rows of a customer opened in this transaction.
    if (readsThroughFunctions()) {
        const QString function = table == QLatin1String("meter_readings") ? QStringLiteral("readings")
            : table == QLatin1String("token_purchases")                   ? QStringLiteral("tokens")
                                                                          : table;
        return QStringLiteral("csodesk_%1_of(?) WHERE TRUE").arg(function);
    }
    return table + QStringLiteral(" WHERE idpel = ?");
}

Result<QList<Unit>> CustomerRepository::unitChain(const QString& ulpCode) const
{
    QList<Unit> chain;
    QString code = ulpCode;
    // Three levels at most; the bound also protects against a cycle in bad data.
    for (int depth = 0; depth < 3 && !code.isEmpty(); ++depth) {
        auto q = execReused(m_db,
            QStringLiteral("SELECT code, level, name, parent_code, province, city, ppj_bp FROM units WHERE code = ?"),
            { code });
        if (!q.ok())
            return q.error();
        if (!q->next())
            break;
        Unit unit;
        unit.code = q->value(0).toString();
        unit.level = unitLevelFromCode(q->value(1).toString()).value_or(Unit::Level::Ulp);
        unit.name = q->value(2).toString();
        unit.parentCode = q->value(3).toString();
        unit.province = q->value(4).toString();
        unit.city = q->value(5).toString();
        if (!q->value(6).isNull())
            unit.ppjBasisPoints = q->value(6).toInt();
        chain.append(unit);
        code = unit.parentCode;
    }
    return chain;
}

Result<QList<Bill>> CustomerRepository::queryBills(
    const QString& idpel, const QString& andOrder, const QVariantList& values) const
{
    auto q = execReused(m_db,
        QStringLiteral("SELECT ") + kBillColumns + QStringLiteral(" FROM ") + rowsOf(QStringLiteral("bills"))
            + QLatin1Char(' ') + andOrder,
        QVariantList { idpel } + values);
    if (!q.ok())
        return q.error();
    QList<Bill> bills;
    while (q->next())
        bills.append(billFromRow(q->query()));
    return bills;
}

Result<QList<Bill>> CustomerRepository::bills(const QString& idpel, int limit) const
{
    if (limit > 0)
        return queryBills(idpel, QStringLiteral("ORDER BY period DESC LIMIT ?"), { limit });
    return queryBills(idpel, QStringLiteral("ORDER BY period DESC"), {});
}

Result<QList<Bill>> CustomerRepository::unpaidBills(const QString& idpel) const
{
    return queryBills(idpel, QStringLiteral("AND paid_at_ms IS NULL ORDER BY period"), {});
}

Result<QList<MeterReading>> CustomerRepository::queryReadings(
    const QString& idpel, const QString& andOrder, const QVariantList& values) const
{
    auto q = execReused(m_db,
        QStringLiteral("SELECT id, idpel, source, reported_at_ms, stand_wh, accepted, reject_reason FROM ")
            + rowsOf(QStringLiteral("meter_readings")) + QLatin1Char(' ') + andOrder,
        QVariantList { idpel } + values);
    if (!q.ok())
        return q.error();
    QList<MeterReading> readings;
    while (q->next()) {
        MeterReading r;
        r.id = q->value(0).toLongLong();
        r.idpel = q->value(1).toString();
        r.source = readingSourceFromCode(q->value(2).toString()).value_or(ReadingSource::WhatsApp);
        r.reportedAt = fromEpochMs(q->value(3).toLongLong());
        r.standWh = q->value(4).toLongLong();
        r.accepted = q->value(5).toInt() != 0;
        r.rejectReason = q->value(6).toString();
        readings.append(r);
    }
    return readings;
}

Result<QList<MeterReading>> CustomerRepository::readings(const QString& idpel, int limit) const
{
    return queryReadings(idpel, QStringLiteral("ORDER BY reported_at_ms DESC LIMIT ?"), { limit });
}

Result<QList<MeterReading>> CustomerRepository::readingsBetween(
    const QString& idpel, const QDateTime& from, const QDateTime& to) const
{
    return queryReadings(idpel,
        QStringLiteral("AND reported_at_ms >= ? AND reported_at_ms < ? ORDER BY reported_at_ms"),
        { toEpochMs(from), toEpochMs(to) });
}

Result<QList<TokenPurchase>> CustomerRepository::tokenPurchases(const QString& idpel, int limit) const
{
    auto q = execReused(m_db,
        QStringLiteral("SELECT id, idpel, purchased_at_ms, amount, energy_wh, token_masked FROM ")
            + rowsOf(QStringLiteral("token_purchases")) + QStringLiteral(" ORDER BY purchased_at_ms DESC LIMIT ?"),
        { idpel, limit });
    if (!q.ok())
        return q.error();
    QList<TokenPurchase> tokens;
    while (q->next()) {
        TokenPurchase t;
        t.id = q->value(0).toLongLong();
        t.idpel = q->value(1).toString();
        t.purchasedAt = fromEpochMs(q->value(2).toLongLong());
        t.amount = q->value(3).toLongLong();
        t.energyWh = q->value(4).toLongLong();
        t.tokenMasked = q->value(5).toString();
        tokens.append(t);
    }
    return tokens;
}

} // namespace csodesk
