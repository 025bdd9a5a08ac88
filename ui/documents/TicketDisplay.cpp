#include "TicketDisplay.h"

namespace csodesk::ui {

QString TicketDisplay::kind(TicketKind kind)
{
    switch (kind) {
    case TicketKind::IssueClosed:
        return tr("Issue Closed");
    case TicketKind::Keluhan:
        return tr("KELUHAN");
    }
    return {};
}

QString TicketDisplay::status(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Closed:
        return tr("Selesai di CC");
    case TicketStatus::Open:
        return tr("Terbuka");
    case TicketStatus::DoneByUnit:
        return tr("Selesai oleh unit");
    case TicketStatus::Cancelled:
        return tr("Dibatalkan");
    }
    return {};
}

QString TicketDisplay::flag(const QString& flagCode)
{
    auto parsed = reviewFlagFromCode(flagCode);
    return parsed.ok() ? flag(parsed.value()) : QString();
}

QString TicketDisplay::flag(ReviewFlag flag)
{
    switch (flag) {
    case ReviewFlag::SesuaiSop:
        return tr("Sesuai SOP");
    case ReviewFlag::PerluKoreksi:
        return tr("Perlu koreksi");
    }
    return {};
}

QString TicketDisplay::eventKind(TicketEventKind kind)
{
    switch (kind) {
    case TicketEventKind::Note:
        return tr("Catatan");
    case TicketEventKind::Flag:
        return tr("Penilaian");
    case TicketEventKind::StatusChange:
        return tr("Status");
    }
    return {};
}

QString TicketDisplay::stepKind(const QString& nodeKind)
{
    if (nodeKind == QLatin1String("say"))
        return tr("Dibacakan");
    if (nodeKind == QLatin1String("ask"))
        return tr("Ditanyakan");
    if (nodeKind == QLatin1String("collect"))
        return tr("Dicatat");
    if (nodeKind == QLatin1String("outcome"))
        return tr("Penutup");
    return nodeKind;
}

bool TicketDisplay::isOverdue(const Ticket& ticket, const QDateTime& now)
{
    return ticket.status == TicketStatus::Open && ticket.slaDueAt.isValid() && ticket.slaDueAt < now;
}

QString TicketDisplay::customerName(const Ticket& ticket)
{
    return ticket.anonymisedAt.isValid() ? tr("(dianonimkan)") : ticket.content.customerName;
}

} // namespace csodesk::ui
