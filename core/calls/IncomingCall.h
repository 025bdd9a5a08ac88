#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace csodesk {

// A call the telephony hands to the desktop (screen pop): who is calling and, when the
// softphone tells us, its own id of the call. Both are checked before anything sees them,
// because they come from outside the program (a command line, a URL, a local socket).
struct IncomingCall {
    QString phone; // as the telephony sent it, trimmed: digits, '+', spaces, '-'
    QString callId; // empty when the telephony gave none

    friend bool operator==(const IncomingCall&, const IncomingCall&) = default;
};

inline constexpr int kIncomingPhoneMaxLength = 20;
inline constexpr int kIncomingCallIdMaxLength = 64;

// Whether the command line asks for a screen pop: `--incoming-call` or a `csodesk:` URL.
// `arguments` is the whole list, the program's name first (QCoreApplication::arguments()).
[[nodiscard]] bool isIncomingCallRequest(const QStringList& arguments);

// `csodesk --incoming-call PHONE [--call-id ID]` or `csodesk csodesk://call?ani=PHONE&id=ID`.
// Other options (--db, --language, ...) are left to the program's own parser.
[[nodiscard]] Result<IncomingCall> parseIncomingCallArguments(const QStringList& arguments);

// `csodesk://call?ani=PHONE&id=ID` or `csodesk:call?ani=PHONE&id=ID`; `id` is optional.
[[nodiscard]] Result<IncomingCall> parseIncomingCallUrl(const QString& text);

// The checks every source shares; the values come back trimmed.
[[nodiscard]] Result<IncomingCall> validateIncomingCall(const QString& phone, const QString& callId);

// One line for the local socket: a compact JSON object and a '\n'.
[[nodiscard]] QByteArray serializeIncomingCall(const IncomingCall& call);
// The reverse, with the same checks as the other sources (a line may come from anyone who can
// reach the socket). The trailing '\n' is optional.
[[nodiscard]] Result<IncomingCall> parseIncomingCallLine(const QByteArray& line);

} // namespace csodesk
