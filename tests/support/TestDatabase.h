#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>
#include <string>
#include <vector>

namespace csodesk::test {

// The dialects a storage test runs against: "sqlite" always, "postgresql" when the throwaway
// server of the ctest run is up (CSODESK_TEST_PG_URL_FILE). With CSODESK_REQUIRE_POSTGRES=1
// (the test command, CI) a missing server fails the test instead of quietly skipping it.
// Use as: const auto dialect = GENERATE(from_range(csodesk::test::testDialects()));
[[nodiscard]] std::vector<std::string> testDialects();

// The server's base URL (database "postgres"), or an empty string when there is none.
[[nodiscard]] QString postgresBaseUrl();

// For a test that only makes sense on PostgreSQL: true when the test server is up. Otherwise
// it fails the test under CSODESK_REQUIRE_POSTGRES=1, or warns that it is skipped, and returns
// false (the caller returns).
[[nodiscard]] bool postgresAvailable();

// A fresh, empty (or freshly migrated) database for one test: a SQLite file in a temporary
// directory, or a new database on the PostgreSQL test server, dropped afterwards.
class TestDatabase {
public:
    static std::unique_ptr<TestDatabase> create(const std::string& dialect, bool migrate = true);
    ~TestDatabase();

    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    [[nodiscard]] Database& db() { return *m_database; }
    [[nodiscard]] std::shared_ptr<Database> shared() { return m_database; }
    [[nodiscard]] const DatabaseUrl& url() const { return m_url; }
    [[nodiscard]] QString urlText() const { return m_url.toString(); }
    [[nodiscard]] const QString& directory() const { return m_directory; } // scratch space for the test

private:
    TestDatabase() = default;

    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_directory;
    DatabaseUrl m_url;
    QString m_postgresName;
    std::shared_ptr<Database> m_database;
};

} // namespace csodesk::test
