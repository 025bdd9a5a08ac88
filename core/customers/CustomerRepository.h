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

class ReusedQuery;

// Reads customers and their history. Every query is an index seek on the IDPEL (primary key,
// or the leading column of a unique key) or the meter number (unique), so a look-up costs the
// same with 1,000 or 90 million customers.
class CustomerRepository {
public:
    explicit CustomerRepository(const QSqlDatabase& db)
        : m_db(db)
    {
    }

    // Whether any customer is stored (SQLite, or the schema owner's tools, as find()).
    [[nodiscard]] Result<bool> hasAny() const;
    // The customer without an access record: SQLite only, or the schema owner's tools (on a
    // PostgreSQL floor people cannot read the customers table).
    [[nodiscard]] Result<std::optional<Customer>> find(const CustomerKey& key) const;
    // PostgreSQL: the customer, with the access-log row written by the database in the caller's
    // transaction (the actor is the login; `actor` and `nowMs` count only for the schema owner).
    [[nodiscard]] Result<std::optional<Customer>> openAudited(
        const CustomerKey& key, const QString& detail, const QString& actor, qint64 nowMs) const;
    // True where the history below is read through the database's audited functions, so the
    // customer must have been opened with openAudited() in the same transaction.
    [[nodiscard]] bool readsThroughFunctions() const;
    // The ULP, then its UP3, then its main unit (as far as they are known).
    [[nodiscard]] Result<QList<Unit>> unitChain(const QString& ulpCode) const;
    // Newest first; limit <= 0 means all.
    [[nodiscard]] Result<QList<Bill>> bills(const QString& idpel, int limit = 0) const;
    [[nodiscard]] Result<QList<Bill>> unpaidBills(const QString& idpel) const;
    [[nodiscard]] Result<QList<MeterReading>> readings(const QString& idpel, int limit) const;
    // Reports made in [from, to), oldest first.
    [[nodiscard]] Result<QList<MeterReading>> readingsBetween(
        const QString& idpel, const QDateTime& from, const QDateTime& to) const;
    [[nodiscard]] Result<QList<TokenPurchase>> tokenPurchases(const QString& idpel, int limit) const;

private:
    // "FROM <rowsOf(table)>" selects one customer's rows, the IDPEL bound first.
    [[nodiscard]] QString rowsOf(const QString& table) const;
    [[nodiscard]] static Result<std::optional<Customer>> customerFromRow(ReusedQuery& query);
    [[nodiscard]] Result<QList<Bill>> queryBills(
        const QString& idpel, const QString& andOrder, const QVariantList& values) const;
    [[nodiscard]] Result<QList<MeterReading>> queryReadings(
        const QString& idpel, const QString& andOrder, const QVariantList& values) const;
    QSqlDatabase m_db;
};

} // namespace csodesk
