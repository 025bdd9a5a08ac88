#include "DraftValidation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace csodesk {

namespace {

constexpr int kMaxTextLength = 4000;

Error invalid(const char* message)
{
    return makeError(ErrorKind::InvalidInput, QCoreApplication::translate("Tickets", message),
        QStringLiteral("draft rejected: %1").arg(QString::fromLatin1(message)));
}

// What the database function of a floor allows (migration 005), checked here first so both
// dialects refuse the same drafts with a message the agent can act on.
constexpr qsizetype kMaxFieldsJsonChars = qsizetype { 64 } * 1024;
constexpr qsizetype kMaxPathJsonChars = qsizetype { 256 } * 1024;
constexpr qsizetype kMaxNameChars = 200;
constexpr qsizetype kMaxIdChars = 100;

// NUL and the other C0 controls have no business in a ticket: PostgreSQL refuses NUL in text
// (and used to log the statement with the customer's data), and a stray escape garbles every
// export. Line breaks and tabs are kept where people write prose.
bool hasControlCharacter(const QString& text, bool prose)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (prose && (u == u'\n' || u == u'\r' || u == u'\t'))
            continue;
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

Error controlCharacterIn(const QString& what)
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("Tickets", "%1 berisi karakter kendali (misalnya NUL); hapus karakter itu.")
            .arg(what),
        QStringLiteral("draft rejected: control character"));
}

Status checkTexts(const TicketDraft& draft)
{
    const auto ids = { draft.customerIdpel, draft.issueTypeId, draft.subIssueTypeId, draft.sopId, draft.unitCode };
    for (const QString& id : ids) {
        if (id.size() > kMaxIdChars || hasControlCharacter(id, false))
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("Tickets", "Kode pada tiket terlalu panjang atau berisi karakter kendali."),
                QStringLiteral("draft rejected: bad id"));
    }
    if (draft.customerName.size() > kMaxNameChars || draft.unitName.size() > kMaxNameChars)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Tickets", "Nama pelanggan atau unit terlalu panjang (maksimal 200 karakter)."),
            QStringLiteral("draft rejected: name too long"));
    if (hasControlCharacter(draft.customerName, false) || hasControlCharacter(draft.unitName, false))
        return controlCharacterIn(QCoreApplication::translate("Tickets", "Nama pelanggan atau unit"));
    if (hasControlCharacter(draft.description, true))
        return controlCharacterIn(QCoreApplication::translate("Tickets", "Uraian"));
    if (hasControlCharacter(draft.agentNote, true))
        return controlCharacterIn(QCoreApplication::translate("Tickets", "Catatan agen"));
    for (auto it = draft.fields.cbegin(); it != draft.fields.cend(); ++it) {
        if (hasControlCharacter(it.key(), false) || hasControlCharacter(it.value(), true))
            return controlCharacterIn(QCoreApplication::translate("Tickets", "Isian \"%1\"").arg(it.key()));
    }
    for (qsizetype i = 0; i < draft.path.size(); ++i) {
        const TranscriptStep& step = draft.path.at(i);
        bool bad = hasControlCharacter(step.nodeId, false) || hasControlCharacter(step.text, true)
            || hasControlCharacter(step.choiceId, false) || hasControlCharacter(step.choiceLabel, true);
        for (auto it = step.fields.cbegin(); it != step.fields.cend(); ++it)
            bad = bad || hasControlCharacter(it.key(), false) || hasControlCharacter(it.value(), true);
        for (const QString& warning : step.confirmed)
            bad = bad || hasControlCharacter(warning, true);
        if (bad)
            return controlCharacterIn(QCoreApplication::translate("Tickets", "Langkah %1 jalur SOP").arg(i + 1));
    }
    // The sizes the stored JSON will have: a huge path made every later look-up of the
    // customer slow and hungry.
    QJsonArray path;
    for (const TranscriptStep& step : draft.path)
        path.append(transcriptStepToJson(step));
    QJsonObject fields;
    for (auto it = draft.fields.cbegin(); it != draft.fields.cend(); ++it)
        fields.insert(it.key(), it.value());
    if (QJsonDocument(fields).toJson(QJsonDocument::Compact).size() > kMaxFieldsJsonChars
        || QJsonDocument(path).toJson(QJsonDocument::Compact).size() > kMaxPathJsonChars)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "Tickets", "Isian atau jalur SOP tiket terlalu besar (isian 64 KiB, jalur 256 KiB paling besar)."),
            QStringLiteral("draft rejected: fields or path too large"));
    return {};
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
    return checkTexts(draft);
}

} // namespace csodesk
