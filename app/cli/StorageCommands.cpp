// migrate and check: create/upgrade the schema, and tell what state a database is in.
#include "CliContext.h"
#include "CommandRegistry.h"
#include "NumberText.h"
#include "TextTable.h"
#include "storage/Migrator.h"
#include "storage/SchemaInspector.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace csodesk::cli {

namespace {

int runMigrate(CliContext& context)
{
    QCommandLineParser parser;
    if (auto stop = context.parse(
            parser, QCoreApplication::translate("CliStorage", "Buat skema, atau tingkatkan ke versi program ini.")))
        return *stop;
    auto database = context.database(false);
    if (!database.ok())
        return context.fail(database.error());
    Migrator migrator(*database.value());
    auto applied = migrator.migrate();
    if (!applied.ok())
        return context.fail(applied.error());
    auto status = migrator.status();
    if (!status.ok())
        return context.fail(status.error());
    context.out() << QCoreApplication::translate("CliStorage", "Skema pada versi %1 (%2 migrasi dijalankan) di %3")
                         .arg(QString::number(status->currentVersion), countText(applied.value()),
                             database.value()->url().displayString())
                  << "\n";
    return ExitOk;
}

int runCheck(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Cetak sebagai JSON (tidak diterjemahkan)."));
    parser.addOption(jsonOption);
    if (auto stop = context.parse(parser,
            QCoreApplication::translate(
                "CliStorage", "Laporkan versi skema, keutuhan penyimpanan dan jumlah baris per tabel.")))
        return *stop;
    auto database = context.database(false);
    if (!database.ok())
        return context.fail(database.error());

    Migrator migrator(*database.value());
    auto status = migrator.status();
    if (!status.ok())
        return context.fail(status.error());
    SchemaInspector inspector(*database.value());
    auto integrity = inspector.integrityCheck();
    if (!integrity.ok())
        return context.fail(integrity.error());
    auto counts = inspector.rowCounts();
    if (!counts.ok())
        return context.fail(counts.error());

    const bool healthy = integrity.value() == QLatin1String("ok") && status->isCurrent();
    if (context.arguments().contains(QStringLiteral("--json")) || parser.isSet(jsonOption)) {
        QJsonObject tables;
        for (const auto& [table, rows] : std::as_const(counts.value()))
            tables.insert(table, rows);
        context.printJson(QJsonDocument(QJsonObject {
            { QStringLiteral("database"), database.value()->url().displayString() },
            { QStringLiteral("schema_version"), status->currentVersion },
            { QStringLiteral("latest_version"), status->latestVersion },
            { QStringLiteral("integrity"), integrity.value() },
            { QStringLiteral("row_counts"), tables },
            { QStringLiteral("healthy"), healthy },
        }));
    } else {
        QTextStream& out = context.out();
        TextTable head;
        head.setSpacing(1);
        head.addRow(
            { QCoreApplication::translate("CliStorage", "Basis data:"), database.value()->url().displayString() });
        head.addRow({ QCoreApplication::translate("CliStorage", "Versi skema:"),
            QCoreApplication::translate("CliStorage", "%1 (program ini: %2)")
                .arg(status->currentVersion)
                .arg(status->latestVersion) });
        head.addRow({ QCoreApplication::translate("CliStorage", "Keutuhan:"), integrity.value() });
        head.print(out);
        out << QCoreApplication::translate("CliStorage", "Baris:") << "\n";
        TextTable rowsTable;
        rowsTable.setIndent(2);
        rowsTable.setAlignment(1, TextTable::Align::Right);
        for (const auto& [table, rows] : std::as_const(counts.value()))
            rowsTable.addRow({ table, countText(rows) });
        rowsTable.print(out);
        if (status->currentVersion < status->latestVersion)
            out << QCoreApplication::translate("CliStorage", "Skema tertinggal: jalankan 'csodesk-cli migrate'.")
                << "\n";
    }
    if (status->isTooNew()) {
        return context.fail(makeError(ErrorKind::SchemaTooNew,
            QCoreApplication::translate(
                "CliStorage", "Basis data memakai skema versi %1, lebih baru dari program ini (%2).")
                .arg(status->currentVersion)
                .arg(status->latestVersion)));
    }
    if (integrity.value() != QLatin1String("ok"))
        return ExitDatabase;
    return ExitOk;
}

} // namespace

void registerStorageCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("migrate"),
        QCoreApplication::translate("CliStorage", "Buat atau tingkatkan skema basis data"), runMigrate });
    registry.add({ QStringLiteral("check"),
        QCoreApplication::translate("CliStorage", "Versi skema, pemeriksaan keutuhan dan jumlah baris"), runCheck });
}

} // namespace csodesk::cli
