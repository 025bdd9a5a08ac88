#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace csodesk {

// How a stand reached PLN: the customer's WhatsApp self-report (08122 123 123, type 2),
// PLN Mobile, or a meter reader's visit.
enum class ReadingSource { WhatsApp, PlnMobile, MeterReader };

struct MeterReading {
    qint64 id = 0;
    QString idpel;
    ReadingSource source = ReadingSource::WhatsApp;
    QDateTime reportedAt; // UTC
    qint64 standWh = 0;
    bool accepted = true;
    QString rejectReason; // why it was not used (stand below the previous one, late, ...)
};

[[nodiscard]] QString readingSourceCode(ReadingSource source); // "whatsapp", "pln_mobile", "meter_reader"
[[nodiscard]] std::optional<ReadingSource> readingSourceFromCode(const QString& code);
[[nodiscard]] QString readingSourceLabel(ReadingSource source); // Indonesian, for people

} // namespace csodesk
