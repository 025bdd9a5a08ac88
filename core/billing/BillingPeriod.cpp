#include "BillingPeriod.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace csodesk {

Result<BillingPeriod> BillingPeriod::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    BillingPeriod period;
    if (match.hasMatch())
        period = BillingPeriod(match.captured(1).toInt(), match.captured(2).toInt());
    if (!period.isValid()) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Billing", "Periode '%1' tidak sah; tulis sebagai TTTT-BB, mis. 2024-06.")
                .arg(text),
            QStringLiteral("bad billing period"));
    }
    return period;
}

QString BillingPeriod::toString() const
{
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}

QString BillingPeriod::displayName() const
{
    return indonesianMonthName(m_month) + QLatin1Char(' ') + QString::number(m_year);
}

BillingPeriod BillingPeriod::addMonths(int months) const
{
    const int index = m_year * 12 + (m_month - 1) + months;
    return { index / 12, index % 12 + 1 };
}

int BillingPeriod::monthsUntil(const BillingPeriod& later) const
{
    return (later.m_year * 12 + later.m_month) - (m_year * 12 + m_month);
}

QString indonesianMonthName(int month)
{
    static const char* const names[] = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
        "September", "Oktober", "November", "Desember" };
    if (month < 1 || month > 12)
        return {};
    return QString::fromLatin1(names[month - 1]);
}

} // namespace csodesk
