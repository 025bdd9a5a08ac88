// CSV files from other systems: the importer must refuse or import, never crash, hang or
// half-import. The first byte picks the kind of file; the rest is the file. One migrated
// SQLite database (in a temporary directory) serves the whole run.
#include "auth/Actor.h"
#include "common/Clock.h"
#include "customers/CsvImporter.h"
#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

struct World {
    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir directory;
    std::shared_ptr<csodesk::Database> database;
    csodesk::FixedClock clock { QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC) };
};

World* world = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    world = new World;
    world->app = std::make_unique<QCoreApplication>(*argc, *argv);
    spdlog::set_level(spdlog::level::off);
    auto database = csodesk::openMigratedDatabase(
        csodesk::DatabaseUrl::sqliteFile(QDir(world->directory.path()).filePath(QStringLiteral("fuzz.db"))));
    if (!database.ok())
        __builtin_trap();
    world->database = database.value();
    // Fuzzing is about parsing, not about the disk: commits need not reach the platter.
    auto connection = world->database->connection();
    if (!connection.ok() || !csodesk::execQuery(connection.value(), QStringLiteral("PRAGMA synchronous=OFF")).ok())
        __builtin_trap();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    constexpr csodesk::ImportKind kinds[] = { csodesk::ImportKind::Units, csodesk::ImportKind::Customers,
        csodesk::ImportKind::Bills, csodesk::ImportKind::Readings };
    const csodesk::ImportKind kind = kinds[data[0] % 4];
    const QString path = QDir(world->directory.path()).filePath(QStringLiteral("input.csv"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            __builtin_trap();
        file.write(reinterpret_cast<const char*>(data + 1), static_cast<qint64>(size - 1));
    }
    csodesk::CsvImporter importer(*world->database, world->clock);
    const csodesk::Actor admin { 1, QStringLiteral("admin"), csodesk::Role::Admin };
    auto report = importer.import(admin, kind, path, csodesk::ImportOptions {});
    if (report.ok()) {
        // All or nothing: a refused import names its problems and commits none of its rows.
        if (!report->committed && report->problems.isEmpty() && report->rows > 0)
            __builtin_trap();
        if (report->committed && report->rejected > 0)
            __builtin_trap();
    } else if (report.error().message.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
