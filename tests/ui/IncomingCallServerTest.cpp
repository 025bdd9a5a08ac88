// The screen pop's local socket: a csodesk started by the softphone hands its call to the one
// already running (a real second process, the built binary), and says so by its exit code.
#include "shell/IncomingCallServer.h"

#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#ifdef Q_OS_UNIX
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace csodesk;
using namespace csodesk::ui;

namespace {

// Generous: a loaded CI machine starts the binary slowly; nothing here measures time.
constexpr int kProcessTimeoutMs = 60000;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Starts the desktop binary against `socket` and keeps this process's event loop running, so
// a server here can answer it.
Run runDesktop(const QStringList& arguments, const QString& socket, const QTemporaryDir& dir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CSODESK_SCREEN_POP_SOCKET"), socket);
    environment.insert(QStringLiteral("CSODESK_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("CSODESK_DB"));
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(CSODESK_DESKTOP_PATH), arguments);
    REQUIRE(process.waitForStarted(kProcessTimeoutMs));
    REQUIRE(finished.wait(kProcessTimeoutMs));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

#ifdef Q_OS_UNIX
// What a crashed instance leaves: a socket file nobody listens on.
void leaveStaleSocket(const QString& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = path.toLocal8Bit();
    REQUIRE(std::size_t(encoded.size()) < sizeof(address.sun_path));
    std::memcpy(address.sun_path, encoded.constData(), std::size_t(encoded.size()));
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
    ::close(fd);
    REQUIRE(QFile::exists(path));
}
#endif

} // namespace

TEST_CASE("The socket name is the user's own and the test's override", "[screen-pop]")
{
    const QByteArray saved = qgetenv("CSODESK_SCREEN_POP_SOCKET");
    qunsetenv("CSODESK_SCREEN_POP_SOCKET");
    const QString name = incomingCallSocketName();
    CHECK(name.contains(QStringLiteral("csodesk-")));
#ifdef Q_OS_UNIX
    CHECK(name.endsWith(QString::number(::getuid())));
#endif
    qputenv("CSODESK_SCREEN_POP_SOCKET", "/tmp/elsewhere");
    CHECK(incomingCallSocketName() == QStringLiteral("/tmp/elsewhere"));
    if (saved.isEmpty())
        qunsetenv("CSODESK_SCREEN_POP_SOCKET");
    else
        qputenv("CSODESK_SCREEN_POP_SOCKET", saved);
}

TEST_CASE("csodesk --incoming-call hands the call to the running instance and exits 0", "[screen-pop]")
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("pop"));
    IncomingCallServer server(socket);
    REQUIRE(server.listen().ok());
    QSignalSpy received(&server, &IncomingCallServer::callReceived);

    const Run run = runDesktop({ QStringLiteral("--incoming-call"), QStringLiteral("+62 812-3456"),
                                   QStringLiteral("--call-id"), QStringLiteral("sip-77") },
        socket, dir);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    if (received.isEmpty())
        REQUIRE(received.wait(kProcessTimeoutMs)); // the signal is queued after the answer
    REQUIRE(received.size() == 1);
    const auto call = received.first().first().value<IncomingCall>();
    CHECK(call.phone == QStringLiteral("+62 812-3456"));
    CHECK(call.callId == QStringLiteral("sip-77"));

    SECTION("the same through a csodesk: URL")
    {
        const Run url = runDesktop({ QStringLiteral("csodesk://call?ani=0812345&id=x1") }, socket, dir);
        CHECK(url.exitCode == 0);
        if (received.size() < 2)
            REQUIRE(received.wait(kProcessTimeoutMs));
        CHECK(received.at(1).first().value<IncomingCall>()
            == IncomingCall { QStringLiteral("0812345"), QStringLiteral("x1") });
    }
}

TEST_CASE("A bad screen pop is refused in Indonesian before anything is sent", "[screen-pop]")
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("pop"));
    IncomingCallServer server(socket);
    REQUIRE(server.listen().ok());
    QSignalSpy received(&server, &IncomingCallServer::callReceived);

    const Run run = runDesktop({ QStringLiteral("csodesk://ticket?ani=0812") }, socket, dir);
    CHECK(run.exitCode == 2);
    CHECK(run.err.startsWith(QStringLiteral("csodesk: Tautan csodesk: ini tidak dikenal")));
    QCoreApplication::processEvents();
    CHECK(received.isEmpty());
}

TEST_CASE("An instance that does not answer: a short Indonesian line and exit 1", "[screen-pop]")
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("pop"));
    QLocalServer silent; // accepts and never answers, as a hung instance would
    REQUIRE(silent.listen(socket));

    const Run run = runDesktop({ QStringLiteral("--incoming-call"), QStringLiteral("0812") }, socket, dir);
    CHECK(run.exitCode == 1);
    CHECK(run.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(run.err.contains(QStringLiteral("tidak menerima panggilan masuk")));
}

TEST_CASE("No instance running: the call is not delivered", "[screen-pop]")
{
    QTemporaryDir dir;
    const IncomingCall call { QStringLiteral("0812"), {} };
    CHECK(handOverIncomingCall(call, dir.filePath(QStringLiteral("nobody"))) == HandOverOutcome::NoInstance);

#ifdef Q_OS_UNIX
    SECTION("a socket left by a crash is not an instance, and the next one listens over it")
    {
        const QString stale = dir.filePath(QStringLiteral("stale"));
        leaveStaleSocket(stale);
        CHECK(handOverIncomingCall(call, stale) == HandOverOutcome::NoInstance);
        IncomingCallServer server(stale);
        CHECK(server.listen().ok());
        CHECK(server.isListening());
    }
#endif
}

TEST_CASE("A second instance does not take the socket of a live one", "[screen-pop]")
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("pop"));
    IncomingCallServer first(socket);
    REQUIRE(first.listen().ok());
    IncomingCallServer second(socket);
    const Status status = second.listen();
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == ErrorKind::Conflict);
    CHECK(first.isListening());

    // The first still gets the calls.
    QSignalSpy received(&first, &IncomingCallServer::callReceived);
    const Run run = runDesktop({ QStringLiteral("--incoming-call"), QStringLiteral("0812") }, socket, dir);
    CHECK(run.exitCode == 0);
    if (received.isEmpty())
        REQUIRE(received.wait(kProcessTimeoutMs));
}
