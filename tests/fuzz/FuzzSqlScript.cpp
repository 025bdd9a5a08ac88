// The migration splitter reads SQL files; it must terminate and never lose a character of a
// statement whatever the quoting.
#include "storage/SqlScript.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString script = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QStringList statements = csodesk::splitSqlScript(script);
    for (const QString& statement : statements) {
        if (statement.trimmed().isEmpty())
            __builtin_trap(); // empty statements must have been dropped
    }
    return 0;
}
