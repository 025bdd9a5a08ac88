#include "Database.h"

#include "ReusedQuery.h"
#include "SqlQuery.h"
#include "common/LogFormat.h"
#include "common/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringList>

#include <spdlog/spdlog.h>

#include <atomic>

namespace csodesk {

namespace {

// Names each thread's connection uniquely across Database objects; atomic, so shared on purpose.
std::atomic<quint64> nextConnectionNumber { 1 }; // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)

// A busy SQLite file makes writers wait this long before giving up with "busy".
constexpr int kSqliteBusyTimeoutMs = 15000;
// An unreachable PostgreSQL server must be reported within a few seconds.
constexpr int kPostgresConnectTimeoutSeconds = 3;

QString quotedOption(const QString& value)
{
    // DatabaseUrl refuses quotes, backslashes and ';' in values, so quoting needs no escapes.
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

// libpq's connection string, through Qt's driver (which turns ';' into spaces): every server
// and port of the URL, and its parameters, with csodesk's defaults for the timeout and name.
QString postgresConnectOptions(const DatabaseUrl& url)
{
    QStringList hosts;
    QStringList ports;
    for (const auto& [host, port] : url.servers()) {
        hosts.append(host);
        ports.append(QString::number(port));
    }
    QStringList options { QStringLiteral("host=") + quotedOption(hosts.join(QLatin1Char(','))),
        QStringLiteral("port=") + quotedOption(ports.join(QLatin1Char(','))) };
    if (url.parameter(QStringLiteral("connect_timeout")).isEmpty())
        options.append(QStringLiteral("connect_timeout=%1").arg(kPostgresConnectTimeoutSeconds));
    if (url.parameter(QStringLiteral("application_name")).isEmpty())
        options.append(QStringLiteral("application_name=csodesk"));
    for (const auto& [name, value] : url.parameters())
        options.append(name + QLatin1Char('=') + quotedOption(value));
    return options.join(QLatin1Char(' '));
}

enum class ConnectionFailure { WrongCredentials, LoginDisabled, Tls, Other };

// libpq reports connection failures as text only (no SQLSTATE reaches Qt's driver).
ConnectionFailure classifyConnectionFailure(const QString& text)
{
    const auto has = [&](const char* needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("no password supplied") || has("SCRAM")
        || has("authentication failed for user"))
        return ConnectionFailure::WrongCredentials;
    if (has("is not permitted to log in"))
        return ConnectionFailure::LoginDisabled;
    if (has("SSL") || has("certificate") || has("TLS"))
        return ConnectionFailure::Tls;
    return ConnectionFailure::Other;
}

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
    quint64 loginGeneration = 0;

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
    if (database->peopleAreDatabaseLogins()) {
        // Nobody has signed in yet: the first connection is the person's own (signIn()).
        spdlog::info("database set up for personal logins: {}", url.displayString());
        return database;
    }
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
        if (existing && existing->loginGeneration == m_loginGeneration.load()) {
            QSqlDatabase db = QSqlDatabase::database(existing->name, false);
            if (db.isOpen())
                return db;
        }
        m_threadConnections.setLocalData(nullptr); // deletes the stale one
    }

