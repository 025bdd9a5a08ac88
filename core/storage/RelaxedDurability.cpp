#include "RelaxedDurability.h"

#include "Database.h"
#include "common/LogFormat.h"

#include <spdlog/spdlog.h>

namespace csodesk {

namespace {

bool setSynchronous(Database& database, const QString& pragma)
{
    auto connection = database.connection();
    if (!connection.ok())
        return false;
    auto done = execQuery(connection.value(), pragma);
    if (!done.ok())
        spdlog::warn("{} failed: {}", pragma, done.error().detail);
    return done.ok();
}

} // namespace

RelaxedDurability::RelaxedDurability(Database& database)
    : m_database(database)
{
    // Without it the work is only slower, never wrong: a failure is logged and ignored.
    if (m_database.isSqlite())
        m_relaxed = setSynchronous(m_database, QStringLiteral("PRAGMA synchronous=NORMAL"));
}

RelaxedDurability::~RelaxedDurability()
{
    if (m_relaxed)
        setSynchronous(m_database, QStringLiteral("PRAGMA synchronous=FULL"));
}

} // namespace csodesk
