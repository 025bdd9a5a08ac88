#include "CustomerLookupService.h"

#include "CustomerRepository.h"
#include "audit/AuditLog.h"
#include "billing/EnergyQuantity.h"
#include "common/LogFormat.h"
#include "common/Masking.h"
#include "common/TimeUtil.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace csodesk {

CustomerLookupService::CustomerLookupService(Database& database, const Clock& clock)
    : CustomerLookupService(database, clock, TariffBook())
{
    m_tariffs = TariffBook::load();
}

CustomerLookupService::CustomerLookupService(Database& database, const Clock& clock, TariffBook tariffs)
    : m_database(database)
    , m_clock(clock)
    , m_tariffs(std::move(tariffs))
{
}

Status CustomerLookupService::checkActor(const Actor& actor) const
{
    // Every role may look customers up; an anonymous caller may not (the access log must say who).
    if (actor.userName.trimmed().isEmpty()) {
        return makeError(ErrorKind::PermissionDenied,
            QCoreApplication::translate("Customers", "Pencarian pelanggan membutuhkan pengguna yang dikenal."),
            QStringLiteral("lookup without actor"));
    }
    if (!m_tariffs.ok())
        return m_tariffs.error();
    return {};
}

Result<Customer> CustomerLookupService::openCustomer(const QSqlDatabase& db, const Actor& actor, const QString& input,
    const QString& detail, CustomerKey::Kind* matchedBy) const
{
    auto key = parseCustomerKey(input);
    if (!key.ok())
        return key.error();
    const CustomerRepository repository(db);
    const qint64 nowMs = toEpochMs(m_clock.nowUtc());
    const QString how
        = detail.isEmpty() ? (key->isIdpel() ? QStringLiteral("by idpel") : QStringLiteral("by meter number")) : detail;
    auto found = repository.readsThroughFunctions() ? repository.openAudited(key.value(), how, actor.userName, nowMs)
                                                    : repository.find(key.value());
    if (!found.ok())
        return found.error();
    if (!found->has_value()) {
        spdlog::info("lookup: no customer for {}", maskIdpel(key->digits));
        return makeError(ErrorKind::NotFound,
            key->isIdpel()
                ? QCoreApplication::translate("Customers", "Pelanggan dengan IDPEL %1 tidak ditemukan.")
                      .arg(key->digits)
                : QCoreApplication::translate("Customers", "Pelanggan dengan nomor meter %1 tidak ditemukan.")
                      .arg(key->digits),
            QStringLiteral("customer not found"));
    }
    if (!repository.readsThroughFunctions()) {
        // Personal data is not shown unless the access is on record.
        if (auto logged
            = AuditLog(m_database, m_clock).record(db, actor.userName, AuditAction::Lookup, found->value().idpel, how);
            !logged.ok())
            return logged.error();
    }
    *matchedBy = key->kind;
    return found->value();
}

Arrears CustomerLookupService::arrearsOf(
    const QList<Bill>& unpaidBills, int powerVa, const BillCalculator& calculator, const QDate& today)
{
    Arrears arrears;
    for (const Bill& bill : unpaidBills) {
        if (today <= bill.dueDate)
            continue; // due today or later: the current bill
        arrears.unpaidBills.append(bill);
        arrears.billsTotal += bill.total;
        arrears.lateFees += bill.lateFee > 0 ? bill.lateFee : calculator.lateFee(powerVa, bill.total);
    }
    arrears.total = arrears.billsTotal + arrears.lateFees;
    return arrears;
}

