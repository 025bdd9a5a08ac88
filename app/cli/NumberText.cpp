#include "NumberText.h"

namespace csodesk::cli {

QLocale numberLocale()
{
    return QLocale(); // the language's, set by TranslationLoader::apply in main
}

QString countText(qint64 count)
{
    return numberLocale().toString(count);
}

QString decimalText(qint64 scaled, int decimals)
{
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    const qint64 magnitude = scaled < 0 ? -scaled : scaled;
    const QLocale locale = numberLocale();
    QString text = (scaled < 0 ? locale.negativeSign() : QString()) + locale.toString(magnitude / unit);
    if (decimals > 0)
        text += locale.decimalPoint() + QStringLiteral("%1").arg(magnitude % unit, decimals, 10, QLatin1Char('0'));
    return text;
}

QString permilleText(qint64 permille)
{
    return decimalText(permille, 1) + QStringLiteral(" %");
}

QString basisPointsText(qint64 basisPoints)
{
    // Two decimals at most, trailing zeros dropped: "11 %", "2,4 %", "0,25 %".
    if (basisPoints % 100 == 0)
        return decimalText(basisPoints / 100, 0) + QStringLiteral(" %");
    if (basisPoints % 10 == 0)
        return decimalText(basisPoints / 10, 1) + QStringLiteral(" %");
    return decimalText(basisPoints, 2) + QStringLiteral(" %");
}

QString secondsText(qint64 milliseconds)
{
    return countText(milliseconds / 1000) + QStringLiteral(" s");
}

} // namespace csodesk::cli
