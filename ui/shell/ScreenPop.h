#pragma once

#include "calls/IncomingCall.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

class QTimer;

namespace csodesk::ui {

class MainWindow;
class SessionController;

// Where a call handed over by the telephony goes: the window comes to the front, and the agent
// workspace takes the call (AgentWorkspace::takeIncomingCall). Nobody signed in: the call waits
// for the sign-in (for kPendingLimitMs at most — after that it has surely ended). A supervisor
// or admin has no agent workspace: the status bar says so. A call already running in the
// workspace is never replaced: the agent is told the new number and finishes the running call
// first (replacing it would throw away its SOP steps on the telephony's word, and ending it
// has its own question). While a question is open (the offer to resume a saved call, say) the
// call waits until it is answered.
class ScreenPop : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kPendingLimitMs = qint64(15) * 60 * 1000;

    ScreenPop(MainWindow& window, SessionController& session, QObject* parent = nullptr);

    void take(const IncomingCall& call);
    // The call waiting for a sign-in or an answered question (none: delivered, refused or
    // nothing came).
    [[nodiscard]] const std::optional<IncomingCall>& pending() const { return m_pending; }

private:
    void deliver();

    MainWindow& m_window;
    SessionController& m_session;
    std::optional<IncomingCall> m_pending;
    QElapsedTimer m_received;
    QTimer* m_retry;
};

} // namespace csodesk::ui
