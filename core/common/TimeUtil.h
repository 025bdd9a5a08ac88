#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace csodesk {

// Times are stored as UTC milliseconds since the epoch (BIGINT in both dialects) and shown in
// WIB. Jakarta has had no DST since 1964, so a fixed +07:00 is a correct fallback when the
// machine lacks tzdata.
[[nodiscard]] QTimeZone wibTimeZone();
// The same +07:00 as a number, for code that works on stored epoch milliseconds in bulk.
inline constexpr qint64 kWibOffsetMs = 7LL * 3600 * 1000;
[[nodiscard]] qint64 toEpochMs(const QDateTime& time);
[[nodiscard]] QDateTime fromEpochMs(qint64 epochMs);
[[nodiscard]] QDateTime toWib(const QDateTime& time);
// "22-11-2026 14:05 WIB"-style, the way agents read times aloud.
[[nodiscard]] QString formatWib(const QDateTime& time, const QString& format = QStringLiteral("dd-MM-yyyy HH:mm"));
// "2026-11-22 14:05:09": an instant in WIB as exports write it. Computed with the fixed +07:00
// offset, without a time-zone conversion, because an export formats three per row.
[[nodiscard]] QString formatWibTimestamp(qint64 epochMs);
// The calendar date in Jakarta of an instant (ticket numbers and "today" filters use it).
[[nodiscard]] QDate wibDate(const QDateTime& time);

} // namespace csodesk
