#include "CustomerWriter.h"

#include "common/TimeUtil.h"
#include "storage/SqlQuery.h"

namespace csodesk {

namespace {

// INSERT ... ON CONFLICT DO UPDATE is spelled the same in SQLite (3.24+) and PostgreSQL.
const char* const kUnitSql
    = "INSERT INTO units (code, level, name, parent_code, province, city, ppj_bp) VALUES (?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (code) DO UPDATE SET level = excluded.level, name = excluded.name, parent_code = "
      "excluded.parent_code, "
      "province = excluded.province, city = excluded.city, ppj_bp = excluded.ppj_bp";

const char* const kCustomerSql
    = "INSERT INTO customers (idpel, meter_number, name, address, phone, email, tariff_class, power_va, payment_type, "
      "ulp_code, invoice_email_state, invoice_email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (idpel) DO UPDATE SET meter_number = excluded.meter_number, name = excluded.name, "
      "address = excluded.address, phone = excluded.phone, email = excluded.email, tariff_class = "
      "excluded.tariff_class, "
      "power_va = excluded.power_va, payment_type = excluded.payment_type, ulp_code = excluded.ulp_code, "
      "invoice_email_state = excluded.invoice_email_state, invoice_email = excluded.invoice_email";

const char* const kBillSql
    = "INSERT INTO bills (idpel, period, stand_start_wh, stand_end_wh, meter_factor, usage_wh, estimated, "
      "estimated_from, "
      "correction_wh, tariff_rate_sen, energy_charge, fixed_charge, ppj, ppn, late_fee, total, due_date, paid_at_ms, "
      "payment_channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (idpel, period) DO UPDATE SET stand_start_wh = excluded.stand_start_wh, "
      "stand_end_wh = excluded.stand_end_wh, meter_factor = excluded.meter_factor, usage_wh = excluded.usage_wh, "
      "estimated = excluded.estimated, estimated_from = excluded.estimated_from, correction_wh = "
      "excluded.correction_wh, "
      "tariff_rate_sen = excluded.tariff_rate_sen, energy_charge = excluded.energy_charge, "
      "fixed_charge = excluded.fixed_charge, ppj = excluded.ppj, ppn = excluded.ppn, late_fee = excluded.late_fee, "
      "total = excluded.total, due_date = excluded.due_date, paid_at_ms = excluded.paid_at_ms, "
      "payment_channel = excluded.payment_channel";

const char* const kReadingSql
    = "INSERT INTO meter_readings (idpel, source, reported_at_ms, stand_wh, accepted, reject_reason) "
      "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (idpel, reported_at_ms, source) DO UPDATE SET "
      "stand_wh = excluded.stand_wh, accepted = excluded.accepted, reject_reason = excluded.reject_reason";

const char* const kTokenSql
    = "INSERT INTO token_purchases (idpel, purchased_at_ms, amount, energy_wh, token_masked) VALUES (?, ?, ?, ?, ?) "
      "ON CONFLICT (idpel, purchased_at_ms) DO UPDATE SET amount = excluded.amount, energy_wh = excluded.energy_wh, "
      "token_masked = excluded.token_masked";

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Result<CustomerWriter> CustomerWriter::prepare(const QSqlDatabase& db)
{
    CustomerWriter writer;
    const std::pair<QSqlQuery*, const char*> statements[]
        = { { &writer.m_unit, kUnitSql }, { &writer.m_customer, kCustomerSql }, { &writer.m_bill, kBillSql },
              { &writer.m_reading, kReadingSql }, { &writer.m_token, kTokenSql } };
    for (const auto& [query, sql] : statements) {
        auto prepared = prepareQuery(db, QString::fromLatin1(sql));
        if (!prepared.ok())
            return prepared.error();
        *query = std::move(prepared).value();
    }
    return writer;
}

Status CustomerWriter::upsertUnit(const Unit& unit)
{
    return bindAndExec(m_unit,
        { unit.code, unitLevelCode(unit.level), unit.name, textOrNull(unit.parentCode), unit.province, unit.city,
            unit.ppjBasisPoints ? QVariant(*unit.ppjBasisPoints) : QVariant() });
}

Status CustomerWriter::upsertCustomer(const Customer& c)
{
    return bindAndExec(m_customer,
        { c.idpel, textOrNull(c.meterNumber), c.name, c.address, c.phone, c.email, c.tariffClass, c.powerVa,
            paymentTypeCode(c.paymentType), c.ulpCode, invoiceEmailStateCode(c.invoiceEmailState), c.invoiceEmail });
}

Status CustomerWriter::upsertBill(const Bill& b)
{
    return bindAndExec(m_bill,
        { b.idpel, b.period.toString(), b.standStartWh, b.standEndWh, b.meterFactor, b.usageWh, b.estimated ? 1 : 0,
            joinPeriods(b.estimatedFrom), b.correctionWh, b.tariffRateSen, b.energyCharge, b.fixedCharge, b.ppj, b.ppn,
            b.lateFee, b.total, b.dueDate.toString(Qt::ISODate), b.paidAt ? QVariant(toEpochMs(*b.paidAt)) : QVariant(),
            b.paidAt ? QVariant(b.paymentChannel) : QVariant() });
}

Status CustomerWriter::upsertReading(const MeterReading& r)
{
    return bindAndExec(m_reading,
        { r.idpel, readingSourceCode(r.source), toEpochMs(r.reportedAt), r.standWh, r.accepted ? 1 : 0,
            r.rejectReason });
}

Status CustomerWriter::upsertTokenPurchase(const TokenPurchase& t)
{
    return bindAndExec(m_token, { t.idpel, toEpochMs(t.purchasedAt), t.amount, t.energyWh, t.tokenMasked });
}

} // namespace csodesk
