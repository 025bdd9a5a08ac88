// bill simulate | bill explain: what a bill would cost, and why a stored bill is what it is.
#include "CliActions.h"
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "billing/BillCalculator.h"
#include "customers/CustomerLookupService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace csodesk::cli {

namespace {

QString decimalText(qint64 scaled, int decimals)
{
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    return QStringLiteral("%1.%2").arg(scaled / unit).arg(scaled % unit, decimals, 10, QLatin1Char('0'));
}

int runSimulate(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption tariffOption(
        QStringLiteral("tariff"), QStringLiteral("Tariff class: R1, R1M, R2 or R3."), QStringLiteral("class"));
    const QCommandLineOption vaOption(
        QStringLiteral("va"), QStringLiteral("Contracted power in VA."), QStringLiteral("N"));
    const QCommandLineOption kwhOption(
        QStringLiteral("kwh"), QStringLiteral("Usage in kWh (up to 3 decimals)."), QStringLiteral("X"));
    const QCommandLineOption periodOption(
        QStringLiteral("period"), QStringLiteral("Bill period, YYYY-MM."), QStringLiteral("period"));
    const QCommandLineOption ppjOption(QStringLiteral("ppj"),
        QStringLiteral("Street-lighting tax in percent (default 0)."), QStringLiteral("percent"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the amounts as JSON."));
    for (const QCommandLineOption& option : { tariffOption, vaOption, kwhOption, periodOption, ppjOption, jsonOption })
        parser.addOption(option);
    if (auto stop
        = context.parse(parser, QStringLiteral("Compute the amounts of a postpaid bill from the tariff data.")))
        return *stop;
    for (const QCommandLineOption& required : { tariffOption, vaOption, kwhOption, periodOption }) {
        if (!parser.isSet(required))
            return context.usage(QStringLiteral("--%1 is required").arg(required.names().first()));
    }
    bool vaOk = false;
    const int va = parser.value(vaOption).toInt(&vaOk);
    if (!vaOk || va <= 0)
        return context.usage(QStringLiteral("--va must be a positive whole number of VA"));
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
                    { QStringLiteral("rate_per_kwh"), decimalText(block.rate, 2) } });
        context.printJson(QJsonDocument(QJsonObject {
            { QStringLiteral("tariff"), amounts->tariffCode },
            { QStringLiteral("tariff_label"), amounts->tariffLabel },
            { QStringLiteral("period"), period->toString() },
            { QStringLiteral("power_va"), va },
            { QStringLiteral("kwh"), static_cast<double>(wh.value()) / 1000.0 },
            { QStringLiteral("billed_kwh"), static_cast<double>(amounts->billedUsage.roundedWh()) / 1000.0 },
            { QStringLiteral("minimum_applied"), amounts->minimumApplied },
            { QStringLiteral("rate_per_kwh"),
                amounts->flatRate > 0 ? QJsonValue(decimalText(amounts->flatRate, 2)) : QJsonValue() },
            { QStringLiteral("blocks"), blocks },
            { QStringLiteral("energy_charge"), amounts->energyCharge },
            { QStringLiteral("fixed_charge"), amounts->fixedCharge },
            { QStringLiteral("ppj_percent"), decimalText(amounts->ppjBasisPoints, 2) },
            { QStringLiteral("ppj"), amounts->ppj },
            { QStringLiteral("ppn_percent"), decimalText(amounts->ppnBasisPoints, 2) },
            { QStringLiteral("ppn"), amounts->ppn },
            { QStringLiteral("total"), amounts->total },
        }));
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << "Tariff:          " << amounts->tariffLabel << " (" << period->toString() << ")\n";
    if (amounts->flatRate > 0)
        out << "Rate:            " << formatRateSen(amounts->flatRate) << " per kWh\n";
    for (const BlockCharge& block : amounts->blocks) {
        if (amounts->flatRate == 0)
            out << "  block:         " << block.usage.toKwhText(1) << " kWh x " << formatRateSen(block.rate) << "\n";
    }
    if (amounts->minimumApplied)
        out << "Minimum bill:    " << amounts->billedUsage.toKwhText(1) << " kWh (40 hours x kVA)\n";
    out << "Energy charge:   " << formatRupiah(amounts->energyCharge) << "\n";
    out << "Fixed charge:    " << formatRupiah(amounts->fixedCharge) << "\n";
    out << "PPJ " << formatPercent(amounts->ppjBasisPoints).leftJustified(12) << formatRupiah(amounts->ppj) << "\n";
    out << "PPN " << formatPercent(amounts->ppnBasisPoints).leftJustified(12) << formatRupiah(amounts->ppn) << "\n";
    out << "Total:           " << formatRupiah(amounts->total) << "\n";
    return ExitOk;
}

int runExplain(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption user = userOption();
    parser.addOption(user);
    parser.addPositionalArgument(QStringLiteral("idpel"), QStringLiteral("IDPEL or meter number."));
    parser.addPositionalArgument(QStringLiteral("period"), QStringLiteral("Bill period, YYYY-MM."));
    if (auto stop = context.parse(parser, QStringLiteral("Explain how a stored bill was computed (in Indonesian).")))
        return *stop;
    if (parser.positionalArguments().size() != 2)
        return context.usage(QStringLiteral("give an IDPEL and a period"));
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
        QStringLiteral("Usage: csodesk-cli bill simulate|explain [options]\n"
                       "  simulate  compute a bill's amounts from the tariff data\n"
                       "  explain   explain a stored bill (IDPEL PERIOD --user NAME)\n"));
}

} // namespace

void registerBillCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("bill"), QStringLiteral("Simulate a bill, or explain a stored one"), runBill });
}

} // namespace csodesk::cli
