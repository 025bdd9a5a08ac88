// migrate and check: create/upgrade the schema, and tell what state a database is in.
#include "CliContext.h"
#include "CommandRegistry.h"
#include "storage/Migrator.h"
#include "storage/SchemaInspector.h"

#include <QJsonArray>
#include <QJsonObject>

namespace csodesk::cli {

namespace {

int runMigrate(CliContext& context)
{
    QCommandLineParser parser;
    if (auto stop
        = context.parse(parser, QStringLiteral("Create the schema, or upgrade it to this program's version.")))
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
    context.out() << "Schema at version " << status->currentVersion << " (" << applied.value()
                  << " migration(s) applied) in " << database.value()->url().displayString() << "\n";
    return ExitOk;
}

int runCheck(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    parser.addOption(jsonOption);
    if (auto stop = context.parse(parser, QStringLiteral("Report schema version, storage integrity and row counts.")))
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
        out << "Database:       " << database.value()->url().displayString() << "\n";
        out << "Schema version: " << status->currentVersion << " (this program: " << status->latestVersion << ")\n";
        out << "Integrity:      " << integrity.value() << "\n";
        out << "Rows:\n";
        for (const auto& [table, rows] : std::as_const(counts.value()))
            out << "  " << table.leftJustified(24) << rows << "\n";
        if (status->currentVersion < status->latestVersion)
            out << "Schema is behind: run 'csodesk-cli migrate'.\n";
    }
    if (status->isTooNew()) {
        return context.fail(makeError(ErrorKind::SchemaTooNew,
            QStringLiteral("Basis data memakai skema versi %1, lebih baru dari program ini (%2).")
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
    registry.add({ QStringLiteral("migrate"), QStringLiteral("Create or upgrade the database schema"), runMigrate });
    registry.add(
        { QStringLiteral("check"), QStringLiteral("Schema version, integrity check and row counts"), runCheck });
}

} // namespace csodesk::cli
