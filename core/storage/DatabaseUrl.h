#pragma once

#include "common/Result.h"

#include <QString>

namespace csodesk {

enum class SqlDialect { Sqlite, PostgreSql };

// Names a database: "sqlite:/path/to/file.db" or "postgresql://user[:password]@host[:port]/db".
// A password may also come from libpq's own PGPASSWORD or ~/.pgpass when the URL has none.
class DatabaseUrl {
public:
    static Result<DatabaseUrl> parse(const QString& text);
    static DatabaseUrl sqliteFile(const QString& path);

    [[nodiscard]] SqlDialect dialect() const { return m_dialect; }
    [[nodiscard]] bool isSqlite() const { return m_dialect == SqlDialect::Sqlite; }
    [[nodiscard]] const QString& path() const { return m_path; }         // SQLite file
    [[nodiscard]] const QString& host() const { return m_host; }         // PostgreSQL
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] const QString& user() const { return m_user; }
    [[nodiscard]] const QString& password() const { return m_password; }
    [[nodiscard]] const QString& databaseName() const { return m_databaseName; }

    // The URL as it may be shown or logged: never the password.
    [[nodiscard]] QString displayString() const;
    // The URL as it can be parsed again (keeps the password).
    [[nodiscard]] QString toString() const;
    // Same server, another database (tests create one database per case).
    [[nodiscard]] DatabaseUrl withDatabaseName(const QString& name) const;

private:
    SqlDialect m_dialect = SqlDialect::Sqlite;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_databaseName;
};

// Where the URL in force came from, for "which database am I on?" questions.
enum class DatabaseUrlSource { CommandLine, Environment, Settings, EmbeddedDefault };

struct ResolvedDatabaseUrl {
    QString url;
    DatabaseUrlSource source = DatabaseUrlSource::EmbeddedDefault;
};

// Precedence: --db option, CSODESK_DB environment variable, the saved setting, and finally
// the embedded SQLite file in the user's data directory.
[[nodiscard]] ResolvedDatabaseUrl resolveDatabaseUrl(const QString& commandLine, const QString& environment,
                                                     const QString& saved, const QString& embeddedDefaultPath);

[[nodiscard]] QString dialectName(SqlDialect dialect); // "sqlite" / "postgresql" (migration folders)

} // namespace csodesk
