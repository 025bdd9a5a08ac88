#include "RawSqlite.h"

namespace csodesk::bench {

namespace {

[[noreturn]] void fail(sqlite3* db, const std::string& what)
{
    throw std::runtime_error(what + ": " + (db ? sqlite3_errmsg(db) : "no database"));
}

} // namespace

RawStatement::RawStatement(sqlite3* db, const char* sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        fail(db, std::string("prepare ") + sql);
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

RawStatement& RawStatement::bind(int index, const std::string& text)
{
    if (sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT)
        != SQLITE_OK)
        fail(m_db, "bind text");
    return *this;
}

RawStatement& RawStatement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        fail(m_db, "bind int64");
    return *this;
}

RawStatement& RawStatement::bindNull(int index)
{
    if (sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        fail(m_db, "bind null");
    return *this;
}

bool RawStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db, "step");
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::string RawStatement::text(int column) const
{
    const auto* bytes = sqlite3_column_text(m_statement, column);
    return bytes ? std::string(reinterpret_cast<const char*>(bytes),
               static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)))
                 : std::string();
}

RawSqlite::RawSqlite(const QString& path)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        fail(m_db, "open " + path.toStdString());
    sqlite3_busy_timeout(m_db, 15000);
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=FULL");
    exec("PRAGMA foreign_keys=ON");
}

RawSqlite::~RawSqlite()
{
    sqlite3_close_v2(m_db);
}

void RawSqlite::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "unknown";
        sqlite3_free(message);
        throw std::runtime_error(std::string(sql) + ": " + text);
    }
}

qint64 RawSqlite::scalar(const char* sql)
{
    RawStatement statement(m_db, sql);
    return statement.step() ? statement.int64(0) : 0;
}

} // namespace csodesk::bench
