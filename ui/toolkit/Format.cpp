#include "Format.h"

#include "billing/Money.h"
#include "common/TimeUtil.h"

namespace csodesk::ui {

namespace detail {

// The screen, the CLI and the exports share core's formatter, so they can never disagree.
QString rupiahText(qint64 rupiah)
{
    return csodesk::formatRupiah(rupiah);
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
