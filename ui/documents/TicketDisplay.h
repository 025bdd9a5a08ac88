#pragma once

#include "tickets/Ticket.h"

#include <QCoreApplication>
#include <QString>

namespace csodesk::ui {

// How ticket codes read on screen and on paper, in one place for the log, the detail, the
// dashboard and the printout.
class TicketDisplay {
    Q_DECLARE_TR_FUNCTIONS(csodesk::ui::TicketDisplay)

public:
    [[nodiscard]] static QString kind(TicketKind kind); // "Issue Closed" / "KELUHAN"
    [[nodiscard]] static QString status(TicketStatus status); // "Selesai di CC", "Terbuka", ...
    [[nodiscard]] static QString flag(const QString& flagCode); // "Sesuai SOP" / "Perlu koreksi" / ""
    [[nodiscard]] static QString flag(ReviewFlag flag);
    [[nodiscard]] static QString eventKind(TicketEventKind kind);
    [[nodiscard]] static QString stepKind(const QString& nodeKind); // say / ask / collect / outcome
    // "Lewat SLA" when a KELUHAN is still open past its due time at `now`.
    [[nodiscard]] static bool isOverdue(const Ticket& ticket, const QDateTime& now);
    // The name as filed, or "(dianonimkan)" once the retention purge removed it.
    [[nodiscard]] static QString customerName(const Ticket& ticket);
};

} // namespace csodesk::ui
