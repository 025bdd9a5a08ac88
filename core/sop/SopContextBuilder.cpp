#include "SopContextBuilder.h"

#include "billing/BillingPeriod.h"
#include "billing/Money.h"
#include "common/TimeUtil.h"

#include <QStringList>

#include <optional>

namespace csodesk {

namespace {

// kWh from Wh with one decimal and a decimal comma, no grouping: "1335,0". Integer arithmetic,
// rounded half up to the 0.1 kWh a meter shows.
QString plainKwhOneDecimal(qint64 wh)
{
    const bool negative = wh < 0;
    const qint64 tenths = divideRoundHalfUp(negative ? -wh : wh, 100);
    return QStringLiteral("%1%2,%3").arg(negative ? QStringLiteral("-") : QString()).arg(tenths / 10).arg(tenths % 10);
}

// "Juli, Agustus dan September 2026" (the year once when all months share it).
QString monthList(const QList<BillingPeriod>& periods)
{
    if (periods.isEmpty())
        return {};
    bool sameYear = true;
    for (const BillingPeriod& period : periods)
        sameYear = sameYear && period.year() == periods.first().year();
    QStringList names;
    for (const BillingPeriod& period : periods)
        names << (sameYear ? indonesianMonthName(period.month()) : period.displayName());
    QString text = names.size() == 1 ? names.first()
                                     : QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", "))
            + QStringLiteral(" dan ") + names.last();
    if (sameYear)
        text += QLatin1Char(' ') + QString::number(periods.first().year());
    return text;
}

const Bill* chosenBill(const CustomerLookup& lookup, const BillingPeriod& period)
{
    if (lookup.bills.isEmpty())
        return nullptr;
    if (!period.isValid())
        return &lookup.bills.first(); // newest first
    for (const Bill& bill : lookup.bills) {
        if (bill.period == period)
            return &bill;
    }
    return nullptr;
}

// The newest stand PLN accepted as read: a bill from a meter reading (read at the start of its
// period) or an accepted self-report, whichever is newer. Estimated bills do not count: a
// meter below an estimate is what the over-billing correction is for, not an error.
struct LastReadStand {
    qint64 standWh = 0;
    QString from;
};

std::optional<LastReadStand> lastReadStand(const CustomerLookup& lookup)
{
    std::optional<LastReadStand> newest;
    QDate newestDay;
    for (const Bill& bill : lookup.bills) {
        if (bill.estimated)
            continue;
        newestDay = QDate(bill.period.year(), bill.period.month(), 1);
        newest = LastReadStand { bill.standEndWh, QStringLiteral("rekening %1").arg(bill.period.displayName()) };
        break; // newest first
    }
    for (const MeterReading& reading : lookup.readings) {
        if (!reading.accepted)
            continue;
        const QDate day = toWib(reading.reportedAt).date();
        if (!newest || day > newestDay) {
            const QString what = reading.source == ReadingSource::MeterReader ? QStringLiteral("pembacaan")
                                                                              : QStringLiteral("laporan");
            newest = LastReadStand { reading.standWh,
                QStringLiteral("%1 %2, %3").arg(what, readingSourceLabel(reading.source), formatIndonesianDate(day)) };
        }
        break; // newest first
    }
    return newest;
}

} // namespace

QString formatPowerVa(int powerVa)
{
    // Grouping as Rupiah does, without the currency: reuse the one formatter.
    return formatRupiah(powerVa).mid(2) + QStringLiteral(" VA");
}

QString formatIndonesianDate(const QDate& date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(indonesianMonthName(date.month())).arg(date.year());
}

SopFacts sopFactsFromLookup(const CustomerLookup& lookup, const SopBillChoice& choice)
{
    const Customer& customer = lookup.customer;
    const Bill* bill = chosenBill(lookup, choice.period);
    const bool unpaid = bill && !bill->isPaid();
    return SopFacts {
        { QStringLiteral("postpaid"), !customer.isPrepaid() },
        { QStringLiteral("has_bill"), bill != nullptr },
        { QStringLiteral("bill_estimated"), bill && bill->estimated },
        { QStringLiteral("bill_corrected"), bill && bill->correctionWh != 0 },
        { QStringLiteral("bill_paid"), bill && bill->isPaid() },
        // Due on the 20th means payable through the 20th: overdue from the 21st (WIB).
        { QStringLiteral("bill_overdue"), unpaid && lookup.asOf.isValid() && lookup.asOf > bill->dueDate },
        { QStringLiteral("invoice_subscribed"),
            customer.invoiceEmailState == InvoiceEmailState::Subscribed && !customer.invoiceEmail.isEmpty() },
        { QStringLiteral("has_arrears"), !lookup.arrears.isEmpty() },
    };
}

SopContext sopContextFromLookup(const CustomerLookup& lookup, const SopBillChoice& choice)
{
    const Customer& customer = lookup.customer;
    SopContext context;
    context.customerIdpel = customer.idpel;
    context.customerName = customer.name;
    context.paymentType = paymentTypeCode(customer.paymentType);
    if (const Unit* ulp = lookup.ulp()) {
        context.unitCode = ulp->code;
        context.unitName = ulp->name;
    } else {
        context.unitCode = customer.ulpCode;
    }

    auto put = [&context](const QString& name, const QString& value) {
        if (!value.isEmpty())
            context.values.insert(name, value);
    };
    put(QStringLiteral("tariff"), customer.tariffClass);
    if (customer.powerVa > 0)
        put(QStringLiteral("power_va"), formatPowerVa(customer.powerVa));
    put(QStringLiteral("invoice_email"), customer.invoiceEmail);
    if (!customer.isPrepaid())
        put(QStringLiteral("arrears_total"), formatRupiah(lookup.arrears.total));

    if (const Bill* bill = chosenBill(lookup, choice.period)) {
        put(QStringLiteral("period"), bill->period.displayName());
        put(QStringLiteral("amount"), formatRupiah(bill->total));
        put(QStringLiteral("due_date"), formatIndonesianDate(bill->dueDate));
        put(QStringLiteral("stand_start"), plainKwhOneDecimal(bill->standStartWh));
        put(QStringLiteral("stand_end"), plainKwhOneDecimal(bill->standEndWh));
        put(QStringLiteral("kwh"), QString::number(divideRoundHalfUp(bill->usageWh, 1000)));
        if (bill->estimated)
            put(QStringLiteral("estimated_from"), monthList(bill->estimatedFrom));
        put(QStringLiteral("bill_explanation"), choice.billExplanation.trimmed());
    }
    if (const auto lastRead = lastReadStand(lookup)) {
        put(QStringLiteral("last_read_stand"), plainKwhOneDecimal(lastRead->standWh));
        put(QStringLiteral("last_read_from"), lastRead->from);
    }
    context.facts = sopFactsFromLookup(lookup, choice);
    return context;
}

} // namespace csodesk
