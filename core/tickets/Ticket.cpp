#include "Ticket.h"

#include <QCoreApplication>

namespace csodesk {

QString ticketStatusCode(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Closed:
        return QStringLiteral("closed");
    case TicketStatus::Open:
        return QStringLiteral("open");
    case TicketStatus::DoneByUnit:
        return QStringLiteral("done_by_unit");
    case TicketStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("open");
}

Result<TicketStatus> ticketStatusFromCode(const QString& code)
{
    for (TicketStatus status :
        { TicketStatus::Closed, TicketStatus::Open, TicketStatus::DoneByUnit, TicketStatus::Cancelled }) {
        if (ticketStatusCode(status) == code)
            return status;
    }
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("Tickets",
            "Status \"%1\" tidak dikenal. Pilih open, done_by_unit atau "
            "cancelled.")
            .arg(code),
        QStringLiteral("unknown ticket status"));
}

QString reviewFlagCode(ReviewFlag flag)
{
    return flag == ReviewFlag::SesuaiSop ? QStringLiteral("sesuai_sop") : QStringLiteral("perlu_koreksi");
}

Result<ReviewFlag> reviewFlagFromCode(const QString& code)
{
    if (code == QLatin1String("sesuai_sop"))
        return ReviewFlag::SesuaiSop;
    if (code == QLatin1String("perlu_koreksi"))
        return ReviewFlag::PerluKoreksi;
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("Tickets", "Tanda \"%1\" tidak dikenal. Pilih sesuai_sop atau perlu_koreksi.")
            .arg(code),
        QStringLiteral("unknown review flag"));
}

QString ticketEventKindCode(TicketEventKind kind)
{
    switch (kind) {
    case TicketEventKind::Note:
        return QStringLiteral("note");
    case TicketEventKind::Flag:
        return QStringLiteral("flag");
    case TicketEventKind::StatusChange:
        return QStringLiteral("status");
    }
    return QStringLiteral("note");
}

} // namespace csodesk
