#pragma once

#include "Customer.h"
#include "MeterReading.h"
#include "TokenPurchase.h"
#include "Unit.h"
#include "billing/Bill.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace csodesk {

// Upserts by natural key (IDPEL; IDPEL + period; IDPEL + time [+ source]), with each statement
// prepared once and reused for every row: the demo generator and the CSV import write millions
// of rows through it inside the caller's transaction (Database::write). Writing the same row
// twice leaves one row, so a re-import changes nothing.
class CustomerWriter {
public:
    [[nodiscard]] static Result<CustomerWriter> prepare(const QSqlDatabase& db);

    [[nodiscard]] Status upsertUnit(const Unit& unit);
    [[nodiscard]] Status upsertCustomer(const Customer& customer);
    [[nodiscard]] Status upsertBill(const Bill& bill);
    [[nodiscard]] Status upsertReading(const MeterReading& reading);
    [[nodiscard]] Status upsertTokenPurchase(const TokenPurchase& purchase);

private:
    CustomerWriter() = default;
    QSqlQuery m_unit;
    QSqlQuery m_customer;
    QSqlQuery m_bill;
    QSqlQuery m_reading;
    QSqlQuery m_token;
};

} // namespace csodesk
