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

TEST_CASE("Export timestamps are WIB, with the day changing at 17:00 UTC", "[time]")
{
    const auto utc = [](int y, int m, int d, int h, int min, int s, int ms = 0) {
        return toEpochMs(QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC));
    };
    CHECK(formatWibTimestamp(utc(2026, 11, 22, 7, 5, 9)) == QStringLiteral("2026-11-22 14:05:09"));
    CHECK(formatWibTimestamp(utc(2026, 11, 22, 16, 59, 59, 999)) == QStringLiteral("2026-11-22 23:59:59"));
    CHECK(formatWibTimestamp(utc(2026, 11, 22, 17, 0, 0)) == QStringLiteral("2026-11-23 00:00:00"));
    CHECK(formatWibTimestamp(utc(2024, 2, 28, 17, 30, 0)) == QStringLiteral("2024-02-29 00:30:00"));
    CHECK(formatWibTimestamp(utc(2026, 12, 31, 17, 0, 0)) == QStringLiteral("2027-01-01 00:00:00"));
    CHECK(formatWibTimestamp(utc(1969, 12, 31, 16, 59, 59, 500)) == QStringLiteral("1969-12-31 23:59:59"));
    CHECK(formatWibTimestamp(0) == QStringLiteral("1970-01-01 07:00:00"));
    // The same text as the time-zone conversion gives, over a spread of instants.
    for (qint64 ms = utc(2025, 1, 1, 0, 0, 0); ms < utc(2027, 1, 1, 0, 0, 0); ms += 7'777'777'777LL / 100) {
        INFO(ms);
        CHECK(formatWibTimestamp(ms) == toWib(fromEpochMs(ms)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    }
}
