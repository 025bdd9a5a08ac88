// Reliability 3: the PostgreSQL server restarted while agents file. Clients reconnect by
// themselves; every acknowledged ticket is there exactly once; a ticket whose answer was lost
// in the restart is retried with its request id and so is filed once, or reported failed —
// never twice. Runs on a server of its own, so the rest of the test run is not disturbed.
#include "FilerProcess.h"
#include "TestDatabase.h"
#include "TestFloor.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

const QString kScript = QStringLiteral(CSODESK_SOURCE_DIR "/scripts/pg-test-server.sh");

int runScript(const QString& action, const QString& dir)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral("bash"), { kScript, action, dir });
    if (!script.waitForFinished(120'000))
        return -1;
    if (script.exitCode() != 0)
        WARN(script.readAll().toStdString());
    return script.exitCode();
}

// A server of this test's own, stopped (and its files removed) whatever happens.
class OwnServer {
public:
    OwnServer()
        : m_dir(m_parent.filePath(QStringLiteral("pg")))
    {
        m_started = runScript(QStringLiteral("start"), m_dir) == 0;
        // Its superuser's password (scram-sha-256), for this process and the filers it starts.
        m_savedPassFile = qgetenv("PGPASSFILE");
        qputenv("PGPASSFILE", QFile::encodeName(m_dir + QStringLiteral("/pgpass")));
    }
    ~OwnServer()
    {
        runScript(QStringLiteral("stop"), m_dir);
        qputenv("PGPASSFILE", m_savedPassFile);
    }
    [[nodiscard]] bool started() const { return m_started; }
    [[nodiscard]] QString url() const
    {
        QFile file(m_dir + QStringLiteral("/url"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    }
    [[nodiscard]] int restart() const { return runScript(QStringLiteral("restart"), m_dir); }

private:
    QTemporaryDir m_parent;
    QString m_dir;
    QByteArray m_savedPassFile;
    bool m_started = false;
};

} // namespace

TEST_CASE(
    "A PostgreSQL restart in the middle of filing loses and duplicates nothing", "[reliability][restart][postgresql]")
{
    if (!postgresAvailable())
        return;
    constexpr int kFilers = 4;
    constexpr int kTickets = 1000;
    OwnServer server;
    REQUIRE(server.started());
    auto url = DatabaseUrl::parse(server.url());
    REQUIRE(url.ok());
    auto owner = openMigratedDatabase(url.value());
    REQUIRE(owner.ok());
    // The filers sign in as a floor's agent, through a URL that names no login.
    SystemClock clock;
    TestFloor floor(*owner.value(), clock);
    const QString agentName = floor.addPerson(QStringLiteral("agent"), Role::Agent);
    floor.seedInformationCustomers(1000);
    qputenv("CSODESK_PASSWORD", TestFloor::password().toUtf8());

    std::vector<std::unique_ptr<QProcess>> filers;
    std::vector<QByteArray> outputs(kFilers);
    for (int f = 0; f < kFilers; ++f)
        filers.push_back(startFiler(floor.url().toString(), kTickets, 60, agentName));
    const auto acknowledgedSoFar = [&] {
        int acks = 0;
        for (int f = 0; f < kFilers; ++f) {
            outputs[static_cast<std::size_t>(f)] += filers[static_cast<std::size_t>(f)]->readAllStandardOutput();
            acks += static_cast<int>(outputs[static_cast<std::size_t>(f)].count("\nok ")
                + outputs[static_cast<std::size_t>(f)].startsWith("ok "));
        }
        return acks;
    };
    while (acknowledgedSoFar() < 60) {
        REQUIRE(filers.front()->state() == QProcess::Running);
        filers.front()->waitForReadyRead(1'000);
    }
    const int beforeRestart = acknowledgedSoFar();
    REQUIRE(server.restart() == 0);

    FilerLog all;
    for (int f = 0; f < kFilers; ++f) {
        auto& filer = filers[static_cast<std::size_t>(f)];
        REQUIRE(filer->waitForFinished(180'000));
        outputs[static_cast<std::size_t>(f)] += filer->readAllStandardOutput();
        all.add(parseFilerOutput(outputs[static_cast<std::size_t>(f)]));
    }
    // The restart happened with work left to do, and the clients carried on afterwards.
    CHECK(beforeRestart < kFilers * kTickets);
    CHECK(all.acknowledged.size() > beforeRestart);
    CHECK(all.tried.size() == kFilers * kTickets);
    WARN("restart: " << all.acknowledged.size() << " acknowledged, " << all.failed.size()
                     << " reported failed, restart after " << beforeRestart);
    for (const QString& failure : std::as_const(all.failed))
        WARN("reported failed: " << failure.toStdString());

    auto database = Database::open(url.value());
    REQUIRE(database.ok());
    checkAcknowledgedPresentOnce(*database.value(), all);
    const TicketCounts counts = countTickets(*database.value());
    CHECK(counts.distinctNumbers == counts.rows);
    CHECK(counts.distinctRequestIds == counts.rows);
    CHECK(counts.rows >= all.acknowledged.size());
    CHECK(counts.rows <= all.tried.size());
}
