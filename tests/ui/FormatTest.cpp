#include "toolkit/Format.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace csodesk::ui;

TEST_CASE("Rupiah is written the Indonesian way", "[format]")
{
    CHECK(formatRupiah(0) == QStringLiteral("Rp0"));
    CHECK(formatRupiah(999) == QStringLiteral("Rp999"));
    CHECK(formatRupiah(1000) == QStringLiteral("Rp1.000"));
    CHECK(formatRupiah(1234567) == QStringLiteral("Rp1.234.567"));
    CHECK(formatRupiah(100000000) == QStringLiteral("Rp100.000.000"));
    CHECK(formatRupiah(-25000) == QStringLiteral("-Rp25.000"));
    CHECK(formatRupiah(std::numeric_limits<qint64>::min()) == QStringLiteral("-Rp9.223.372.036.854.775.808"));
    CHECK(formatRupiah(std::numeric_limits<qint64>::max()) == QStringLiteral("Rp9.223.372.036.854.775.807"));
}

TEST_CASE("Times are shown in WIB whatever the machine's zone", "[format]")
{
    const QDateTime utc(QDate(2026, 11, 22), QTime(17, 5), Qt::UTC); // 00:05 next day in Jakarta
    CHECK(formatWibDateTime(utc) == QStringLiteral("23-11-2026 00:05 WIB"));
    CHECK(formatWibDateTime(utc.toMSecsSinceEpoch()) == QStringLiteral("23-11-2026 00:05 WIB"));
    CHECK(formatWibDate(utc) == QStringLiteral("23-11-2026"));
    CHECK(formatWibTime(utc) == QStringLiteral("00:05 WIB"));
    CHECK(formatWibDateTime(QDateTime()).isEmpty());
    CHECK(formatWibDate(QDateTime()).isEmpty());
}

TEST_CASE("Durations read like a call timer", "[format]")
{
    CHECK(formatDuration(0) == QStringLiteral("00:00"));
    CHECK(formatDuration(247) == QStringLiteral("04:07"));
    CHECK(formatDuration(3735) == QStringLiteral("1:02:15"));
    CHECK(formatDuration(-5) == QStringLiteral("00:00"));
}
