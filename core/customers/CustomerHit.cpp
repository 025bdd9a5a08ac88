#include "CustomerHit.h"

#include "common/Masking.h"

#include <QStringList>

namespace csodesk {

namespace {

bool isNeighbourhoodPart(const QString& part)
{
    // "RT 03/RW 04" identifies a house on a street as much as its number does.
    return part.startsWith(QLatin1String("RT"), Qt::CaseInsensitive)
        || part.startsWith(QLatin1String("RW"), Qt::CaseInsensitive);
}

QString withoutDigits(QString text)
{
    for (QChar& c : text) {
        if (c.isDigit())
            c = QChar(0x2022);
    }
    return text;
}

} // namespace

QString CustomerHit::shownAddress() const
{
    QStringList parts = address.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& part : parts)
        part = part.trimmed();
    if (parts.isEmpty())
        return {};
    QStringList shown { withoutDigits(parts.takeFirst()) };
    // The province adds nothing to telling two customers of one town apart.
    if (parts.size() >= 3)
        parts.removeLast();
    for (const QString& part : std::as_const(parts)) {
        if (!isNeighbourhoodPart(part))
            shown.append(part);
    }
    return shown.join(QStringLiteral(", "));
}

QString CustomerHit::shownPhone() const
{
    return phone.isEmpty() ? QString() : maskPhone(phone);
}

} // namespace csodesk
