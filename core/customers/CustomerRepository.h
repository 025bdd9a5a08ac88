#pragma once

#include "Customer.h"
#include "CustomerKey.h"
#include "MeterReading.h"
#include "TokenPurchase.h"
#include "Unit.h"
#include "billing/Bill.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace csodesk {

// Reads customers and their history. Every query is an index seek on the IDPEL (primary key,
// or the leading column of a unique key) or the meter number (unique), so a look-up costs the
// same with 1,000 or 90 million customers.
class CustomerRepository {
public:
    explicit CustomerRepository(const QSqlDatabase& db) : m_db(db) {}

    [[nodiscard]] Result<std::optional<Customer>> find(const CustomerKey& key) const;
    // The ULP, then its UP3, then its main unit (as far as they are known).
    [[nodiscard]] Result<QList<Unit>> unitChain(const QString& ulpCode) const;
    // Newest first; limit <= 0 means all.
    [[nodiscard]] Result<QList<Bill>> bills(const QString& idpel, int limit = 0) const;
    [[nodiscard]] Result<QList<Bill>> unpaidBills(const QString& idpel) const;
    [[nodiscard]] Result<QList<MeterReading>> readings(const QString& idpel, int limit) const;
    // Reports made in [from, to), oldest first.
    [[nodiscard]] Result<QList<MeterReading>> readingsBetween(const QString& idpel, const QDateTime& from,
                                                              const QDateTime& to) const;
    [[nodiscard]] Result<QList<TokenPurchase>> tokenPurchases(const QString& idpel, int limit) const;

private:
    [[nodiscard]] Result<QList<Bill>> queryBills(const QString& whereAndOrder, const QVariantList& values) const;
    [[nodiscard]] Result<QList<MeterReading>> queryReadings(const QString& whereAndOrder, const QVariantList& values) const;
    QSqlDatabase m_db;
};

} // namespace csodesk
