// Reliability 1: an agent's process killed (SIGKILL) at random moments while filing. Every
// ticket it was told was filed must be there exactly once, and the file must stay sound.
#include "FilerProcess.h"
#include "TestDatabase.h"
#include "storage/Migrator.h"

#include <QRandomGenerator>
#include <QThread>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

constexpr int kKills = 24;

QString integrityCheck(const DatabaseUrl& url)
{
    auto database = Database::open(url);
    REQUIRE(database.ok());
    auto result = database.value()->read(
        [](QSqlDatabase& db) { return queryScalar(db, QStringLiteral("PRAGMA integrity_check")); });
    REQUIRE(result.ok());
    return result->toString();
}

} // namespace

TEST_CASE(
    "Tickets acknowledged before a SIGKILL survive it exactly once and the file stays sound", "[reliability][crash]")
{
    auto test = TestDatabase::create("sqlite");
    createFilerAgent(test->db());
    const QString url = test->urlText();
    QRandomGenerator random(20261122); // fixed: a failure can be replayed

    FilerLog all;
    int killedWhileFiling = 0;
    for (int round = 0; round < kKills; ++round) {
        auto filer = startFiler(url, 1'000'000);
        // Wait for the first acknowledgement, then let it run a random while: the kill lands
        // anywhere in the filing cycle (before, inside or after a commit).
        QByteArray output;
        while (!output.contains("\nok ") && !output.startsWith("ok ")) {
            REQUIRE(filer->state() == QProcess::Running);
            filer->waitForReadyRead(5'000);
            output += filer->readAllStandardOutput();
        }
        QThread::usleep(random.bounded(1'000, 120'000));
        filer->kill(); // SIGKILL
        REQUIRE(filer->waitForFinished(10'000));
        CHECK(filer->exitStatus() == QProcess::CrashExit);
        output += filer->readAllStandardOutput();
        const FilerLog log = parseFilerOutput(output);
        if (log.tried.size() > log.acknowledged.size())
            ++killedWhileFiling;
        all.add(log);

        // "After each restart": what the next process sees.
        CHECK(integrityCheck(test->url()) == QStringLiteral("ok"));
        auto reopened = openMigratedDatabase(test->url());
        REQUIRE(reopened.ok());
        checkAcknowledgedPresentOnce(*reopened.value(), all);
        const TicketCounts counts = countTickets(*reopened.value());
        CHECK(counts.rows == counts.distinctNumbers);
        CHECK(counts.rows >= all.acknowledged.size());
        CHECK(counts.rows <= all.tried.size());
    }
    CHECK(all.failed.isEmpty());
    // The kills did land while a ticket was in flight, not only between tickets.
    CHECK(killedWhileFiling > 0);
    WARN("crash: " << kKills << " kills, " << all.acknowledged.size() << " acknowledged tickets, " << killedWhileFiling
                   << " kills with a ticket in flight");
}
