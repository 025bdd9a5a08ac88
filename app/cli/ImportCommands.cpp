// import units|customers|bills|readings FILE.csv: how real data arrives.
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "customers/CsvImporter.h"

#include <QFileInfo>

namespace csodesk::cli {

namespace {

int runImport(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption skipOption(QStringLiteral("skip-invalid"),
        QStringLiteral("Import the valid rows; write rejected rows with their reasons to --rejected."));
    const QCommandLineOption rejectedOption(QStringLiteral("rejected"),
        QStringLiteral("Where rejected rows go with --skip-invalid (default FILE.rejected.csv)."),
        QStringLiteral("file"));
    const QCommandLineOption user = userOption();
    parser.addOption(skipOption);
    parser.addOption(rejectedOption);
    parser.addOption(user);
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("units, customers, bills or readings."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("CSV file (UTF-8, ',' or ';', header row)."));
    if (auto stop = context.parse(parser,
            QStringLiteral("Import units, customers, bills or meter readings from CSV.\n"
                           "All-or-nothing unless --skip-invalid; re-importing a file changes nothing.\n"
                           "Columns:\n  units: ")
                + importColumns(ImportKind::Units).join(QLatin1Char(',')) + QStringLiteral("\n  customers: ")
                + importColumns(ImportKind::Customers).join(QLatin1Char(',')) + QStringLiteral("\n  bills: ")
                + importColumns(ImportKind::Bills).join(QLatin1Char(',')) + QStringLiteral("\n  readings: ")
                + importColumns(ImportKind::Readings).join(QLatin1Char(','))))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(QStringLiteral("give the kind (units, customers, bills or readings) and a CSV file"));
    ImportKind kind = ImportKind::Customers;
    if (positional.at(0) == QLatin1String("units"))
        kind = ImportKind::Units;
    else if (positional.at(0) == QLatin1String("customers"))
        kind = ImportKind::Customers;
    else if (positional.at(0) == QLatin1String("bills"))
        kind = ImportKind::Bills;
    else if (positional.at(0) == QLatin1String("readings"))
        kind = ImportKind::Readings;
    else
        return context.usage(
            QStringLiteral("unknown import kind '%1' (units, customers, bills or readings)").arg(positional.at(0)));
    const QString path = positional.at(1);

    ImportOptions options;
    options.skipInvalid = parser.isSet(skipOption);
    options.rejectedPath
        = parser.isSet(rejectedOption) ? parser.value(rejectedOption) : path + QStringLiteral(".rejected.csv");

    auto database = context.database();
    if (!database.ok())
        return context.fail(database.error());
    // An import is a bulk change: the core lets only supervisors and admins do it.
    auto signedIn = signInUser(context, *database.value(), parser.value(user));
    if (!signedIn.ok())
        return context.fail(signedIn.error());
    const Actor actor = signedIn.value();
    QTextStream& err = context.err();
    CsvImporter importer(*database.value(), context.clock());
    auto report = importer.import(actor, kind, path, options, [&](qint64 rows, qint64 bytes, qint64 total) {
        err << "import: " << rows << " rows (" << (total > 0 ? bytes * 100 / total : 100) << " %)\n";
        err.flush();
    });
    if (!report.ok())
        return context.fail(report.error());

    const QString shown = QFileInfo(path).fileName();
    for (const ImportProblem& problem : std::as_const(report->problems))
        err << problem.format(path) << "\n";
    if (!report->committed) {
        if (report->rows == 0)
            err << "error: nothing imported from " << shown << ": the header row does not match the expected columns\n";
        else
            err << "error: nothing imported from " << shown << ": " << report->rejected << " of " << report->rows
                << " row(s) have problems\n";
        err.flush();
        return ExitBadInput;
    }
    context.out() << "Imported " << report->imported << " of " << report->rows << " " << positional.at(0)
                  << " row(s) from " << shown;
    if (report->rejected > 0)
        context.out() << "; " << report->rejected << " rejected, written to " << options.rejectedPath;
    context.out() << "\n";
    return ExitOk;
}

} // namespace

void registerImportCommands(CommandRegistry& registry)
{
    registry.add(
        { QStringLiteral("import"), QStringLiteral("Import units, customers, bills or readings from CSV"), runImport });
}

} // namespace csodesk::cli