Result<CustomerLookup> CustomerLookupService::lookup(const Actor& actor, const QString& input)
{
    if (auto allowed = checkActor(actor); !allowed.ok())
        return allowed.error();
    const BillCalculator calculator(m_tariffs.value());
    const QDate today = wibDate(m_clock.nowUtc());

    auto found = m_database.readAudited([&](QSqlDatabase& db) -> Result<CustomerLookup> {
        CustomerLookup lookup;
        auto customer = openCustomer(db, actor, input, {}, &lookup.matchedBy);
        if (!customer.ok())
            return customer.error();
        lookup.customer = customer.value();
        const CustomerRepository repository(db);
        const QString& idpel = lookup.customer.idpel;
        auto units = repository.unitChain(lookup.customer.ulpCode);
        auto bills = repository.bills(idpel, kBillsShown);
        auto unpaid = repository.unpaidBills(idpel);
        auto readings = repository.readings(idpel, kReadingsShown);
        auto tokens = repository.tokenPurchases(idpel, kTokenPurchasesShown);
        for (const Error* error : { units.ok() ? nullptr : &units.error(), bills.ok() ? nullptr : &bills.error(),
                 unpaid.ok() ? nullptr : &unpaid.error(), readings.ok() ? nullptr : &readings.error(),
                 tokens.ok() ? nullptr : &tokens.error() }) {
            if (error)
                return *error;
        }
        lookup.units = units.value();
        lookup.bills = bills.value();
        lookup.arrears = arrearsOf(unpaid.value(), lookup.customer.powerVa, calculator, today);
        for (const Bill& bill : unpaid.value()) {
            if (today <= bill.dueDate)
                lookup.currentBills.append(bill);
        }
        lookup.asOf = today;
        lookup.readings = readings.value();
        lookup.tokenPurchases = tokens.value();
        return lookup;
    });
    if (!found.ok())
        return found.error();

    const QString detail
        = found->matchedBy == CustomerKey::Kind::Idpel ? QStringLiteral("by idpel") : QStringLiteral("by meter number");
    // After the access record: an agent may see the tickets of customers they looked up.
    if (m_ticketHistory) {
        // The agent still needs the customer when the history cannot be read: it says so instead.
        auto tickets = m_ticketHistory->ticketsOf(actor, found->customer.idpel, kTicketsShown);
        if (tickets.ok())
            found->tickets = tickets.value();
        else {
            found->ticketsUnavailable = true;
            spdlog::warn("lookup: ticket history of {} unavailable: {}", maskIdpel(found->customer.idpel),
                tickets.error().detail);
        }
    }
    spdlog::info("lookup: {} looked up {} ({})", actor.userName, maskIdpel(found->customer.idpel), detail);
    return found;
}

Result<BillExplanation> CustomerLookupService::explainBill(
    const Actor& actor, const QString& input, const QString& periodText)
{
    if (auto allowed = checkActor(actor); !allowed.ok())
        return allowed.error();
    auto period = BillingPeriod::parse(periodText);
    if (!period.ok())
        return period.error();
    const BillCalculator calculator(m_tariffs.value());
    const QDate today = wibDate(m_clock.nowUtc());

    struct Found {
        Customer customer;
        QList<Bill> bills;
        QList<MeterReading> readings;
    };
    auto found = m_database.readAudited([&](QSqlDatabase& db) -> Result<Found> {
        CustomerKey::Kind matchedBy = CustomerKey::Kind::Idpel;
        auto customer
            = openCustomer(db, actor, input, QStringLiteral("bill explain %1").arg(period->toString()), &matchedBy);
        if (!customer.ok())
            return customer.error();
        const CustomerRepository repository(db);
        auto bills = repository.bills(customer->idpel);
        if (!bills.ok())
            return bills.error();
        // A bill for month M is read from the stand reported in month M-1 (WIB).
        const BillingPeriod readingMonth = period->addMonths(-1);
        const QDate firstDay(readingMonth.year(), readingMonth.month(), 1);
        auto readings = repository.readingsBetween(customer->idpel, QDateTime(firstDay, QTime(0, 0), wibTimeZone()),
            QDateTime(firstDay.addMonths(1), QTime(0, 0), wibTimeZone()));
        if (!readings.ok())
            return readings.error();
        return Found { customer.value(), bills.value(), readings.value() };
    });
    if (!found.ok())
        return found.error();

    const Bill* bill = nullptr;
    for (const Bill& candidate : found->bills) {
        if (candidate.period == period.value())
            bill = &candidate;
    }
    if (!bill) {
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("Customers", "Rekening %1 untuk IDPEL %2 tidak ada.")
                .arg(period->displayName(), found->customer.idpel),
            QStringLiteral("bill not found"));
    }
    spdlog::info(
        "bill explain: {} for {} period {}", actor.userName, maskIdpel(found->customer.idpel), period->toString());
    QStringList rejected;
    for (const MeterReading& reading : std::as_const(found->readings)) {
        if (!reading.accepted) {
            rejected.append(QCoreApplication::translate("Customers", "%1 lewat %2, stand %3 — %4")
                                .arg(formatWib(reading.reportedAt), readingSourceLabel(reading.source),
                                    formatStand(reading.standWh), reading.rejectReason));
        }
    }
    const BillExplainer explainer(calculator);
    return explainer.explain(BillExplanationInput { found->customer.idpel, found->customer.tariffClass,
        found->customer.powerVa, *bill, found->bills, today, rejected });
}

} // namespace csodesk