    const quint64 generation = m_loginGeneration.load();
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
    m_threadConnections.setLocalData(new ThreadConnection { name, m_registry, generation });
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
    const DatabaseUrl url = connectionUrl();
    if (url.user().isEmpty()) {
        return makeError(ErrorKind::PermissionDenied,
            QCoreApplication::translate(
                "Storage", "Belum masuk: setiap orang masuk ke basis data lantai dengan akunnya sendiri."),
            QStringLiteral("no login for a floor connection"));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setDatabaseName(url.databaseName());
    db.setUserName(url.user());
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    db.setConnectOptions(postgresConnectOptions(url));
    if (!db.open()) {
        Error error = connectionError(db.lastError(), url);
        // A person who was signed in and is now refused: disabled, or the password changed.
        if (m_signedInConfirmed.load()
            && (error.kind == ErrorKind::PermissionDenied || error.kind == ErrorKind::InvalidInput)) {
            LoginLostHandler handler;
            {
                QMutexLocker lock(&m_loginMutex);
                handler = m_loginLost;
            }
            if (handler)
                handler(error);
        }
        return error;
    }
    // Session settings cannot be prepared; this one has no values to bind.
    QSqlQuery quiet(db);
    if (!quiet.exec(QStringLiteral("SET client_min_messages TO warning")))
        return sqlError(quiet.lastError(), QStringLiteral("session setup"));
    return db;
}

DatabaseUrl Database::connectionUrl() const
{
    if (!peopleAreDatabaseLogins())
        return m_url;
    QMutexLocker lock(&m_loginMutex);
    return m_url.withCredentials(m_signedInUser, m_signedInPassword);
}

QString Database::loginName() const
{
    return connectionUrl().user();
}

Error Database::connectionError(const QSqlError& sqlErrorValue, const DatabaseUrl& url) const
{
    Error error = sqlError(sqlErrorValue, QStringLiteral("open postgresql"));
    switch (classifyConnectionFailure(sqlErrorValue.text())) {
    case ConnectionFailure::WrongCredentials:
        error.kind = ErrorKind::InvalidInput;
        error.message = QCoreApplication::translate("Storage", "Nama pengguna atau kata sandi salah.");
        return error;
    case ConnectionFailure::LoginDisabled:
        error.kind = ErrorKind::PermissionDenied;
        error.message = QCoreApplication::translate(
            "Storage", "Akun ini tidak boleh masuk ke basis data (dinonaktifkan). Hubungi admin.");
        return error;
    case ConnectionFailure::Tls:
        error.kind = ErrorKind::Unavailable;
        error.message = QCoreApplication::translate("Storage",
            "Sambungan aman (TLS) ke server basis data %1 gagal: server tidak mendukung TLS, atau sertifikatnya tidak "
            "ditandatangani oleh CA yang dipercaya (sslrootcert) atau tidak cocok dengan nama server. Data tidak "
            "dikirim. "
            "Hubungi admin.")
                            .arg(url.serverList());
        return error;
    case ConnectionFailure::Other:
        break;
    }
    // Authentication and missing databases are not retryable, but they are still "the
    // database cannot be used": say which server.
    error.kind = ErrorKind::Unavailable;
    error.message = QCoreApplication::translate("Storage",
        "Tidak dapat terhubung ke server basis data %1 (%2). Periksa alamat, nama pengguna "
        "dan kata sandi, atau hubungi admin.")
                        .arg(url.serverList(), url.databaseName());
    return error;
}

Status Database::signIn(const QString& user, const QString& password)
{
    if (!peopleAreDatabaseLogins()) {
        return makeError(ErrorKind::Internal,
            QCoreApplication::translate("Storage", "Basis data ini tidak memakai akun basis data per orang."),
            QStringLiteral("signIn on a database with a fixed login"));
    }
    {
        QMutexLocker lock(&m_loginMutex);
        m_signedInUser = user;
        m_signedInPassword = password;
    }
    m_signedInConfirmed = false;
    ++m_loginGeneration;
    auto conn = connection();
    if (!conn.ok()) {
        signOut();
        return conn.error();
    }
    m_signedInConfirmed = true;
    return {};
}

void Database::rememberNewPassword(const QString& password)
{
    QMutexLocker lock(&m_loginMutex);
    m_signedInPassword = password;
}

void Database::setLoginLostHandler(LoginLostHandler handler)
{
    QMutexLocker lock(&m_loginMutex);
    m_loginLost = std::move(handler);
}

void Database::signOut()
{
    m_signedInConfirmed = false;
    {
        QMutexLocker lock(&m_loginMutex);
        m_signedInUser.clear();
        m_signedInPassword.clear();
    }
    ++m_loginGeneration;
    resetThreadConnection();
}

Status Database::probe()
{
    resetThreadConnection();
    return read([](QSqlDatabase& db) -> Status {
        auto answer = queryScalar(db, QStringLiteral("SELECT 1"));
        if (!answer.ok())
            return answer.error();
        return {};
    });
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

QStringList Database::localFiles() const
{
    return isSqlite() ? OutputFile::sqliteFiles(m_url.path()) : QStringList();
}

} // namespace csodesk
