#pragma once

#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace csodesk {

enum class SqlDialect { Sqlite, PostgreSql };

// Names a database: "sqlite:/path/to/file.db" or
// "postgresql://[user[:password]@]host[:port][,host[:port]...]/db[?param=value&...]".
// A password may also come from libpq's own PGPASSWORD or ~/.pgpass when the URL has none.
// A PostgreSQL URL without a user is a floor workstation's: each person signs in as their own
// database login (Database::signIn). The query takes libpq's connection parameters listed in
// postgresParameterNames(); any other is refused by name.
class DatabaseUrl {
public:
    static Result<DatabaseUrl> parse(const QString& text);
    static DatabaseUrl sqliteFile(const QString& path);

    [[nodiscard]] SqlDialect dialect() const { return m_dialect; }
    [[nodiscard]] bool isSqlite() const { return m_dialect == SqlDialect::Sqlite; }
    [[nodiscard]] const QString& path() const { return m_path; } // SQLite file
    [[nodiscard]] QString host() const
    {
        return m_servers.isEmpty() ? QString() : m_servers.first().first;
    } // the first server
    [[nodiscard]] int port() const { return m_servers.isEmpty() ? 5432 : m_servers.first().second; }
    // Every server of the URL, in order (a replicated pair names two; libpq tries them in turn).
    [[nodiscard]] const QList<QPair<QString, int>>& servers() const { return m_servers; }
    // "h1:5432,h2:5433", for messages.
    [[nodiscard]] QString serverList() const;
    // libpq parameters from the query, in the order of postgresParameterNames().
    [[nodiscard]] const QList<QPair<QString, QString>>& parameters() const { return m_parameters; }
    [[nodiscard]] QString parameter(const QString& name) const;
    [[nodiscard]] const QString& user() const { return m_user; }
    [[nodiscard]] const QString& password() const { return m_password; }
    [[nodiscard]] const QString& databaseName() const { return m_databaseName; }

    // The URL as it may be shown or logged: never the password.
    [[nodiscard]] QString displayString() const;
    // The URL as it can be parsed again (keeps the password).
    [[nodiscard]] QString toString() const;
    // Same server, another database (tests create one database per case).
    [[nodiscard]] DatabaseUrl withDatabaseName(const QString& name) const;
    // Same server and options, signed in as another login.
    [[nodiscard]] DatabaseUrl withCredentials(const QString& user, const QString& password) const;
    // Same server and database, with one libpq parameter set (tests; floor check).
    [[nodiscard]] DatabaseUrl withParameter(const QString& name, const QString& value) const;

    // The libpq parameters a URL may carry.
    [[nodiscard]] static const QStringList& postgresParameterNames();

private:
    static Result<DatabaseUrl> parsePostgres(const QString& text, const QString& afterScheme);
    [[nodiscard]] QString format(bool withPassword) const;

    SqlDialect m_dialect = SqlDialect::Sqlite;
    QString m_path;
    QList<QPair<QString, int>> m_servers;
    QList<QPair<QString, QString>> m_parameters;
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
[[nodiscard]] ResolvedDatabaseUrl resolveDatabaseUrl(
    const QString& commandLine, const QString& environment, const QString& saved, const QString& embeddedDefaultPath);

[[nodiscard]] QString dialectName(SqlDialect dialect); // "sqlite" / "postgresql" (migration folders)

} // namespace csodesk
