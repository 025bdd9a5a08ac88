#pragma once

#include "calls/IncomingCall.h"
#include "common/Result.h"

#include <QObject>

class QLocalServer;
class QLocalSocket;

namespace csodesk::ui {

// The local socket a running csodesk listens on for screen pops, one per user: on Unix in the
// user's runtime directory (XDG_RUNTIME_DIR, mode 0700: nobody else can take the name or
// connect), else "csodesk-<uid>" / "csodesk-<user name>". CSODESK_SCREEN_POP_SOCKET overrides
// it, so tests never touch a real user's socket.
[[nodiscard]] QString incomingCallSocketName();

// Receives IncomingCall lines from other csodesk processes (started by the softphone) and
// announces each valid one. Every line is answered: "ok" when accepted, "invalid" when not;
// "ok" means this instance has the call, not that a workspace has shown it yet (that may wait
// for a sign-in).
class IncomingCallServer : public QObject {
    Q_OBJECT

public:
    explicit IncomingCallServer(QString name = incomingCallSocketName(), QObject* parent = nullptr);
    ~IncomingCallServer() override;

    // Starts listening. A socket left behind by a crashed instance is removed, but only after a
    // connect to it was refused: a live instance keeps its socket and this one gets a Conflict,
    // one that does not answer in time keeps it too (Unavailable).
    [[nodiscard]] Status listen();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] const QString& name() const { return m_name; }

Q_SIGNALS:
    // Queued after the answer was sent, so a question the receiver asks (a modal box) never
    // keeps the sending process waiting.
    void callReceived(const csodesk::IncomingCall& call);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket* socket);

    QString m_name;
    QLocalServer* m_server;
};

enum class HandOverOutcome {
    Delivered, // a running instance answered "ok"
    NoInstance, // nothing listens: the caller should start normally and take the call itself
    Failed, // something listens but did not accept the call in time, or refused it
};

// Tries to give `call` to a running instance: connects, sends one line, waits for the answer.
// Blocking, with a short timeout; needs no event loop (it runs before the QApplication exists).
[[nodiscard]] HandOverOutcome handOverIncomingCall(
    const IncomingCall& call, const QString& name = incomingCallSocketName(), int timeoutMs = 3000);

} // namespace csodesk::ui
