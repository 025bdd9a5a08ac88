#include "TimeUtil.h"

namespace csodesk {

QTimeZone wibTimeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone jakarta("Asia/Jakarta");
        return jakarta.isValid() ? jakarta : QTimeZone(7 * 3600);
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

QDate wibDate(const QDateTime& time)
{
    return toWib(time).date();
}

} // namespace csodesk
