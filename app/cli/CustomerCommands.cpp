// lookup: find a customer by IDPEL or meter number and show what an agent sees.
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "audit/AuditLog.h"
#include "billing/EnergyQuantity.h"
#include "calls/ServiceCallBackend.h"
#include "common/TimeUtil.h"
#include "customers/CustomerKey.h"
#include "customers/CustomerLookupService.h"
#include "tickets/TicketService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace csodesk::cli {

namespace {

double kwhNumber(qint64 wh)
{
    // Display only (JSON numbers); money is never a double.
    return static_cast<double>(wh) / 1000.0;
}

QJsonObject customerJson(const CustomerLookup& found)
{
    const Customer& c = found.customer;
    const Unit* ulp = found.ulp();
    return QJsonObject {
        { QStringLiteral("idpel"), c.idpel },
        { QStringLiteral("meter_number"), c.meterNumber.isEmpty() ? QJsonValue() : QJsonValue(c.meterNumber) },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("tariff"), c.tariffClass },
        { QStringLiteral("power_va"), c.powerVa },
        { QStringLiteral("payment_type"), paymentTypeCode(c.paymentType) },
        { QStringLiteral("unit"),
            QJsonObject { { QStringLiteral("code"), ulp ? ulp->code : c.ulpCode },
                { QStringLiteral("name"), ulp ? ulp->name : QString() } } },
        { QStringLiteral("invoice_email"),
            QJsonObject { { QStringLiteral("state"), invoiceEmailStateCode(c.invoiceEmailState) },
                { QStringLiteral("address"), c.invoiceEmail } } },
    };
}

QJsonObject billJson(const Bill& bill)
{
    return QJsonObject {
        { QStringLiteral("period"), bill.period.toString() },
        { QStringLiteral("stand_start"), kwhNumber(bill.standStartWh) },
        { QStringLiteral("stand_end"), kwhNumber(bill.standEndWh) },
        { QStringLiteral("kwh"), kwhNumber(bill.usageWh) },
        { QStringLiteral("estimated"), bill.estimated },
        { QStringLiteral("correction_kwh"), kwhNumber(bill.correctionWh) },
        { QStringLiteral("total"), bill.total },
        { QStringLiteral("due_date"), bill.dueDate.toString(Qt::ISODate) },
        { QStringLiteral("paid"), bill.isPaid() },
    };
}

QJsonObject arrearsJson(const Arrears& arrears)
{
    QJsonArray periods;
    for (const Bill& bill : arrears.unpaidBills)
        periods.append(bill.period.toString());
    return QJsonObject {
        { QStringLiteral("count"), static_cast<int>(arrears.unpaidBills.size()) },
        { QStringLiteral("periods"), periods },
        { QStringLiteral("bills_total"), arrears.billsTotal },
        { QStringLiteral("late_fees"), arrears.lateFees },
        { QStringLiteral("total"), arrears.total },
    };
}

// Unpaid bills not yet due: what the customer pays next, kept apart from the arrears.
QJsonArray currentBillsJson(const QList<Bill>& bills)
{
    QJsonArray current;
    for (const Bill& bill : bills)
        current.append(
            QJsonObject { { QStringLiteral("period"), bill.period.toString() }, { QStringLiteral("total"), bill.total },
                { QStringLiteral("due_date"), bill.dueDate.toString(Qt::ISODate) } });
    return current;
}

QJsonArray ticketsJson(const QList<CustomerTicketRef>& tickets)
{
    QJsonArray array;
    for (const CustomerTicketRef& ticket : tickets) {
        array.append(QJsonObject { { QStringLiteral("number"), ticket.ticketNumber },
            { QStringLiteral("kind"), ticket.kind }, { QStringLiteral("sub_issue_type"), ticket.subIssueTypeId },
            { QStringLiteral("status"), ticket.status }, { QStringLiteral("created_at"), formatWib(ticket.createdAt) },
            { QStringLiteral("summary"), ticket.summary } });
    }
    return array;
}

