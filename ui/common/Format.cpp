#include "Format.h"

#include "common/TimeUtil.h"

namespace csodesk::ui {

namespace detail {

QString rupiahText(qint64 rupiah)
{
    // Built by hand rather than through QLocale: the result must not depend on the machine's
    // locale data, and "Rp" is written without a space before the digits.
    const bool negative = rupiah < 0;
    // Work on the unsigned magnitude so that the most negative value does not overflow.
    quint64 magnitude = negative ? quint64(0) - quint64(rupiah) : quint64(rupiah);
    QString digits;
    int groupCount = 0;
    do {
        if (groupCount == 3) {
            digits.prepend(QLatin1Char('.'));
            groupCount = 0;
        }
        digits.prepend(QLatin1Char(char('0' + magnitude % 10)));
        magnitude /= 10;
        ++groupCount;
    } while (magnitude != 0);
    return (negative ? QStringLiteral("-Rp") : QStringLiteral("Rp")) + digits;
}

} // namespace detail

QString formatRupiah(qint64 rupiah)
{
    return detail::rupiahText(rupiah);
}

QString formatWibDateTime(const QDateTime& instant)
{
    return formatWib(instant);
}

QString formatWibDateTime(qint64 epochMsUtc)
{
    return formatWib(fromEpochMs(epochMsUtc));
}

QString formatWibDate(const QDateTime& instant)
{
    if (!instant.isValid())
        return {};
    return wibDate(instant).toString(QStringLiteral("dd-MM-yyyy"));
}

QString formatWibTime(const QDateTime& instant)
{
    return formatWib(instant, QStringLiteral("HH:mm"));
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    const auto two = [](qint64 n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    if (hours > 0)
        return QString::number(hours) + QLatin1Char(':') + two(minutes) + QLatin1Char(':') + two(rest);
    return two(minutes) + QLatin1Char(':') + two(rest);
}

} // namespace csodesk::ui
