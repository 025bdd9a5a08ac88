#include "FilerProcess.h"
#include "TicketFixtures.h"

#include <QProcess>
#include <QSet>

#include <catch2/catch.hpp>

#include <memory>
#include <vector>

using namespace csodesk;
using namespace csodesk::test;

TEST_CASE("Several processes filing into one database get distinct numbers and lose nothing", "[tickets]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    constexpr int kProcesses = 4;
    constexpr int kPerProcess = 15;

    if (w.onFloor())
        w.floor->seedInformationCustomers(1000); // whom a floor's filer files for (TicketFiler.cpp)
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int p = 0; p < kProcesses; ++p) {
        const Actor& actor = p % 2 == 0 ? w.agent : w.otherAgent;
        processes.push_back(startFiler(w.workstationUrl(), kPerProcess, 0, actor.userName, TestFloor::password()));
    }
    FilerLog log;
    for (auto& process : processes) {
        REQUIRE(process->waitForFinished(300000));
        FilerLog one = parseFilerOutput(process->readAllStandardOutput());
        one.stderrText = QString::fromUtf8(process->readAllStandardError());
        INFO(one.stderrText.toStdString());
        CHECK(process->exitStatus() == QProcess::NormalExit);
        CHECK(process->exitCode() == 0);
        log.add(one);
    }
    const QStringList reported = log.acknowledged.values();

    CHECK(log.failed.isEmpty());
    CHECK(reported.size() == kProcesses * kPerProcess);
    CHECK(QSet<QString>(reported.begin(), reported.end()).size() == kProcesses * kPerProcess);
    QSet<QString> stored;
    REQUIRE(w.queriesOf(w.supervisor)
                .forEach(w.supervisor, {},
                    [&stored](const Ticket& ticket) {
                        stored.insert(ticket.number);
                        return true;
                    })
                .ok());
    CHECK(stored == QSet<QString>(reported.begin(), reported.end()));
}
