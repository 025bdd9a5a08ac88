// import units|customers|bills|readings FILE.csv: how real data arrives.
#include "CliActions.h"
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "NumberText.h"
#include "TextTable.h"
#include "customers/CsvImporter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <utility>

namespace csodesk::cli {

namespace {

int runImport(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption skipOption(QStringLiteral("skip-invalid"),
        QCoreApplication::translate(
            "CliImport", "Impor baris yang valid; tulis baris yang ditolak beserta alasannya ke --rejected."));
    const QCommandLineOption rejectedOption(QStringLiteral("rejected"),
        QCoreApplication::translate(
            "CliImport", "Tujuan baris yang ditolak dengan --skip-invalid (bawaan BERKAS.rejected.csv)."),
        QCoreApplication::translate("Cli", "berkas"));
    const QCommandLineOption user = userOption();
    parser.addOption(skipOption);
    parser.addOption(rejectedOption);
    const QCommandLineOption force = forceOption();
    parser.addOption(force);
    parser.addOption(user);
    parser.addPositionalArgument(QCoreApplication::translate("Cli", "jenis"),
        QCoreApplication::translate("CliImport", "units, customers, bills atau readings."));
    parser.addPositionalArgument(QCoreApplication::translate("Cli", "berkas"),
        QCoreApplication::translate("CliImport", "Berkas CSV (UTF-8, ',' atau ';', baris kepala)."));
    // The column names are the CSV's own, the same in every language.
    TextTable columns;
    columns.setIndent(2);
    columns.setSpacing(1);
    for (const auto& [name, kind] :
        { std::pair { "units:", ImportKind::Units }, std::pair { "customers:", ImportKind::Customers },
            std::pair { "bills:", ImportKind::Bills }, std::pair { "readings:", ImportKind::Readings } })
        columns.addRow({ QString::fromLatin1(name), importColumns(kind).join(QLatin1Char(',')) });
    if (auto stop = context.parse(parser,
            QCoreApplication::translate("CliImport",
                "Impor unit, pelanggan, rekening atau pembacaan meter dari CSV.\n"
                "Semua atau tidak sama sekali, kecuali dengan --skip-invalid; mengimpor ulang sebuah berkas tidak\n"
                "mengubah apa pun.\n"
                "Kolom:")
                + QLatin1Char('\n') + columns.toString().chopped(1)))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.usage(QCoreApplication::translate(
            "CliImport", "sebutkan jenisnya (units, customers, bills atau readings) dan sebuah berkas CSV"));
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
        return context.usage(QCoreApplication::translate(
            "CliImport", "jenis impor '%1' tidak dikenal (units, customers, bills atau readings)")
                                 .arg(positional.at(0)));
    const QString& path = positional.at(1);

    ImportOptions options;
    options.skipInvalid = parser.isSet(skipOption);
    options.rejectedPath
        = parser.isSet(rejectedOption) ? parser.value(rejectedOption) : path + QStringLiteral(".rejected.csv");
    options.replaceRejected = parser.isSet(force);

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
        err << "import: "
            << QCoreApplication::translate("CliImport", "%1 baris (%2 %)")
                   .arg(countText(rows), countText(total > 0 ? bytes * 100 / total : 100))
            << "\n";
        err.flush();
    });
    if (!report.ok())
        return context.fail(report.error());

    const QString shown = QFileInfo(path).fileName();
    for (const ImportProblem& problem : std::as_const(report->problems))
        err << problem.format(path) << "\n";
    if (!report->committed) {
        if (report->rows == 0)
            err << errorLine(QCoreApplication::translate(
                "CliImport", "tidak ada yang diimpor dari %1: baris kepala tidak sesuai dengan kolom yang diharapkan")
                                 .arg(shown))
                << "\n";
        else
            err << errorLine(
                QCoreApplication::translate("CliImport", "tidak ada yang diimpor dari %1: %2 dari %3 baris bermasalah")
                    .arg(shown, countText(report->rejected), countText(report->rows)))
                << "\n";
        err.flush();
        return ExitBadInput;
    }
    context.out() << QCoreApplication::translate("CliImport", "%1 dari %2 baris %3 diimpor dari %4")
                         .arg(countText(report->imported), countText(report->rows), positional.at(0), shown);
    if (report->rejected > 0)
        context.out() << QCoreApplication::translate("CliImport", "; %1 ditolak, ditulis ke %2")
                             .arg(countText(report->rejected), options.rejectedPath);
    context.out() << "\n";
    return ExitOk;
}

} // namespace

void registerImportCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("import"),
        QCoreApplication::translate("CliImport", "Impor unit, pelanggan, rekening atau pembacaan meter dari CSV"),
        runImport });
}

} // namespace csodesk::cli
