#include "Money.h"

#include <QCoreApplication>

namespace csodesk {

namespace {

QString groupThousands(quint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3)
        digits.insert(pos, QLatin1Char('.'));
    return digits;
}

// "123", "123.4", "123,45" -> value * 10^scale, exactly; at most `scale` decimals.
Result<qint64> parseFixedPoint(const QString& input, int scale, const QString& what)
{
    QString text = input.trimmed();
    const auto bad = [&]() -> Error {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Billing", "%1 '%2' bukan angka yang sah.").arg(what, input),
            QStringLiteral("bad fixed-point number"));
    };
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text.remove(0, 1);
    }
    qsizetype separator = text.indexOf(QLatin1Char('.'));
    if (separator < 0)
        separator = text.indexOf(QLatin1Char(','));
    const QString whole = separator < 0 ? text : text.left(separator);
    QString fraction = separator < 0 ? QString() : text.mid(separator + 1);
    if (whole.isEmpty() || fraction.size() > scale || whole.size() > 15)
        return bad();
    for (const QChar c : QString(whole + fraction)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return bad();
    }
    while (fraction.size() < scale)
        fraction.append(QLatin1Char('0'));
    qint64 value = whole.toLongLong();
    for (int i = 0; i < scale; ++i)
        value *= 10;
    if (!fraction.isEmpty())
        value += fraction.toLongLong();
    return negative ? -value : value;
}

} // namespace

Result<qint64> parseDecimal(const QString& text, int scale, const QString& what)
{
    return parseFixedPoint(text, scale, what);
}

qint64 divideRoundHalfUp(qint64 numerator, qint64 denominator)
{
    Q_ASSERT(denominator > 0);
    const qint64 magnitude = numerator < 0 ? -numerator : numerator;
    // Half away from zero: 2.5 -> 3 and -2.5 -> -3, the way a printed bill rounds.
    const qint64 rounded = magnitude / denominator + ((magnitude % denominator) * 2 >= denominator ? 1 : 0);
    return numerator < 0 ? -rounded : rounded;
}

QString formatRupiah(Rupiah amount)
{
    const quint64 magnitude = amount < 0 ? static_cast<quint64>(-(amount + 1)) + 1 : static_cast<quint64>(amount);
    return (amount < 0 ? QStringLiteral("-Rp") : QStringLiteral("Rp")) + groupThousands(magnitude);
}

QString formatRateSen(Sen rate)
{
    const Sen magnitude = rate < 0 ? -rate : rate;
    return (rate < 0 ? QStringLiteral("-Rp") : QStringLiteral("Rp"))
        + groupThousands(static_cast<quint64>(magnitude / 100)) + QLatin1Char(',')
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

Result<Sen> parseSen(const QString& text)
{
    return parseFixedPoint(text, 2, QCoreApplication::translate("Billing", "Tarif"));
}

Result<Rupiah> parseRupiah(const QString& input)
{
    QString text = input.trimmed();
    if (text.startsWith(QLatin1String("Rp"), Qt::CaseInsensitive))
        text = text.mid(2).trimmed();
    // Indonesian grouping: "125.000" is one hundred twenty-five thousand, never 125.
    text.remove(QLatin1Char('.'));
    auto value = parseFixedPoint(text, 0, QCoreApplication::translate("Billing", "Jumlah rupiah"));
    if (!value.ok())
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Billing", "Jumlah rupiah '%1' bukan angka bulat yang sah.").arg(input),
            QStringLiteral("bad rupiah amount"));
    return value;
}

Result<int> parsePercentBasisPoints(const QString& input)
{
    QString text = input.trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text = text.chopped(1).trimmed();
    auto value = parseFixedPoint(text, 2, QCoreApplication::translate("Billing", "Persentase"));
    if (!value.ok())
        return value.error();
    if (value.value() < 0 || value.value() > 10000)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Billing", "Persentase harus antara 0 dan 100; yang dimasukkan %1.").arg(input),
            QStringLiteral("percent out of range"));
    return static_cast<int>(value.value());
}

QString formatPercent(int basisPoints)
{
    QString text = QString::number(basisPoints / 100);
    const int fraction = basisPoints % 100;
    if (fraction != 0) {
        QString decimals = QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
        if (decimals.endsWith(QLatin1Char('0')))
            decimals.chop(1);
        text += QLatin1Char(',') + decimals;
    }
    return text + QStringLiteral(" %");
}

} // namespace csodesk
