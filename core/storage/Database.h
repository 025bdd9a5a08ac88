#pragma once

#include "DatabaseUrl.h"
#include "SqlQuery.h"
#include "common/Result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>
#include <QThreadStorage>

#include <atomic>
#include <functional>
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
    // The files of an SQLite database (with its -wal, -shm, -journal): never an export's target.
    [[nodiscard]] QStringList localFiles() const;

    // A floor workstation: a PostgreSQL URL that names no login. Nothing is connected until a
    // person signs in with their own database login; every connection is then theirs.
    [[nodiscard]] bool peopleAreDatabaseLogins() const { return !m_url.isSqlite() && m_url.user().isEmpty(); }
    // Opens the calling thread's connection as `user` (peopleAreDatabaseLogins() only). The
    // password stays in memory for the other threads' connections, never on disk. On failure
    // nobody is signed in. Errors: InvalidInput (wrong name or password), PermissionDenied (the
    // login is disabled), Unavailable (server, TLS).
    [[nodiscard]] Status signIn(const QString& user, const QString& password);
    // Closes the calling thread's connection and forgets the login; other threads' connections
    // reopen (and fail) at their next use.
    void signOut();
    // The signed-in person changed their own password: connections opened from now on use it.
    void rememberNewPassword(const QString& password);
    // The login connections are opened as: the URL's, or the signed-in person's.
    [[nodiscard]] QString loginName() const;
    // Called (on whichever thread noticed) when the server stops letting the signed-in person
    // in: the login was disabled or its password changed. The desktop ends the session then.
    using LoginLostHandler = std::function<void(const Error&)>;
    void setLoginLostHandler(LoginLostHandler handler);

    // The calling thread's connection, opened if needed.
    [[nodiscard]] Result<QSqlDatabase> connection();
    // Drops the calling thread's connection so the next call reconnects (after a server restart).
    void resetThreadConnection();
    // Whether the database answers now, on a fresh connection of the calling thread (a dropped
    // server leaves a dead connection behind). For waiting until it is back.
    [[nodiscard]] Status probe();

    // Runs `work(QSqlDatabase&)` -> Result<T> in a write transaction: commits when it returns
    // ok, rolls back otherwise. On SQLite the transaction takes the write lock up front
    // (BEGIN IMMEDIATE) so that concurrent writers wait for the busy timeout instead of
    // failing half-way.
    template <typename Work> auto write(Work&& work) -> std::invoke_result_t<Work, QSqlDatabase&>;

    // Runs `work(QSqlDatabase&)` -> Result<T> on the thread's connection, outside any explicit
    // transaction (each statement is its own).
    template <typename Work> auto read(Work&& work) -> std::invoke_result_t<Work, QSqlDatabase&>;

    // A read of personal data together with its access-log row. On PostgreSQL one transaction:
    // the database's readers return rows only for a customer whose access the same transaction
    // recorded. On SQLite the statements run as they come, since a write transaction would take
    // the file's write lock and stall every filing on the workstation.
    template <typename Work> auto readAudited(Work&& work) -> std::invoke_result_t<Work, QSqlDatabase&>
    {
        if (isSqlite())
            return read(std::forward<Work>(work));
        return write(std::forward<Work>(work));
    }

    // Exposed for the migrator and tests; prefer write().
    [[nodiscard]] Status begin(QSqlDatabase& db);
    [[nodiscard]] Status commit(QSqlDatabase& db);
    void rollback(QSqlDatabase& db);

private:
    explicit Database(DatabaseUrl url);
    [[nodiscard]] Result<QSqlDatabase> openConnection(const QString& name);
    void forgetOnFailure(const Error& error);

    struct ConnectionRegistry; // names of open connections, shared with the threads' handles
    struct ThreadConnection; // a thread's handle; removes its connection when the thread ends

    [[nodiscard]] DatabaseUrl connectionUrl() const;
    [[nodiscard]] Error connectionError(const QSqlError& sqlErrorValue, const DatabaseUrl& url) const;

    DatabaseUrl m_url;
    mutable QMutex m_loginMutex;
    QString m_signedInUser; // guarded by m_loginMutex
    QString m_signedInPassword; // guarded by m_loginMutex
    std::atomic<quint64> m_loginGeneration { 0 }; // connections of an older login are reopened
    std::atomic<bool> m_signedInConfirmed { false }; // signIn() succeeded and no signOut() since
    LoginLostHandler m_loginLost; // guarded by m_loginMutex
    QString m_namePrefix;
    std::shared_ptr<ConnectionRegistry> m_registry;
    QThreadStorage<ThreadConnection*> m_threadConnections;
};

template <typename Work> auto Database::write(Work&& work) -> std::invoke_result_t<Work, QSqlDatabase&>
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

template <typename Work> auto Database::read(Work&& work) -> std::invoke_result_t<Work, QSqlDatabase&>
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
