#pragma once

#include "BenchOptions.h"
#include "storage/DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>

namespace csodesk::bench {

// A throwaway PostgreSQL server with durable settings (fsync on), or the one given with
// --postgres, and a database of its own on it, dropped at the end. The filing and search
// benchmarks share it.
class PostgresTarget {
public:
    explicit PostgresTarget(const BenchOptions& options);
    ~PostgresTarget();
    PostgresTarget(const PostgresTarget&) = delete;
    PostgresTarget& operator=(const PostgresTarget&) = delete;

    // The benchmark's database, as its owner (the server's superuser).
    [[nodiscard]] const DatabaseUrl& url() const { return m_url; }
    [[nodiscard]] bool durable() const { return m_started; }

private:
    QString m_serverDir;
    bool m_started = false;
    DatabaseUrl m_base;
    QString m_name;
    DatabaseUrl m_url;
};

// A plain QPSQL connection of its own name, removed when this goes: for the owner's baselines
// and administrative statements, outside csodesk's Database.
class PostgresConnection {
public:
    PostgresConnection(const DatabaseUrl& url, const QString& name);
    ~PostgresConnection();
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    [[nodiscard]] QSqlDatabase& db() { return m_db; }
    // Runs a statement that returns nothing worth reading; throws on error.
    void exec(const QString& sql);

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace csodesk::bench
