#include "SearchText.h"

namespace csodesk {

namespace {

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isPhoneSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('(')
        || c == QLatin1Char(')') || c == QLatin1Char('/');
}

} // namespace

QString foldForSearch(const QString& text)
{
    // Compatibility decomposition splits "é" into "e" and a combining accent, which is dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (isAsciiLetterOrDigit(c)) {
            if (pendingSpace && !folded.isEmpty())
                folded.append(QLatin1Char(' '));
            pendingSpace = false;
            folded.append(c);
        } else {
            pendingSpace = true;
        }
    }
    return folded;
}

QStringList searchWords(const QString& text)
{
    QStringList words;
    const QStringList parts = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : parts) {
        if (word.size() >= 2 && !words.contains(word))
            words.append(word);
    }
    return words;
}

QString nationalPhone(const QString& text)
{
    QString digits;
    const QString trimmed = text.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c == QLatin1Char('+') && i == 0)
            continue;
        else if (!isPhoneSeparator(c))
            return {};
    }
    if (digits.startsWith(QLatin1String("62")))
        return QLatin1Char('0') + digits.mid(2);
    if (digits.startsWith(QLatin1Char('8')))
        return QLatin1Char('0') + digits;
    return digits;
}

} // namespace csodesk
