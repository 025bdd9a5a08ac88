#include "common/TimeUtil.h"

#include <catch2/catch.hpp>

using namespace csodesk;

TEST_CASE("Times are stored as UTC milliseconds and shown in WIB", "[common]")
{
    const QDateTime utc(QDate(2026, 11, 22), QTime(17, 30), Qt::UTC);
    const qint64 stored = toEpochMs(utc);
    CHECK(fromEpochMs(stored) == utc);
    CHECK(fromEpochMs(stored).timeSpec() == Qt::UTC);
    // 17:30 UTC is 00:30 the next day in Jakarta (UTC+7, no DST).
    CHECK(formatWib(utc) == QStringLiteral("23-11-2026 00:30 WIB"));
    CHECK(wibDate(utc) == QDate(2026, 11, 23));
    CHECK(wibTimeZone().offsetFromUtc(utc) == 7 * 3600);
}
