#include "Migrator.h"

#include "SqlScript.h"
#include "common/LogFormat.h"
#include "common/TimeUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace csodesk {

namespace {

// Any constant will do; it only has to be the same in every csodesk process.
constexpr qint64 kPostgresMigrationLockKey = 0x637364736B; // "csdsk"

Error schemaTooNew(int current, int latest)
{
    return makeError(ErrorKind::SchemaTooNew,
        QCoreApplication::translate("Migrator",
            "Basis data ini memakai skema versi %1, lebih baru dari yang dikenal program ini (versi %2). "
            "Perbarui csodesk sebelum membuka basis data ini.")
            .arg(current)
            .arg(latest),
        QStringLiteral("schema version %1 > %2").arg(current).arg(latest));
}

} // namespace

Migrator::Migrator(Database& database, QString resourceRoot)
    : m_database(database)
    , m_resourceRoot(std::move(resourceRoot))
{
}

Result<QList<Migration>> Migrator::available() const
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    const QDir dir(m_resourceRoot + QLatin1Char('/') + dialectName(m_database.dialect()));
    QList<Migration> migrations;
    const QStringList entries = dir.entryList(QDir::Files, QDir::Name);
    for (const QString& entry : entries) {
        const QRegularExpressionMatch match = fileName.match(entry);
        if (!match.hasMatch()) {
            return makeError(ErrorKind::Internal,
                QCoreApplication::translate("Migrator", "Berkas migrasi bernama salah: %1").arg(entry),
                QStringLiteral("bad migration file name"));
        }
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorKind::Internal,
                QCoreApplication::translate("Migrator", "Berkas migrasi tidak terbaca: %1").arg(entry),
                file.errorString());
        }
        Migration migration;
        migration.version = match.captured(1).toInt();
        migration.name = entry.chopped(4);
        migration.script = QString::fromUtf8(file.readAll());
        if (!migrations.isEmpty() && migrations.last().version == migration.version) {
            return makeError(ErrorKind::Internal,
                QCoreApplication::translate("Migrator", "Dua migrasi memakai nomor %1").arg(migration.version),
                QStringLiteral("duplicate migration version"));
        }
        migrations.append(migration);
    }
    for (int i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1) {
            return makeError(ErrorKind::Internal,
                QCoreApplication::translate("Migrator", "Nomor migrasi tidak berurutan di %1")
                    .arg(migrations.at(i).name),
                QStringLiteral("migration gap"));
        }
    }
    return migrations;
}

Status Migrator::ensureVersionTable(QSqlDatabase& db)
{
    auto created = execQuery(db,
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                       "version INTEGER PRIMARY KEY, "
                       "name TEXT NOT NULL, "
                       "applied_at_ms BIGINT NOT NULL)"));
    if (!created.ok())
        return created.error();
    return {};
}

Result<int> Migrator::currentVersion(QSqlDatabase& db)
{
    auto version = queryScalar(db, QStringLiteral("SELECT MAX(version) FROM schema_version"), {}, 0);
    if (!version.ok())
        return version.error();
    return version->isNull() ? 0 : version->toInt();
}

Status Migrator::lockForMigration(QSqlDatabase& db)
{
    if (m_database.isSqlite())
        return {}; // BEGIN IMMEDIATE already holds the write lock
    auto locked = execQuery(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), { kPostgresMigrationLockKey });
    if (!locked.ok())
        return locked.error();
    return {};
}

Result<SchemaStatus> Migrator::status()
{
    auto migrations = available();
    if (!migrations.ok())
        return migrations.error();
    return m_database.read([&](QSqlDatabase& db) -> Result<SchemaStatus> {
        SchemaStatus status;
        status.latestVersion = migrations->isEmpty() ? 0 : migrations->last().version;
        auto exists = queryScalar(db,
            m_database.isSqlite()
                ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
                : QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                                 "AND table_name = 'schema_version'"));
        if (!exists.ok())
            return exists.error();
        if (exists->toInt() == 0)
            return status;
        auto current = currentVersion(db);
        if (!current.ok())
            return current.error();
        status.currentVersion = current.value();
        return status;
    });
}

Result<int> Migrator::migrate()
{
    auto migrations = available();
    if (!migrations.ok())
        return migrations.error();
    const int latest = migrations->isEmpty() ? 0 : migrations->last().version;

    // Up to date: nothing to lock or create. This is also what lets a person's login (which
    // may only read schema_version) open a floor database that its owner has migrated.
    if (auto state = status(); state.ok() && state->currentVersion == latest && latest > 0)
        return 0;

    int applied = 0;
    for (const Migration& migration : std::as_const(migrations.value())) {
        auto step = m_database.write([&](QSqlDatabase& db) -> Result<bool> {
            if (auto locked = lockForMigration(db); !locked.ok())
                return locked.error();
            if (auto table = ensureVersionTable(db); !table.ok())
                return table.error();
            auto current = currentVersion(db);
            if (!current.ok())
                return current.error();
            if (current.value() > latest)
                return schemaTooNew(current.value(), latest);
            if (current.value() >= migration.version)
                return false;
            const QStringList statements = splitSqlScript(migration.script);
            for (const QString& statement : statements) {
                QSqlQuery query(db);
                // DDL has no bound values; exec() directly so multi-keyword statements
                // (triggers, functions) reach the server unchanged.
                if (!query.exec(statement)) {
                    Error error = sqlError(query.lastError(), QStringLiteral("migration %1").arg(migration.name));
                    error.message
                        = QCoreApplication::translate("Migrator", "Migrasi %1 gagal; skema tetap di versi %2.")
                              .arg(migration.name)
                              .arg(current.value());
                    return error;
                }
            }
            auto recorded = execQuery(db,
                QStringLiteral("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (?, ?, ?)"),
                { migration.version, migration.name, toEpochMs(QDateTime::currentDateTimeUtc()) });
            if (!recorded.ok())
                return recorded.error();
            return true;
        });
        if (!step.ok())
            return step.error();
        if (step.value()) {
            ++applied;
            spdlog::info("migration applied: {}", migration.name);
        }
    }

    auto state = status();
    if (!state.ok())
        return state.error();
    if (state->isTooNew())
        return schemaTooNew(state->currentVersion, state->latestVersion);
    return applied;
}

Result<std::shared_ptr<Database>> openMigratedDatabase(const DatabaseUrl& url)
{
    auto database = Database::open(url);
    if (!database.ok())
        return database.error();
    // A floor workstation has no connection before sign-in, and a person cannot migrate; the
    // sign-in checks the schema version instead (AuthService).
    if (database.value()->peopleAreDatabaseLogins())
        return database;
    Migrator migrator(*database.value());
    auto migrated = migrator.migrate();
    if (!migrated.ok())
        return migrated.error();
    return database;
}

} // namespace csodesk
