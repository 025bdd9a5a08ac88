#include "TestDatabase.h"

#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

#include <atomic>

namespace csodesk::test {

namespace {

std::atomic<int> nextDatabaseNumber { 1 };

bool postgresRequired()
{
    return qEnvironmentVariable("CSODESK_REQUIRE_POSTGRES") == QLatin1String("1");
}

// Runs one administrative statement on the server's maintenance database.
bool adminExec(const QString& sql, QString* error)
{
    auto base = DatabaseUrl::parse(postgresBaseUrl());
    if (!base.ok()) {
        *error = base.error().message;
        return false;
    }
    const QString name = QStringLiteral("csodesk-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(base->host());
        db.setPort(base->port());
        db.setUserName(base->user());
        db.setPassword(base->password());
        db.setDatabaseName(base->databaseName());
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString postgresBaseUrl()
{
    const QString file = qEnvironmentVariable("CSODESK_TEST_PG_URL_FILE");
    if (file.isEmpty())
        return {};
    QFile urlFile(file);
    if (!urlFile.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(urlFile.readAll()).trimmed();
}

bool postgresAvailable()
{
    if (!postgresBaseUrl().isEmpty())
        return true;
    if (postgresRequired())
        FAIL("CSODESK_REQUIRE_POSTGRES=1 but no PostgreSQL test server is running (CSODESK_TEST_PG_URL_FILE)");
    WARN("no PostgreSQL test server: skipped");
    return false;
}

std::vector<std::string> testDialects()
{
    std::vector<std::string> dialects { "sqlite" };
    if (!postgresBaseUrl().isEmpty())
        dialects.emplace_back("postgresql");
    else if (postgresRequired())
        FAIL("CSODESK_REQUIRE_POSTGRES=1 but no PostgreSQL test server is running (CSODESK_TEST_PG_URL_FILE)");
    return dialects;
}

std::unique_ptr<TestDatabase> TestDatabase::create(const std::string& dialect, bool migrate)
{
    std::unique_ptr<TestDatabase> test(new TestDatabase);
    test->m_tempDir = std::make_unique<QTemporaryDir>();
    REQUIRE(test->m_tempDir->isValid());
    test->m_directory = test->m_tempDir->path();

    if (dialect == "sqlite") {
        test->m_url = DatabaseUrl::sqliteFile(QDir(test->m_directory).filePath(QStringLiteral("test.db")));
    } else {
        REQUIRE(dialect == "postgresql");
        auto base = DatabaseUrl::parse(postgresBaseUrl());
        REQUIRE(base.ok());
        test->m_postgresName
            = QStringLiteral("csodesk_t%1_%2").arg(QCoreApplication::applicationPid()).arg(nextDatabaseNumber++);
        QString error;
        INFO("creating test database: " << error.toStdString());
        REQUIRE(adminExec(QStringLiteral("CREATE DATABASE ") + test->m_postgresName, &error));
        test->m_url = base->withDatabaseName(test->m_postgresName);
    }

    auto opened = migrate ? openMigratedDatabase(test->m_url) : Database::open(test->m_url);
    if (!opened.ok())
        FAIL("cannot open test database: " << opened.error().message.toStdString() << " / "
                                           << opened.error().detail.toStdString());
    test->m_database = opened.value();
    return test;
}

TestDatabase::~TestDatabase()
{
    m_database.reset();
    if (!m_postgresName.isEmpty()) {
        QString error;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresName), &error);
    }
}

} // namespace csodesk::test
