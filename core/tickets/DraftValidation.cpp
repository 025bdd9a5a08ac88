#include "DraftValidation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace csodesk {

namespace {

constexpr int kMaxTextLength = 4000;

Error invalid(const char* message)
{
    return makeError(ErrorKind::InvalidInput, QCoreApplication::translate("Tickets", message),
        QStringLiteral("draft rejected: %1").arg(QString::fromLatin1(message)));
}

} // namespace

Status validateDraftForFiling(const TicketDraft& draft)
{
    static const QRegularExpression idpel(QStringLiteral("^[0-9]{12}$"));
    if (!idpel.match(draft.customerIdpel).hasMatch())
        return invalid("IDPEL pelanggan harus 12 angka.");
    if (draft.customerName.trimmed().isEmpty())
        return invalid("Nama pelanggan kosong.");
    if (draft.issueTypeId.isEmpty() || draft.subIssueTypeId.isEmpty())
        return invalid("Jenis dan sub-jenis keluhan harus diisi.");
    if (draft.description.trimmed().isEmpty())
        return invalid("Uraian tiket kosong.");
    if (draft.description.size() > kMaxTextLength || draft.agentNote.size() > kMaxTextLength)
        return invalid("Uraian atau catatan terlalu panjang (maksimal 4000 karakter).");
    if (draft.sopId.isEmpty() || draft.sopVersion <= 0)
        return invalid("Tiket harus mencatat SOP dan versinya.");
    if (draft.kind == TicketKind::Keluhan) {
        if (draft.routing != TicketRouting::CustomerUnit || draft.unitCode.isEmpty())
            return invalid("KELUHAN harus diteruskan ke unit pelanggan (kode unit kosong).");
        if (draft.slaHours <= 0)
            return invalid("KELUHAN harus punya batas waktu penyelesaian (SLA).");
    } else {
        if (draft.routing != TicketRouting::ContactCenter)
            return invalid("Tiket Issue Closed diselesaikan di Contact Center, tidak diteruskan ke unit.");
        if (draft.slaHours != 0)
            return invalid("Tiket Issue Closed tidak punya SLA.");
    }
    return {};
}

} // namespace csodesk
