#include "IncomingCallServer.h"

#include "common/LogFormat.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#include <spdlog/spdlog.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace csodesk::ui {

namespace {

// A line is a phone and an id in JSON: far below this. More without a newline is not ours.
constexpr qint64 kMaxLine = 2048;
// A client that connects and says nothing is dropped, so it cannot hold a socket open forever.
constexpr int kClientTimeoutMs = 5000;
const QByteArray kAccepted = QByteArrayLiteral("ok\n");
const QByteArray kRefused = QByteArrayLiteral("invalid\n");

} // namespace

QString incomingCallSocketName()
{
    QString overridden = qEnvironmentVariable("CSODESK_SCREEN_POP_SOCKET");
    if (!overridden.isEmpty())
        return overridden;
#ifdef Q_OS_UNIX
    const QString user = QString::number(::getuid());
    // Only XDG_RUNTIME_DIR itself: QStandardPaths would otherwise create a /tmp fallback.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return QDir(runtime).filePath(QStringLiteral("csodesk-") + user);
#else
    const QString user = qEnvironmentVariable("USERNAME");
#endif
    return QStringLiteral("csodesk-") + user;
}

IncomingCallServer::IncomingCallServer(QString name, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_server(new QLocalServer(this))
{
    // Only this user may connect, wherever the socket lives.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &IncomingCallServer::onNewConnection);
}

IncomingCallServer::~IncomingCallServer() = default;

bool IncomingCallServer::isListening() const
{
    return m_server->isListening();
}

Status IncomingCallServer::listen()
{
    // Ask first: with UserAccessOption, Qt binds elsewhere and renames the socket onto the name,
    // which would silently take it from an instance that is alive.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1000)) {
        probe.abort();
        return makeError(ErrorKind::Conflict,
            tr("csodesk lain sudah menerima panggilan masuk untuk pengguna ini; jendela ini tidak menerimanya."),
            QStringLiteral("another instance listens on the screen-pop socket"));
    }
    if (probe.error() != QLocalSocket::ServerNotFoundError && probe.error() != QLocalSocket::ConnectionRefusedError) {
        // Something is there but did not answer in time (busy, hung): leave it alone.
        return makeError(ErrorKind::Unavailable,
            tr("Panggilan masuk dari telepon tidak bisa diterima oleh jendela ini."),
            QStringLiteral("screen-pop socket: probe failed: ") + probe.errorString());
    }
    // Nobody answered: what is left at the name is a crashed instance's socket.
    QLocalServer::removeServer(m_name);
    if (m_server->listen(m_name))
        return {};
    return makeError(ErrorKind::Unavailable, tr("Panggilan masuk dari telepon tidak bisa diterima oleh jendela ini."),
        QStringLiteral("screen-pop socket: ") + m_server->errorString());
}

void IncomingCallServer::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        QTimer::singleShot(kClientTimeoutMs, socket, [socket] { socket->abort(); });
        onReadyRead(socket); // the line may have arrived with the connection
    }
}

void IncomingCallServer::onReadyRead(QLocalSocket* socket)
{
    if (socket->state() != QLocalSocket::ConnectedState)
        return; // answered already: one line per connection
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxLine) {
            spdlog::warn("screen pop: dropped a client sending more than {} bytes without a line", kMaxLine);
            socket->abort();
        }
        return;
    }
    const auto call = parseIncomingCallLine(socket->readLine(kMaxLine + 1));
    socket->write(call.ok() ? kAccepted : kRefused);
    socket->flush();
    socket->disconnectFromServer();
    if (!call.ok()) {
        spdlog::warn("screen pop: refused a line: {}", call.error().detail);
        return;
    }
    spdlog::info("screen pop: received a call{}", call->callId.isEmpty() ? "" : " with a telephony id");
    QTimer::singleShot(0, this, [this, received = call.value()] { Q_EMIT callReceived(received); });
}

HandOverOutcome handOverIncomingCall(const IncomingCall& call, const QString& name, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(int(deadline.remainingTime()))) {
        // Not there, or left behind by a crash: either way no instance will take the call.
        const auto error = socket.error();
        return error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError
            ? HandOverOutcome::NoInstance
            : HandOverOutcome::Failed;
    }
    socket.write(serializeIncomingCall(call));
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return HandOverOutcome::Failed;
    QByteArray answer;
    while (!answer.contains('\n') && !deadline.hasExpired()) {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
        answer += socket.read(64);
        if (answer.size() > 64)
            break;
    }
    return answer == kAccepted ? HandOverOutcome::Delivered : HandOverOutcome::Failed;
}

} // namespace csodesk::ui
