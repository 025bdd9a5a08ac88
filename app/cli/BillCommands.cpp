// bill simulate | bill explain: what a bill would cost, and why a stored bill is what it is.
#include "CliActions.h"
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "NumberText.h"
#include "TextTable.h"
#include "billing/BillCalculator.h"
#include "customers/CustomerLookupService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace csodesk::cli {

namespace {

// For JSON: a decimal point in every language.
QString plainDecimal(qint64 scaled, int decimals)
{
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    return QStringLiteral("%1.%2").arg(scaled / unit).arg(scaled % unit, decimals, 10, QLatin1Char('0'));
}

int runSimulate(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption tariffOption(QStringLiteral("tariff"),
        QCoreApplication::translate("CliBill", "Golongan tarif: R1, R1M, R2 atau R3."),
        QCoreApplication::translate("Cli", "golongan"));
    const QCommandLineOption vaOption(
        QStringLiteral("va"), QCoreApplication::translate("CliBill", "Daya kontrak dalam VA."), QStringLiteral("N"));
    const QCommandLineOption kwhOption(QStringLiteral("kwh"),
        QCoreApplication::translate("CliBill", "Pemakaian dalam kWh (paling banyak 3 desimal)."), QStringLiteral("X"));
    const QCommandLineOption periodOption(QStringLiteral("period"),
        QCoreApplication::translate("CliBill", "Periode rekening, YYYY-MM."),
        QCoreApplication::translate("Cli", "periode"));
    const QCommandLineOption ppjOption(QStringLiteral("ppj"),
        QCoreApplication::translate("CliBill", "Pajak penerangan jalan dalam persen (bawaan 0)."),
        QCoreApplication::translate("Cli", "persen"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Cetak sebagai JSON (tidak diterjemahkan)."));
    for (const QCommandLineOption& option : { tariffOption, vaOption, kwhOption, periodOption, ppjOption, jsonOption })
        parser.addOption(option);
    if (auto stop = context.parse(
            parser, QCoreApplication::translate("CliBill", "Hitung jumlah rekening pascabayar dari data tarif.")))
        return *stop;
    for (const QCommandLineOption& required : { tariffOption, vaOption, kwhOption, periodOption }) {
        if (!parser.isSet(required))
            return context.usage(
                QCoreApplication::translate("CliBill", "--%1 wajib diisi").arg(required.names().first()));
    }
    bool vaOk = false;
    const int va = parser.value(vaOption).toInt(&vaOk);
    if (!vaOk || va <= 0)
        return context.usage(QCoreApplication::translate("CliBill", "--va harus bilangan bulat positif (VA)"));
    auto wh = parseDecimal(parser.value(kwhOption), 3, QStringLiteral("kWh"));
    if (!wh.ok())
        return context.fail(wh.error());
    auto period = BillingPeriod::parse(parser.value(periodOption));
    if (!period.ok())
        return context.fail(period.error());
    int ppj = 0;
    if (parser.isSet(ppjOption)) {
        auto parsed = parsePercentBasisPoints(parser.value(ppjOption));
        if (!parsed.ok())
            return context.fail(parsed.error());
        ppj = parsed.value();
    }
    auto tariffs = TariffBook::load();
    if (!tariffs.ok())
        return context.fail(tariffs.error());
    const BillCalculator calculator(tariffs.value());
    auto amounts = calculator.compute(
        BillInput { parser.value(tariffOption), va, EnergyQuantity::fromWh(wh.value()), period.value(), ppj });
    if (!amounts.ok())
        return context.fail(amounts.error());

    if (parser.isSet(jsonOption)) {
        QJsonArray blocks;
        for (const BlockCharge& block : amounts->blocks)
            blocks.append(
                QJsonObject { { QStringLiteral("kwh"), static_cast<double>(block.usage.roundedWh()) / 1000.0 },
                    { QStringLiteral("rate_per_kwh"), plainDecimal(block.rate, 2) } });
        context.printJson(QJsonDocument(QJsonObject {
            { QStringLiteral("tariff"), amounts->tariffCode },
            { QStringLiteral("tariff_label"), amounts->tariffLabel },
            { QStringLiteral("period"), period->toString() },
            { QStringLiteral("power_va"), va },
            { QStringLiteral("kwh"), static_cast<double>(wh.value()) / 1000.0 },
            { QStringLiteral("billed_kwh"), static_cast<double>(amounts->billedUsage.roundedWh()) / 1000.0 },
            { QStringLiteral("minimum_applied"), amounts->minimumApplied },
            { QStringLiteral("rate_per_kwh"),
                amounts->flatRate > 0 ? QJsonValue(plainDecimal(amounts->flatRate, 2)) : QJsonValue() },
            { QStringLiteral("blocks"), blocks },
            { QStringLiteral("energy_charge"), amounts->energyCharge },
            { QStringLiteral("fixed_charge"), amounts->fixedCharge },
            { QStringLiteral("ppj_percent"), plainDecimal(amounts->ppjBasisPoints, 2) },
            { QStringLiteral("ppj"), amounts->ppj },
            { QStringLiteral("ppn_percent"), plainDecimal(amounts->ppnBasisPoints, 2) },
            { QStringLiteral("ppn"), amounts->ppn },
            { QStringLiteral("total"), amounts->total },
        }));
        return ExitOk;
    }
    // Rupiah and rates are written as on the bill, "Rp33.792", in every language.
    TextTable table;
    table.setSpacing(1);
    table.addRow({ QCoreApplication::translate("CliBill", "Tarif:"),
        QStringLiteral("%1 (%2)").arg(amounts->tariffLabel, period->toString()) });
    if (amounts->flatRate > 0)
        table.addRow({ QCoreApplication::translate("CliBill", "Harga:"),
            QCoreApplication::translate("CliBill", "%1 per kWh").arg(formatRateSen(amounts->flatRate)) });
    for (const BlockCharge& block : amounts->blocks) {
        if (amounts->flatRate == 0)
            table.addRow({ QStringLiteral("  ") + QCoreApplication::translate("CliBill", "blok:"),
                QStringLiteral("%1 kWh x %2").arg(block.usage.toKwhText(1), formatRateSen(block.rate)) });
    }
    if (amounts->minimumApplied)
        table.addRow({ QCoreApplication::translate("CliBill", "Rekening minimum:"),
            QCoreApplication::translate("CliBill", "%1 kWh (40 jam x kVA)").arg(amounts->billedUsage.toKwhText(1)) });
    table.addRow({ QCoreApplication::translate("CliBill", "Biaya energi:"), formatRupiah(amounts->energyCharge) });
    table.addRow({ QCoreApplication::translate("CliBill", "Biaya tetap:"), formatRupiah(amounts->fixedCharge) });
    table.addRow(
        { QStringLiteral("PPJ %1:").arg(basisPointsText(amounts->ppjBasisPoints)), formatRupiah(amounts->ppj) });
    table.addRow(
        { QStringLiteral("PPN %1:").arg(basisPointsText(amounts->ppnBasisPoints)), formatRupiah(amounts->ppn) });
    table.addRow({ QCoreApplication::translate("CliBill", "Total:"), formatRupiah(amounts->total) });
    table.print(context.out());
    return ExitOk;
}

int runExplain(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption user = userOption();
    parser.addOption(user);
    parser.addPositionalArgument(
        QStringLiteral("idpel"), QCoreApplication::translate("CliBill", "IDPEL atau nomor meter."));
    parser.addPositionalArgument(QCoreApplication::translate("Cli", "periode"),
        QCoreApplication::translate("CliBill", "Periode rekening, YYYY-MM."));
    if (auto stop = context.parse(
            parser, QCoreApplication::translate("CliBill", "Jelaskan bagaimana rekening yang tersimpan dihitung.")))
        return *stop;
    if (parser.positionalArguments().size() != 2)
        return context.usage(QCoreApplication::translate("CliBill", "sebutkan IDPEL dan periode"));
    auto database = context.database();
    if (!database.ok())
        return context.fail(database.error());
    CustomerLookupService service(*database.value(), context.clock());
    auto actor = signInUser(context, *database.value(), parser.value(user));
    if (!actor.ok())
        return context.fail(actor.error());
    auto explanation
        = service.explainBill(actor.value(), parser.positionalArguments().at(0), parser.positionalArguments().at(1));
    if (!explanation.ok())
        return context.fail(explanation.error());
    context.out() << explanation->text << "\n";
    return ExitOk;
}

int runBill(CliContext& context)
{
    return dispatchAction(context, { { "simulate", runSimulate }, { "explain", runExplain } },
        groupHelp(QCoreApplication::translate("CliBill", "Pemakaian: csodesk-cli bill simulate|explain [opsi]"),
            {
                { QStringLiteral("simulate"),
                    QCoreApplication::translate("CliBill", "hitung jumlah sebuah rekening dari data tarif") },
                { QStringLiteral("explain"),
                    QCoreApplication::translate(
                        "CliBill", "jelaskan rekening yang tersimpan (IDPEL PERIODE --user NAMA)") },
            }));
}

} // namespace

void registerBillCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("bill"),
        QCoreApplication::translate("CliBill", "Simulasikan rekening, atau jelaskan yang tersimpan"), runBill });
}

} // namespace csodesk::cli
