#include "Database.h"

#include "ReusedQuery.h"
#include "common/LogFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>

#include <spdlog/spdlog.h>

#include <atomic>

namespace csodesk {

namespace {

std::atomic<quint64> nextConnectionNumber { 1 };

// A busy SQLite file makes writers wait this long before giving up with "busy".
constexpr int kSqliteBusyTimeoutMs = 15000;
// An unreachable PostgreSQL server must be reported within a few seconds.
constexpr int kPostgresConnectTimeoutSeconds = 3;

Status ensureSqliteFile(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return makeError(ErrorKind::StorageFailure,
            QCoreApplication::translate("Storage", "Folder basis data %1 tidak bisa dibuat.").arg(info.absolutePath()),
            QStringLiteral("mkpath failed"));
    }
    if (info.exists())
        return {};
    // Created here rather than by SQLite so that it is owner-only from its first byte;
    // SQLite gives its -wal and -shm files the same mode.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (QFileInfo::exists(path))
            return {}; // another process created it first
        return makeError(ErrorKind::StorageFailure,
            QCoreApplication::translate("Storage", "Berkas basis data %1 tidak bisa dibuat: %2")
                .arg(path, file.errorString()),
            QStringLiteral("create sqlite file failed"));
    }
    return {};
}

} // namespace

struct Database::ConnectionRegistry {
    QMutex mutex;
    QSet<QString> names;
};

struct Database::ThreadConnection {
    QString name;
    std::shared_ptr<ConnectionRegistry> registry;

    ~ThreadConnection()
    {
        // Runs when the owning thread ends: the connection must be removed on its own thread.
        QMutexLocker lock(&registry->mutex);
        if (registry->names.remove(name)) {
            statement_cache::detach(name);
            QSqlDatabase::removeDatabase(name);
        }
    }
};

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_namePrefix(QStringLiteral("csodesk-%1-").arg(nextConnectionNumber.fetch_add(1)))
    , m_registry(std::make_shared<ConnectionRegistry>())
{
}

Database::~Database()
{
    m_threadConnections.setLocalData(nullptr); // this thread's handle; others are removed below
    QMutexLocker lock(&m_registry->mutex);
    for (const QString& name : std::as_const(m_registry->names)) {
        statement_cache::detach(name);
        QSqlDatabase::removeDatabase(name);
    }
    m_registry->names.clear();
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl& url)
{
    if (url.isSqlite()) {
        if (auto ready = ensureSqliteFile(url.path()); !ready.ok())
            return ready.error();
    }
    std::shared_ptr<Database> database(new Database(url));
    auto conn = database->connection();
    if (!conn.ok())
        return conn.error();
    spdlog::info("database opened: {}", url.displayString());
    return database;
}

Result<QSqlDatabase> Database::connection()
{
    if (m_threadConnections.hasLocalData()) {
        ThreadConnection* existing = m_threadConnections.localData();
        if (existing) {
            QSqlDatabase db = QSqlDatabase::database(existing->name, false);
            if (db.isOpen())
                return db;
        }
        m_threadConnections.setLocalData(nullptr); // deletes the stale one
    }

    const QString name = m_namePrefix + QString::number(nextConnectionNumber.fetch_add(1));
    auto opened = openConnection(name);
    if (!opened.ok()) {
        QSqlDatabase::removeDatabase(name);
        return opened.error();
    }
    {
        QMutexLocker lock(&m_registry->mutex);
        m_registry->names.insert(name);
    }
    statement_cache::attach(name);
    m_threadConnections.setLocalData(new ThreadConnection { name, m_registry });
    return opened;
}

Result<QSqlDatabase> Database::openConnection(const QString& name)
{
    if (m_url.isSqlite()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_url.path());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kSqliteBusyTimeoutMs));
        if (!db.open())
            return sqlError(db.lastError(), QStringLiteral("open sqlite"));
        // WAL lets supervisors read while agents file; FULL makes a filed ticket survive a
        // power cut; foreign keys are off by default in SQLite.
        for (const char* pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON" }) {
            auto done = execQuery(db, QString::fromLatin1(pragma));
            if (!done.ok()) {
                db.close();
                return done.error();
            }
        }
        return db;
    }

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return makeError(ErrorKind::Unavailable,
            QCoreApplication::translate(
                "Storage", "Driver PostgreSQL untuk Qt (QPSQL) tidak terpasang. Pasang paket libqt6sql6-psql."),
            QStringLiteral("QPSQL driver missing"));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_url.host());
    db.setPort(m_url.port());
    db.setDatabaseName(m_url.databaseName());
    if (!m_url.user().isEmpty())
        db.setUserName(m_url.user());
    if (!m_url.password().isEmpty())
        db.setPassword(m_url.password());
    db.setConnectOptions(
        QStringLiteral("connect_timeout=%1;application_name=csodesk").arg(kPostgresConnectTimeoutSeconds));
    if (!db.open()) {
        Error error = sqlError(db.lastError(), QStringLiteral("open postgresql"));
        if (error.kind != ErrorKind::Unavailable) {
            // Authentication and missing databases are not retryable, but they are still
            // "the database cannot be used": say which server.
            error.kind = ErrorKind::Unavailable;
        }
        error.message = QCoreApplication::translate("Storage",
            "Tidak dapat terhubung ke server basis data %1:%2 (%3). Periksa alamat, nama pengguna "
            "dan kata sandi, atau hubungi admin.")
                            .arg(m_url.host())
                            .arg(m_url.port())
                            .arg(m_url.databaseName());
        return error;
    }
    // Session settings cannot be prepared; this one has no values to bind.
    QSqlQuery quiet(db);
    if (!quiet.exec(QStringLiteral("SET client_min_messages TO warning")))
        return sqlError(quiet.lastError(), QStringLiteral("session setup"));
    return db;
}

void Database::resetThreadConnection()
{
    if (!m_threadConnections.hasLocalData())
        return;
    m_threadConnections.setLocalData(nullptr);
}

void Database::forgetOnFailure(const Error& error)
{
    // A server restart leaves an "open" connection that fails every statement; drop it so
    // the next attempt reconnects.
    if (error.kind == ErrorKind::Unavailable && !m_url.isSqlite())
        resetThreadConnection();
}

Status Database::begin(QSqlDatabase& db)
{
    if (m_url.isSqlite()) {
        auto begun = execQuery(db, QStringLiteral("BEGIN IMMEDIATE"));
        if (!begun.ok())
            return begun.error();
        return {};
    }
    if (!db.transaction())
        return sqlError(db.lastError(), QStringLiteral("begin"));
    return {};
}

Status Database::commit(QSqlDatabase& db)
{
    if (m_url.isSqlite()) {
        auto committed = execQuery(db, QStringLiteral("COMMIT"));
        if (!committed.ok())
            return committed.error();
        return {};
    }
    if (!db.commit())
        return sqlError(db.lastError(), QStringLiteral("commit"));
    return {};
}

void Database::rollback(QSqlDatabase& db)
{
    if (m_url.isSqlite()) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("ROLLBACK")); // may fail when SQLite already rolled back itself
        return;
    }
    db.rollback();
}

} // namespace csodesk