void printText(QTextStream& out, const CustomerLookup& found)
{
    const Customer& c = found.customer;
    out << "IDPEL:         " << c.idpel << "\n";
    if (!c.meterNumber.isEmpty())
        out << "Meter number:  " << c.meterNumber << "\n";
    out << "Name:          " << c.name << "\n";
    out << "Address:       " << c.address << "\n";
    out << "Tariff/power:  " << c.tariffClass << " / " << c.powerVa << " VA, " << paymentTypeCode(c.paymentType)
        << "\n";
    for (const Unit& unit : found.units)
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(unitLevelCode(unit.level).toUpper().leftJustified(14), unit.code, unit.name);
    out << "Invoice e-mail: " << invoiceEmailStateCode(c.invoiceEmailState)
        << (c.invoiceEmail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.invoiceEmail)) << "\n";
    if (!found.bills.isEmpty()) {
        out << "\nBills (newest first):\n";
        out << "  period   stand awal  stand akhir      kWh  est  correction         total  due         paid\n";
        for (const Bill& bill : found.bills) {
            out << QStringLiteral("  %1 %2 %3 %4  %5 %6 %7  %8  %9\n")
                       .arg(bill.period.toString())
                       .arg(formatStand(bill.standStartWh), 11)
                       .arg(formatStand(bill.standEndWh), 12)
                       .arg(EnergyQuantity::fromWh(bill.usageWh).toKwhText(0), 8)
                       .arg(bill.estimated ? QStringLiteral("yes") : QStringLiteral("  -"))
                       .arg(bill.correctionWh == 0 ? QStringLiteral("-") : formatKwh(bill.correctionWh), 11)
                       .arg(formatRupiah(bill.total), 13)
                       .arg(bill.dueDate.toString(Qt::ISODate))
                       .arg(bill.isPaid() ? formatWib(*bill.paidAt, QStringLiteral("dd-MM-yyyy"))
                                          : QStringLiteral("UNPAID"));
        }
    }
    if (!found.arrears.isEmpty()) {
        out << "\nArrears: " << found.arrears.unpaidBills.size() << " unpaid bill(s), "
            << formatRupiah(found.arrears.billsTotal) << " + late fees " << formatRupiah(found.arrears.lateFees)
            << " = " << formatRupiah(found.arrears.total) << "\n";
    } else if (!c.isPrepaid()) {
        out << "\nArrears: none\n";
    }
    for (const Bill& bill : found.currentBills)
        out << "Current bill (not yet due): " << bill.period.toString() << " " << formatRupiah(bill.total) << ", due "
            << bill.dueDate.toString(Qt::ISODate) << "\n";
    if (!found.readings.isEmpty()) {
        out << "\nMeter readings:\n";
        for (const MeterReading& r : found.readings) {
            out << "  " << formatWib(r.reportedAt) << "  " << readingSourceCode(r.source).leftJustified(12) << " "
                << formatStand(r.standWh).rightJustified(11) << "  "
                << (r.accepted ? QStringLiteral("accepted") : QStringLiteral("rejected: ") + r.rejectReason) << "\n";
        }
    }
    if (!found.tokenPurchases.isEmpty()) {
        out << "\nToken purchases:\n";
        for (const TokenPurchase& t : found.tokenPurchases) {
            out << "  " << formatWib(t.purchasedAt) << "  " << formatRupiah(t.amount).rightJustified(10) << "  "
                << formatKwh(t.energyWh).rightJustified(9) << "  " << t.tokenMasked << "\n";
        }
    }
    out << "\nPrevious tickets: "
        << (found.ticketsUnavailable         ? QStringLiteral("unavailable")
                   : found.tickets.isEmpty() ? QStringLiteral("none")
                                             : QString::number(found.tickets.size()))
        << "\n";
}

int runLookup(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));
    const QCommandLineOption user = userOption();
    parser.addOption(jsonOption);
    parser.addOption(user);
    parser.addPositionalArgument(
        QStringLiteral("key"), QStringLiteral("IDPEL (12 digits) or prepaid meter number (11 digits)."));
    if (auto stop = context.parse(
            parser, QStringLiteral("Look a customer up by IDPEL or meter number (recorded in the access log).")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("give exactly one IDPEL or meter number"));
    auto database = context.database();
    if (!database.ok())
        return context.fail(database.error());
    // A typing mistake is reported before anyone is asked for a password.
    if (auto key = parseCustomerKey(parser.positionalArguments().first()); !key.ok())
        return context.fail(key.error());
    auto actor = signInUser(context, *database.value(), parser.value(user));
    if (!actor.ok())
        return context.fail(actor.error());
    // The desktop's look-up (core/calls): the customer with the tickets this person may see.
    CustomerLookupService service(*database.value(), context.clock());
    TicketQueryService ticketQueries(*database.value(), context.clock());
    AuditLog audit(*database.value(), context.clock());
    TicketService tickets(*database.value(), audit, context.clock(), context.settings().siteCode());
    ServiceCallBackend calls(service, tickets, ticketQueries, *database.value());
    auto found = calls.lookUp(actor.value(), parser.positionalArguments().first());
    if (!found.ok())
        return context.fail(found.error());

    if (parser.isSet(jsonOption)) {
        QJsonArray bills;
        for (const Bill& bill : found->bills)
            bills.append(billJson(bill));
        QJsonObject root {
            { QStringLiteral("customer"), customerJson(found.value()) },
            { QStringLiteral("bills"), bills },
            { QStringLiteral("arrears"), arrearsJson(found->arrears) },
            { QStringLiteral("current_bills"), currentBillsJson(found->currentBills) },
            { QStringLiteral("tickets"), ticketsJson(found->tickets) },
        };
        // Only when it happens: the agreed shape stays as it is for every normal look-up.
        if (found->ticketsUnavailable)
            root.insert(QStringLiteral("tickets_unavailable"), true);
        context.printJson(QJsonDocument(root));
    } else {
        printText(context.out(), found.value());
    }
    return ExitOk;
}

} // namespace

void registerCustomerCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("lookup"), QStringLiteral("Find a customer by IDPEL or meter number"), runLookup });
}

} // namespace csodesk::cli
