#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QIODevice;

namespace csodesk {
class ApktCatalogue;
}

namespace csodesk::ui {

// The privacy report (core/privacy/PrivacyReport) for the person who asked: rendered from the
// report's JSON and nothing else, so the PDF cannot say anything the JSON does not. Times in
// the JSON are UTC and shown in WIB; numbers, amounts and months in the UI's language.
class PrivacyDocument {
    Q_DECLARE_TR_FUNCTIONS(csodesk::ui::PrivacyDocument)

public:
    // The whole report as rich text: title, who made it and when, then the customer record,
    // units, bills, meter readings, token purchases, tickets with their events, access log.
    [[nodiscard]] static QString html(const QJsonObject& report, const ApktCatalogue& catalogue);
    // The same as an A4 PDF written to `device` (open for writing), with page numbers.
    [[nodiscard]] static Status writePdf(const QJsonObject& report, const ApktCatalogue& catalogue, QIODevice& device);

private:
    // One ticket: its fields, the SOP path as read out, and its history.
    [[nodiscard]] static QString ticketHtml(const QJsonObject& ticket, const ApktCatalogue& catalogue);
};

} // namespace csodesk::ui
