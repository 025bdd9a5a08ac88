// A call draft file (csodesk-cli tickets file --draft FILE, the desktop's saved call): any bytes
// give a draft that filing accepts or refuses with a message, never a crash. What filing lets
// through holds no control character and stays within the caps (issue 13).
#include "tickets/DraftValidation.h"
#include "tickets/TicketDraft.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {

bool hasControl(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    auto draft = csodesk::ticketDraftFromJson(document.object());
    if (!draft.ok()) {
        if (draft.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    const csodesk::Status valid = csodesk::validateDraftForFiling(draft.value());
    if (!valid.ok()) {
        if (valid.error().message.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (hasControl(draft->customerName) || hasControl(draft->customerIdpel) || hasControl(draft->unitCode))
        __builtin_trap();
    return 0;
}
