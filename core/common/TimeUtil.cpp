#include "TimeUtil.h"

#include <cstdio>

namespace csodesk {

QTimeZone wibTimeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone jakarta("Asia/Jakarta");
        return jakarta.isValid() ? jakarta : QTimeZone(static_cast<int>(kWibOffsetMs / 1000));
    }();
    return zone;
}

qint64 toEpochMs(const QDateTime& time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromEpochMs(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
}

QDateTime toWib(const QDateTime& time)
{
    return time.toTimeZone(wibTimeZone());
}

QString formatWib(const QDateTime& time, const QString& format)
{
    if (!time.isValid())
        return {};
    return toWib(time).toString(format) + QStringLiteral(" WIB");
}

QString formatWibTimestamp(qint64 epochMs)
{
    constexpr qint64 kSecondsPerDay = 24 * 3600;
    constexpr qint64 kJulianDayOfEpoch = 2440588;
    // Floor division, so instants before 1970 land on the right day too.
    qint64 seconds = epochMs / 1000 - (epochMs % 1000 < 0 ? 1 : 0) + kWibOffsetMs / 1000;
    qint64 days = seconds / kSecondsPerDay;
    if (seconds % kSecondsPerDay < 0)
        --days;
    seconds -= days * kSecondsPerDay;
    const QDate date = QDate::fromJulianDay(days + kJulianDayOfEpoch);
    char text[32];
    const int length
        = std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d", date.year(), date.month(), date.day(),
            static_cast<int>(seconds / 3600), static_cast<int>(seconds / 60 % 60), static_cast<int>(seconds % 60));
    return QString::fromLatin1(text, length);
}

QDate wibDate(const QDateTime& time)
{
    return toWib(time).date();
}

} // namespace csodesk
