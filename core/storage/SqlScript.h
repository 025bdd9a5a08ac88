#pragma once

#include <QString>
#include <QStringList>

namespace csodesk {

// Splits a migration file into statements at top-level semicolons. Knows enough SQL to keep
// together what must stay together: quoted strings and identifiers, -- and /* */ comments,
// PostgreSQL $tag$ bodies, and SQLite CREATE TRIGGER ... BEGIN ... END; blocks.
[[nodiscard]] QStringList splitSqlScript(const QString& script);

} // namespace csodesk
