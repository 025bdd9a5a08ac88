#include "SopSuggestion.h"

#include <QRegularExpression>

namespace csodesk {

std::optional<qint64> parseHundredths(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,12})(?:[.,]([0-9]{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString decimals = match.captured(2);
    while (decimals.size() < 2)
        decimals += QLatin1Char('0');
    return match.captured(1).toLongLong() * 100 + decimals.toLongLong();
}

QString suggestChoice(
    const SopSuggestRule& rule, const QString& measured, const QString& billed, const QString& tolerance)
{
    const std::optional<qint64> meter = parseHundredths(measured);
    const std::optional<qint64> bill = parseHundredths(billed);
    // Without a tolerance any meter movement since the reading would look like under-billing.
    const std::optional<qint64> margin
        = rule.tolerance.isEmpty() ? std::optional<qint64>(0) : parseHundredths(tolerance);
    if (!meter || !bill || !margin)
        return {};
    if (*bill > *meter)
        return rule.billedAbove;
    if (*meter - *bill > *margin)
        return rule.billedFarBelow;
    return rule.otherwise;
}

} // namespace csodesk
