#pragma once

#include "Database.h"
#include "common/Result.h"

#include <QList>
#include <QString>

namespace csodesk {

struct Migration {
    int version = 0;
    QString name; // "001_foundation"
    QString script;
};

struct SchemaStatus {
    int currentVersion = 0; // 0: empty database
    int latestVersion = 0; // the newest this program knows
    [[nodiscard]] bool isCurrent() const { return currentVersion == latestVersion; }
    [[nodiscard]] bool isTooNew() const { return currentVersion > latestVersion; }
};

// Brings a database's schema up to date from the numbered .sql files shipped as resources
// under :/migrations/<dialect>/ ("NNN_name.sql"). Each migration runs in its own transaction
// together with its schema_version row, so a failure leaves the previous version intact.
// Two processes migrating at once serialise on a lock; the loser finds nothing left to do.
class Migrator {
public:
    explicit Migrator(Database& database, QString resourceRoot = QStringLiteral(":/migrations"));

    [[nodiscard]] Result<QList<Migration>> available() const;
    [[nodiscard]] Result<SchemaStatus> status();
    // Returns the number of migrations applied. Refuses a schema newer than this program.
    [[nodiscard]] Result<int> migrate();

private:
    [[nodiscard]] Status ensureVersionTable(QSqlDatabase& db);
    [[nodiscard]] Result<int> currentVersion(QSqlDatabase& db);
    [[nodiscard]] Status lockForMigration(QSqlDatabase& db);

    Database& m_database;
    QString m_resourceRoot;
};

// Opens a database and migrates it: what the app and most CLI commands do first.
[[nodiscard]] Result<std::shared_ptr<Database>> openMigratedDatabase(const DatabaseUrl& url);

} // namespace csodesk
