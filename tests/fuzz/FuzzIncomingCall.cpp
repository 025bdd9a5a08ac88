// Screen pop input comes from the telephony: a csodesk: URL, the command line, and lines on
// the local socket that anyone running as this user can write.
#include "calls/IncomingCall.h"

#include <cstddef>
#include <cstdint>

namespace {

// Whatever is accepted must be what the checks promise, and survive the socket unchanged.
void checkAccepted(const csodesk::Result<csodesk::IncomingCall>& call)
{
    if (!call.ok())
        return;
    if (call->phone.isEmpty() || call->phone.size() > csodesk::kIncomingPhoneMaxLength
        || call->callId.size() > csodesk::kIncomingCallIdMaxLength)
        __builtin_trap();
    const auto again = csodesk::parseIncomingCallLine(csodesk::serializeIncomingCall(call.value()));
    if (!again.ok() || !(again.value() == call.value()))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(bytes);
    checkAccepted(csodesk::parseIncomingCallUrl(text));
    checkAccepted(csodesk::parseIncomingCallLine(bytes));
    checkAccepted(
        csodesk::parseIncomingCallArguments(QStringList { QStringLiteral("csodesk") } + text.split(QLatin1Char('\n'))));
    return 0;
}
