#include "BenchPostgres.h"

#include "BenchCache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace csodesk::bench {

PostgresTarget::PostgresTarget(const BenchOptions& options)
    : m_serverDir(QDir(options.cacheDir).filePath(QStringLiteral("pg")))
{
    QString base = options.postgresUrl;
    if (base.isEmpty()) {
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CSODESK_PG_DURABLE"), QStringLiteral("1"));
        script.setProcessEnvironment(environment);
        script.start(QStringLiteral("bash"),
            { QStringLiteral(CSODESK_SOURCE_DIR "/scripts/pg-test-server.sh"), QStringLiteral("start"), m_serverDir });
        if (!script.waitForFinished(120'000) || script.exitCode() != 0)
            failBench(QStringLiteral("could not start a PostgreSQL server (scripts/pg-test-server.sh)"));
        m_started = true;
        // The server asks for the superuser's password (scram-sha-256); libpq reads it here.
        qputenv("PGPASSFILE", QFile::encodeName(m_serverDir + QStringLiteral("/pgpass")));
        QFile urlFile(m_serverDir + QStringLiteral("/url"));
        if (!urlFile.open(QIODevice::ReadOnly))
            failBench(QStringLiteral("PostgreSQL server wrote no url"));
        base = QString::fromUtf8(urlFile.readAll()).trimmed();
    }
    auto url = DatabaseUrl::parse(base);
    if (!url.ok())
        failBench(url.error().message);
    m_base = url.value();
    m_name = QStringLiteral("csodesk_bench_%1").arg(QCoreApplication::applicationPid());
    PostgresConnection(m_base, QStringLiteral("csodesk-bench-admin")).exec(QStringLiteral("CREATE DATABASE ") + m_name);
    m_url = m_base.withDatabaseName(m_name);
}

PostgresTarget::~PostgresTarget()
{
    try {
        PostgresConnection(m_base, QStringLiteral("csodesk-bench-admin"))
            .exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    } catch (const std::exception&) {
        // the server goes away with the directory below anyway
    }
    if (m_started) {
        QProcess::execute(QStringLiteral("bash"),
            { QStringLiteral(CSODESK_SOURCE_DIR "/scripts/pg-test-server.sh"), QStringLiteral("stop"), m_serverDir });
    }
}

PostgresConnection::PostgresConnection(const DatabaseUrl& url, const QString& name)
    : m_name(name)
    , m_db(QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name))
{
    m_db.setHostName(url.host());
    m_db.setPort(url.port());
    m_db.setUserName(url.user());
    m_db.setPassword(url.password());
    m_db.setDatabaseName(url.databaseName());
    if (!m_db.open()) {
        const QString error = m_db.lastError().text();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        failBench(QStringLiteral("connect to %1: %2").arg(url.displayString(), error));
    }
}

PostgresConnection::~PostgresConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void PostgresConnection::exec(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) // the benchmark's own statements; no value from outside
        failBench(sql.left(200) + QStringLiteral(": ") + query.lastError().text());
}

} // namespace csodesk::bench
