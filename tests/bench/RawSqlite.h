#pragma once

#include <QString>

#include <sqlite3.h>

#include <stdexcept>
#include <string>

namespace csodesk::bench {

// The baseline: the SQLite C API with prepared statements and nothing else. Errors throw,
// because a failing baseline makes the whole comparison meaningless (this is a benchmark
// tool, not product code).
class RawStatement {
public:
    RawStatement(sqlite3* db, const char* sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    RawStatement& bind(int index, const std::string& text);
    RawStatement& bind(int index, qint64 value);
    RawStatement& bindNull(int index);
    bool step(); // true: a row is ready
    void reset(); // after the last step, before binding again
    [[nodiscard]] qint64 int64(int column) const { return sqlite3_column_int64(m_statement, column); }
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    [[nodiscard]] int columns() const { return sqlite3_column_count(m_statement); }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

class RawSqlite {
public:
    // Same pragmas as csodesk's own connections (WAL, synchronous=FULL, foreign keys).
    explicit RawSqlite(const QString& path);
    ~RawSqlite();
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    void exec(const char* sql);
    [[nodiscard]] qint64 scalar(const char* sql);
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

} // namespace csodesk::bench
