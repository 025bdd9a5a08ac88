#include "EnergyQuantity.h"

#include "Money.h"

#include <numeric>

namespace csodesk {

namespace {

QString groupedWithDecimals(qint64 scaled, int decimals)
{
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    const bool negative = scaled < 0;
    const qint64 magnitude = negative ? -scaled : scaled;
    QString whole = QString::number(magnitude / unit);
    for (qsizetype pos = whole.size() - 3; pos > 0; pos -= 3)
        whole.insert(pos, QLatin1Char('.'));
    QString text = (negative ? QStringLiteral("-") : QString()) + whole;
    if (decimals > 0)
        text += QLatin1Char(',') + QStringLiteral("%1").arg(magnitude % unit, decimals, 10, QLatin1Char('0'));
    return text;
}

} // namespace

qint64 EnergyQuantity::roundedWh() const
{
    return divideRoundHalfUp(m_numeratorWh, m_divisor);
}

qint64 EnergyQuantity::roundedKwh() const
{
    return divideRoundHalfUp(m_numeratorWh, m_divisor * 1000);
}

QString EnergyQuantity::toKwhText(int decimals) const
{
    qint64 scale = 1000;
    for (int i = 0; i < decimals; ++i)
        scale /= 10;
    return groupedWithDecimals(divideRoundHalfUp(m_numeratorWh, m_divisor * scale), decimals);
}

EnergyQuantity EnergyQuantity::operator+(const EnergyQuantity& other) const
{
    if (m_divisor == other.m_divisor)
        return EnergyQuantity(m_numeratorWh + other.m_numeratorWh, m_divisor);
    const qint64 common = std::lcm(m_divisor, other.m_divisor);
    return EnergyQuantity(
        m_numeratorWh * (common / m_divisor) + other.m_numeratorWh * (common / other.m_divisor), common);
}

EnergyQuantity EnergyQuantity::operator-(const EnergyQuantity& other) const
{
    return *this + EnergyQuantity(-other.m_numeratorWh, other.m_divisor);
}

bool EnergyQuantity::operator<(const EnergyQuantity& other) const
{
    return m_numeratorWh * other.m_divisor < other.m_numeratorWh * m_divisor;
}

bool EnergyQuantity::operator==(const EnergyQuantity& other) const
{
    return m_numeratorWh * other.m_divisor == other.m_numeratorWh * m_divisor;
}

QString formatStand(qint64 standWh)
{
    return groupedWithDecimals(divideRoundHalfUp(standWh, 100), 1);
}

QString formatKwh(qint64 wh)
{
    return groupedWithDecimals(divideRoundHalfUp(wh, 1000), 0) + QStringLiteral(" kWh");
}

} // namespace csodesk
