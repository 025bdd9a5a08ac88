#pragma once

#include "tickets/Ticket.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;

namespace csodesk {
class ApktCatalogue;
}

namespace csodesk::ui {

// A filed ticket as rich text: the detail dialog shows parts of it, and the same document is
// printed or saved as PDF, so screen and paper never disagree.
class TicketDocument {
    Q_DECLARE_TR_FUNCTIONS(csodesk::ui::TicketDocument)

public:
    // The SOP walk as a readable transcript: what the agent read, asked and noted, and what
    // the customer chose, step by step with the time (WIB).
    [[nodiscard]] static QString transcriptHtml(const Ticket& ticket);
    // The history of events (notes, flags, status changes), oldest first.
    [[nodiscard]] static QString historyHtml(const TicketDetail& detail);
    // Everything: fields, description, transcript and history, for paper.
    [[nodiscard]] static QString fullHtml(
        const TicketDetail& detail, const ApktCatalogue& catalogue, const QDateTime& printedAt);
    static void print(
        const TicketDetail& detail, const ApktCatalogue& catalogue, const QDateTime& printedAt, QPrinter& printer);
};

// Count with Indonesian thousands separators ("12.345"), as Rupiah are shown.
[[nodiscard]] QString countText(qint64 count);

} // namespace csodesk::ui
