#include "ScreenPop.h"

#include "LoginDialog.h"
#include "MainWindow.h"
#include "SessionController.h"
#include "agent/AgentWorkspace.h"
#include "common/LogFormat.h"
#include "toolkit/DisplayNames.h"
#include "toolkit/Messages.h"

#include <QApplication>
#include <QStatusBar>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace csodesk::ui {

namespace {

constexpr int kRetryMs = 250;
constexpr int kNoticeMs = 60 * 1000;

} // namespace

ScreenPop::ScreenPop(MainWindow& window, SessionController& session, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &ScreenPop::deliver);
    // Queued: the new workspace first asks about a saved call (its own queued question), and
    // the call waits for that answer instead of racing it.
    connect(
        &m_session, &SessionController::loggedIn, this, [this] { QTimer::singleShot(0, this, &ScreenPop::deliver); });
}

void ScreenPop::take(const IncomingCall& call)
{
    m_window.bringToFront();
    m_pending = call;
    m_received.start();
    if (!m_session.actor()) {
        spdlog::info("screen pop: call kept until someone signs in");
        m_window.statusBar()->showMessage(
            tr("Panggilan masuk dari %1 — masuk untuk menerimanya; nomornya langsung dicari.").arg(call.phone));
        return;
    }
    deliver();
}

void ScreenPop::deliver()
{
    if (!m_pending)
        return;
    if (m_received.hasExpired(kPendingLimitMs)) {
        spdlog::info("screen pop: dropped a call that waited more than {} minutes", kPendingLimitMs / 60000);
        m_pending.reset();
        m_window.statusBar()->clearMessage();
        return;
    }
    const std::optional<Actor>& actor = m_session.actor();
    if (!actor)
        return; // the sign-in delivers it
    auto* workspace = qobject_cast<AgentWorkspace*>(m_window.workspace());
    if (workspace == nullptr) {
        const IncomingCall call = *std::exchange(m_pending, std::nullopt);
        m_window.statusBar()->showMessage(tr("Panggilan masuk dari %1 tidak dibuka: peran %2 tidak memiliki ruang "
                                             "kerja agen.")
                                              .arg(call.phone, roleDisplayName(actor->role)),
            kNoticeMs);
        return;
    }
    if (QApplication::activeModalWidget() != nullptr) {
        m_retry->start(); // a question is open: after its answer
        return;
    }
    const IncomingCall call = *std::exchange(m_pending, std::nullopt);
    if (workspace->isCallActive()) {
        spdlog::info("screen pop: refused, a call is already running in the workspace");
        const QString text = tr("Panggilan masuk dari %1. Panggilan sebelumnya masih terbuka: buat tiketnya atau "
                                "akhiri panggilan itu, lalu cari nomor ini.")
                                 .arg(call.phone);
        m_window.statusBar()->showMessage(text, kNoticeMs);
        Messages::inform(&m_window, tr("Panggilan masuk"), text);
        return;
    }
    m_window.statusBar()->clearMessage();
    workspace->takeIncomingCall(call.phone, call.callId);
}

} // namespace csodesk::ui
