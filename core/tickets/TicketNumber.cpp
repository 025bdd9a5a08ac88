#include "TicketNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace csodesk::ticket_number {

Status checkSiteCode(const QString& siteCode)
{
    static const QRegularExpression twoDigits(QStringLiteral("^[0-9]{2}$"));
    if (!twoDigits.match(siteCode).hasMatch()) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Tickets", "Kode site \"%1\" di pengaturan tidak valid: harus 2 angka.")
                .arg(siteCode),
            QStringLiteral("bad site code"));
    }
    return {};
}

QString dayKey(const QDate& wibDate)
{
    return wibDate.toString(QStringLiteral("yyMMdd"));
}

QString format(const QString& siteCode, const QDate& wibDate, qint64 sequence)
{
    return QStringLiteral("K") + siteCode + dayKey(wibDate)
        + QStringLiteral("%1").arg(sequence, kSequenceDigits, 10, QLatin1Char('0'));
}

} // namespace csodesk::ticket_number
