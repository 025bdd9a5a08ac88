#include "Masking.h"

#include <QRegularExpression>
#include <QStringList>

namespace csodesk {

namespace {

const QChar kBullet(0x2022);

QString bullets(qsizetype count)
{
    return QString(count, kBullet);
}

QString keepEnds(const QString& text, qsizetype head, qsizetype tail)
{
    if (text.size() <= head + tail)
        return bullets(text.size());
    return text.left(head) + bullets(text.size() - head - tail) + text.right(tail);
}

QString digitsOnly(const QString& text)
{
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

} // namespace

QString maskIdpel(const QString& idpelOrMeter)
{
    const QString digits = digitsOnly(idpelOrMeter);
    // Two digits at each end are enough to tell two log lines apart and too few to find the
    // customer: a ULP's IDPELs share their first five digits.
    if (digits.size() >= 10)
        return keepEnds(digits, 2, 2);
    return bullets(digits.size());
}

QString maskEmail(const QString& email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return bullets(qMax<qsizetype>(3, email.size() / 2));
    const QString local = email.left(at);
    const QString domain = email.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    const QString host = dot > 0 ? domain.left(dot) : domain;
    const QString tld = dot > 0 ? domain.mid(dot) : QString();
    return local.left(1) + bullets(3) + QLatin1Char('@') + host.left(1) + bullets(3) + tld;
}

QString maskPhone(const QString& phone)
{
    const QString digits = digitsOnly(phone);
    if (digits.size() < 7)
        return bullets(digits.size());
    return keepEnds(digits, 4, 2);
}

QString maskName(const QString& name)
{
    QStringList parts;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words)
        parts.append(word.left(1) + bullets(3));
    return parts.join(QLatin1Char(' '));
}

QString maskToken(const QString& token)
{
    const QString digits = digitsOnly(token);
    if (digits.size() < 8)
        return bullets(4);
    QStringList groups;
    for (int i = 0; i < 4; ++i)
        groups.append(bullets(4));
    groups.append(digits.right(4));
    return groups.join(QLatin1Char('-'));
}

QString redactPersonalData(const QString& text)
{
    static const QRegularExpression longDigits(QStringLiteral("\\d{10,}"));
    static const QRegularExpression email(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));

    QString result = text;
    // Addresses first: their local part may itself hold digits.
    QRegularExpressionMatchIterator it = email.globalMatch(text);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.prepend(it.next());
    for (const QRegularExpressionMatch& m : matches)
        result.replace(m.capturedStart(), m.capturedLength(), maskEmail(m.captured()));

    it = longDigits.globalMatch(result);
    matches.clear();
    while (it.hasNext())
        matches.prepend(it.next());
    for (const QRegularExpressionMatch& m : matches)
        result.replace(m.capturedStart(), m.capturedLength(), maskIdpel(m.captured()));
    return result;
}

} // namespace csodesk
