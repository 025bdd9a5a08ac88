#include "Bill.h"

#include <QStringList>

namespace csodesk {

QString joinPeriods(const QList<BillingPeriod>& periods)
{
    QStringList parts;
    for (const BillingPeriod& period : periods)
        parts.append(period.toString());
    return parts.join(QLatin1Char(','));
}

QList<BillingPeriod> splitPeriods(const QString& text)
{
    QList<BillingPeriod> periods;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        auto period = BillingPeriod::parse(part);
        if (period.ok())
            periods.append(period.value());
    }
    return periods;
}

} // namespace csodesk
