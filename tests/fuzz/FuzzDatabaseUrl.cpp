// Database URLs come from users (--db, CSODESK_DB, the Settings dialog).
#include "storage/DatabaseUrl.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto parsed = csodesk::DatabaseUrl::parse(text);
    if (parsed.ok()) {
        // Whatever parses must survive a round trip unchanged.
        auto again = csodesk::DatabaseUrl::parse(parsed->toString());
        if (!again.ok() || again->displayString() != parsed->displayString())
            __builtin_trap();
    }
    return 0;
}
