#include "MeterReading.h"

#include <QCoreApplication>

namespace csodesk {

QString readingSourceCode(ReadingSource source)
{
    switch (source) {
    case ReadingSource::PlnMobile:
        return QStringLiteral("pln_mobile");
    case ReadingSource::MeterReader:
        return QStringLiteral("meter_reader");
    case ReadingSource::WhatsApp:
        break;
    }
    return QStringLiteral("whatsapp");
}

std::optional<ReadingSource> readingSourceFromCode(const QString& code)
{
    const QString text = code.trimmed().toLower();
    if (text == QLatin1String("whatsapp"))
        return ReadingSource::WhatsApp;
    if (text == QLatin1String("pln_mobile"))
        return ReadingSource::PlnMobile;
    if (text == QLatin1String("meter_reader"))
        return ReadingSource::MeterReader;
    return std::nullopt;
}

QString readingSourceLabel(ReadingSource source)
{
    switch (source) {
    case ReadingSource::PlnMobile:
        return QCoreApplication::translate("Customers", "PLN Mobile");
    case ReadingSource::MeterReader:
        return QCoreApplication::translate("Customers", "petugas catat meter");
    case ReadingSource::WhatsApp:
        break;
    }
    return QCoreApplication::translate("Customers", "WhatsApp 08122 123 123");
}

} // namespace csodesk
