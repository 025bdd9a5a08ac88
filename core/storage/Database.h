#pragma once

#include "DatabaseUrl.h"
#include "SqlQuery.h"
#include "common/Result.h"

#include <QSqlDatabase>
#include <QThreadStorage>

#include <memory>
#include <type_traits>

namespace csodesk {

// One logical database (a SQLite file or a PostgreSQL database) shared by the whole process.
// Each thread gets its own named connection, opened lazily on first use and removed when the
// thread ends or the Database is destroyed (Qt connections must stay on their thread).
class Database {
public:
    // Opens (and so checks) the calling thread's connection. SQLite files are created with
    // owner-only permissions; PostgreSQL gives up after a few seconds when unreachable.
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl& url);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    [[nodiscard]] const DatabaseUrl& url() const { return m_url; }
    [[nodiscard]] SqlDialect dialect() const { return m_url.dialect(); }
    [[nodiscard]] bool isSqlite() const { return m_url.isSqlite(); }

    // The calling thread's connection, opened if needed.
    [[nodiscard]] Result<QSqlDatabase> connection();
    // Drops the calling thread's connection so the next call reconnects (after a server restart).
    void resetThreadConnection();

    // Runs `work(QSqlDatabase&)` -> Result<T> in a write transaction: commits when it returns
    // ok, rolls back otherwise. On SQLite the transaction takes the write lock up front
    // (BEGIN IMMEDIATE) so that concurrent writers wait for the busy timeout instead of
    // failing half-way.
    template <typename Work>
    auto write(Work&& work) -> std::invoke_result_t<Work, QSqlDatabase&>;

    // Runs `work(QSqlDatabase&)` -> Result<T> on the thread's connection, outside any explicit
    // transaction (each statement is its own).
    template <typename Work>
    auto read(Work&& work) -> std::invoke_result_t<Work, QSqlDatabase&>;

    // Exposed for the migrator and tests; prefer write().
    [[nodiscard]] Status begin(QSqlDatabase& db);
    [[nodiscard]] Status commit(QSqlDatabase& db);
    void rollback(QSqlDatabase& db);

private:
    explicit Database(DatabaseUrl url);
    [[nodiscard]] Result<QSqlDatabase> openConnection(const QString& name);
    void forgetOnFailure(const Error& error);

    struct ConnectionRegistry; // names of open connections, shared with the threads' handles
    struct ThreadConnection;   // a thread's handle; removes its connection when the thread ends

    DatabaseUrl m_url;
    QString m_namePrefix;
    std::shared_ptr<ConnectionRegistry> m_registry;
    QThreadStorage<ThreadConnection*> m_threadConnections;
};

template <typename Work>
auto Database::write(Work&& work) -> std::invoke_result_t<Work, QSqlDatabase&>
{
    auto conn = connection();
    if (!conn.ok())
        return conn.error();
    QSqlDatabase db = conn.value();
    if (auto begun = begin(db); !begun.ok()) {
        forgetOnFailure(begun.error());
        return begun.error();
    }
    auto result = work(db);
    if (!result.ok()) {
        rollback(db);
        forgetOnFailure(result.error());
        return result;
    }
    if (auto committed = commit(db); !committed.ok()) {
        rollback(db);
        forgetOnFailure(committed.error());
        return committed.error();
    }
    return result;
}

template <typename Work>
auto Database::read(Work&& work) -> std::invoke_result_t<Work, QSqlDatabase&>
{
    auto conn = connection();
    if (!conn.ok())
        return conn.error();
    QSqlDatabase db = conn.value();
    auto result = work(db);
    if (!result.ok())
        forgetOnFailure(result.error());
    return result;
}

} // namespace csodesk
