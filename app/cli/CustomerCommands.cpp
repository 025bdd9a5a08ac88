// lookup: find a customer by IDPEL or meter number and show what an agent sees.
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "NumberText.h"
#include "TextTable.h"
#include "audit/AuditLog.h"
#include "billing/EnergyQuantity.h"
#include "calls/ServiceCallBackend.h"
#include "common/TimeUtil.h"
#include "customers/CustomerKey.h"
#include "customers/CustomerLookupService.h"
#include "tickets/TicketService.h"

#include <QCoreApplication>
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
    TextTable head;
    head.setSpacing(1);
    head.addRow({ QStringLiteral("IDPEL:"), c.idpel });
    if (!c.meterNumber.isEmpty())
        head.addRow({ QCoreApplication::translate("CliLookup", "Nomor meter:"), c.meterNumber });
    head.addRow({ QCoreApplication::translate("CliLookup", "Nama:"), c.name });
    head.addRow({ QCoreApplication::translate("CliLookup", "Alamat:"), c.address });
    head.addRow({ QCoreApplication::translate("CliLookup", "Tarif/daya:"),
        QStringLiteral("%1 / %2 VA, %3").arg(c.tariffClass, countText(c.powerVa), paymentTypeCode(c.paymentType)) });
    for (const Unit& unit : found.units)
        head.addRow(
            { unitLevelCode(unit.level).toUpper() + QLatin1Char(':'), unit.code + QLatin1Char(' ') + unit.name });
    head.addRow({ QCoreApplication::translate("CliLookup", "E-mail invoice:"),
        invoiceEmailStateCode(c.invoiceEmailState)
            + (c.invoiceEmail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.invoiceEmail)) });
    head.print(out);
    if (!found.bills.isEmpty()) {
        out << "\n" << QCoreApplication::translate("CliLookup", "Rekening (terbaru dulu):") << "\n";
        TextTable bills({ QCoreApplication::translate("CliLookup", "Periode"),
            QCoreApplication::translate("CliLookup", "Stand awal"),
            QCoreApplication::translate("CliLookup", "Stand akhir"), QStringLiteral("kWh"),
            QCoreApplication::translate("CliLookup", "Taksiran"), QCoreApplication::translate("CliLookup", "Koreksi"),
            QCoreApplication::translate("CliLookup", "Total"), QCoreApplication::translate("CliLookup", "Jatuh tempo"),
            QCoreApplication::translate("CliLookup", "Dibayar") });
        bills.setIndent(2);
        for (int column : { 1, 2, 3, 5, 6 })
            bills.setAlignment(column, TextTable::Align::Right);
        for (const Bill& bill : found.bills) {
            bills.addRow({ bill.period.toString(), formatStand(bill.standStartWh), formatStand(bill.standEndWh),
                EnergyQuantity::fromWh(bill.usageWh).toKwhText(0),
                bill.estimated ? QCoreApplication::translate("CliLookup", "ya") : QStringLiteral("-"),
                bill.correctionWh == 0 ? QStringLiteral("-") : formatKwh(bill.correctionWh), formatRupiah(bill.total),
                bill.dueDate.toString(Qt::ISODate),
                bill.isPaid() ? formatWib(*bill.paidAt, QStringLiteral("dd-MM-yyyy"))
                              : QCoreApplication::translate("CliLookup", "BELUM DIBAYAR") });
        }
        bills.print(out);
    }
    if (!found.arrears.isEmpty()) {
        out << "\n"
            << QCoreApplication::translate("CliLookup", "Tunggakan: %Ln rekening belum dibayar, %1 + denda %2 = %3",
                   nullptr, int(found.arrears.unpaidBills.size()))
                   .arg(formatRupiah(found.arrears.billsTotal), formatRupiah(found.arrears.lateFees),
                       formatRupiah(found.arrears.total))
            << "\n";
    } else if (!c.isPrepaid()) {
        out << "\n" << QCoreApplication::translate("CliLookup", "Tunggakan: tidak ada") << "\n";
    }
    for (const Bill& bill : found.currentBills)
        out << QCoreApplication::translate("CliLookup", "Rekening berjalan (belum jatuh tempo): %1 %2, jatuh tempo %3")
                   .arg(bill.period.toString(), formatRupiah(bill.total), bill.dueDate.toString(Qt::ISODate))
            << "\n";
    if (!found.readings.isEmpty()) {
        out << "\n" << QCoreApplication::translate("CliLookup", "Pembacaan meter:") << "\n";
        TextTable readings;
        readings.setIndent(2);
        readings.setAlignment(2, TextTable::Align::Right);
        for (const MeterReading& r : found.readings) {
            readings.addRow({ formatWib(r.reportedAt), readingSourceCode(r.source), formatStand(r.standWh),
                r.accepted ? QCoreApplication::translate("CliLookup", "diterima")
                           : QCoreApplication::translate("CliLookup", "ditolak: %1").arg(r.rejectReason) });
        }
        readings.print(out);
    }
    if (!found.tokenPurchases.isEmpty()) {
        out << "\n" << QCoreApplication::translate("CliLookup", "Pembelian token:") << "\n";
        TextTable tokens;
        tokens.setIndent(2);
        tokens.setAlignment(1, TextTable::Align::Right);
        tokens.setAlignment(2, TextTable::Align::Right);
        for (const TokenPurchase& t : found.tokenPurchases)
            tokens.addRow({ formatWib(t.purchasedAt), formatRupiah(t.amount), formatKwh(t.energyWh), t.tokenMasked });
        tokens.print(out);
    }
    out << "\n"
        << QCoreApplication::translate("CliLookup", "Tiket sebelumnya: %1")
               .arg(found.ticketsUnavailable     ? QCoreApplication::translate("CliLookup", "tidak tersedia")
                       : found.tickets.isEmpty() ? QCoreApplication::translate("CliLookup", "tidak ada")
                                                 : countText(found.tickets.size()))
        << "\n";
}

int runLookup(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Cetak sebagai JSON (tidak diterjemahkan)."));
    const QCommandLineOption user = userOption();
    parser.addOption(jsonOption);
    parser.addOption(user);
    parser.addPositionalArgument(QCoreApplication::translate("CliLookup", "kunci"),
        QCoreApplication::translate("CliLookup", "IDPEL (12 digit) atau nomor meter prabayar (11 digit)."));
    if (auto stop = context.parse(parser,
            QCoreApplication::translate(
                "CliLookup", "Cari pelanggan menurut IDPEL atau nomor meter (dicatat di log akses).")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QCoreApplication::translate("CliLookup", "sebutkan tepat satu IDPEL atau nomor meter"));
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
    registry.add({ QStringLiteral("lookup"),
        QCoreApplication::translate("CliLookup", "Cari pelanggan menurut IDPEL atau nomor meter"), runLookup });
}

} // namespace csodesk::cli
