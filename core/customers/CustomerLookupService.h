#pragma once

#include "CustomerLookup.h"
#include "TicketHistorySource.h"
#include "auth/Actor.h"
#include "billing/BillCalculator.h"
#include "billing/BillExplainer.h"
#include "billing/TariffBook.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QString>

#include <optional>

namespace csodesk {

// Finds a customer by IDPEL or meter number with the history an agent needs, and records in
// the access log who looked up whom (UU 27/2022). Invalid input (InvalidInput) and a valid key
// that matches nobody (NotFound) are different answers: the first is a typing mistake, the
// second may be a customer of another system.
class CustomerLookupService {
public:
    static constexpr int kBillsShown = 12;
    static constexpr int kReadingsShown = 6;
    static constexpr int kTokenPurchasesShown = 10;
    static constexpr int kTicketsShown = 20;

    CustomerLookupService(Database& database, const Clock& clock);
    CustomerLookupService(Database& database, const Clock& clock, TariffBook tariffs);

    [[nodiscard]] Result<CustomerLookup> lookup(const Actor& actor, const QString& input);
    [[nodiscard]] const Clock& clock() const { return m_clock; }

    // Where previous tickets come from; without one, CustomerLookup::tickets stays empty.
    void setTicketHistory(TicketHistorySource* history) { m_ticketHistory = history; }

    // The explanation of one bill ("why is my bill so high?"); also an access to personal data,
    // so it is logged the same way.
    [[nodiscard]] Result<BillExplanation> explainBill(const Actor& actor, const QString& input, const QString& period);

    // The unpaid bills past their due date on `today` (WIB) and what they cost, late fees included.
    [[nodiscard]] static Arrears arrearsOf(
        const QList<Bill>& unpaidBills, int powerVa, const BillCalculator& calculator, const QDate& today);

private:
    [[nodiscard]] Status checkActor(const Actor& actor) const;
    // Finds the customer and records the access (`detail` says how) on the same connection; on
    // PostgreSQL the database writes that record itself, inside the caller's transaction.
    [[nodiscard]] Result<Customer> openCustomer(const QSqlDatabase& db, const Actor& actor, const QString& input,
        const QString& detail, CustomerKey::Kind* matchedBy) const;

    Database& m_database;
    const Clock& m_clock;
    Result<TariffBook> m_tariffs;
    TicketHistorySource* m_ticketHistory = nullptr;
};

} // namespace csodesk
