// Reliability 2: many agents filing at once — 4 processes on one SQLite file, 50 connections
// on PostgreSQL. Every ticket present, numbers unique, no error reaches the user (waits for
// the lock are retried inside the storage layer: the busy timeout, PostgreSQL's row lock).
#include "FilerProcess.h"
#include "SampleDrafts.h"
#include "TestDatabase.h"
#include "TestFloor.h"
#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "tickets/TicketService.h"

#include <QMutex>
#include <QThread>
#include <QUuid>

#include <catch2/catch.hpp>

#include <atomic>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("Four processes filing 2,000 tickets each on one SQLite file", "[reliability][concurrency]")
{
    constexpr int kProcesses = 4;
    constexpr int kTickets = 2'000;
    auto test = TestDatabase::create("sqlite");
    createFilerAgent(test->db());
    std::vector<std::unique_ptr<QProcess>> filers;
    for (int p = 0; p < kProcesses; ++p)
        filers.push_back(startFiler(test->urlText(), kTickets));
    FilerLog all;
    for (auto& filer : filers) {
        REQUIRE(filer->waitForFinished(240'000));
        INFO(filer->readAllStandardError().toStdString());
        CHECK(filer->exitCode() == 0);
        all.add(parseFilerOutput(filer->readAllStandardOutput()));
    }
    CHECK(all.failed.isEmpty());
    REQUIRE(all.acknowledged.size() == kProcesses * kTickets);
    const TicketCounts counts = countTickets(test->db());
    CHECK(counts.rows == kProcesses * kTickets);
    CHECK(counts.distinctNumbers == counts.rows);
    checkAcknowledgedPresentOnce(test->db(), all);
}

TEST_CASE("Fifty connections filing 200 tickets each on PostgreSQL", "[reliability][concurrency][postgresql]")
{
    if (!postgresAvailable())
        return;
    constexpr int kAgents = 50;
    constexpr int kTickets = 200;
    auto test = TestDatabase::create("postgresql");
    SystemClock clock;
    // As on a floor: the agent's own login, each thread opening its own connection as it.
    TestFloor floor(test->db(), clock);
    const QString agentName = floor.addPerson(QStringLiteral("agent"), Role::Agent);
    floor.seedInformationCustomers(kAgents * 1000);
    auto opened = Database::open(floor.url());
    REQUIRE(opened.ok());
    Database& agentDesk = *opened.value();
    AuditLog audit(agentDesk, clock);
    const PasswordHasher hasher;
    auto signedIn = AuthService(agentDesk, audit, clock, hasher).login(agentName, TestFloor::password());
    REQUIRE(signedIn.ok());
    const Actor agent = signedIn.value();
    TicketService tickets(agentDesk, audit, clock, QStringLiteral("54"));
    std::atomic<int> failures { 0 };
    QStringList firstErrors;
    QMutex errorsLock;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int a = 0; a < kAgents; ++a) {
        // One Database, one connection per thread: 50 sessions on the server.
        threads.emplace_back(QThread::create([&, a] {
            for (int i = 0; i < kTickets; ++i) {
                const TicketDraft draft = informationDraft(a * 1000 + i);
                FilingRequest request;
                request.callStartedAt = clock.nowUtc().addSecs(-60);
                request.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                auto filed = tickets.file(agent, draft, request);
                if (!filed.ok()) {
                    ++failures;
                    QMutexLocker lock(&errorsLock);
                    if (firstErrors.size() < 5)
                        firstErrors << filed.error().message + QStringLiteral(" / ") + filed.error().detail;
                }
            }
        }));
        threads.back()->start();
    }
    for (auto& thread : threads)
        thread->wait();
    INFO(firstErrors.join(QLatin1Char('\n')).toStdString());
    CHECK(failures.load() == 0);
    const TicketCounts counts = countTickets(test->db());
    CHECK(counts.rows == kAgents * kTickets);
    CHECK(counts.distinctNumbers == counts.rows);
    CHECK(counts.distinctRequestIds == counts.rows);
}
