// The "agent" of the multi-process tests (tickets, reliability): a separate process that files
// tickets one by one and says what happened to each on stdout, flushed line by line, so that a
// test that kills it knows exactly which tickets were acknowledged.
//   csodesk_test_filer DB_URL COUNT [--retry SECONDS] [--user NAME]
// Per ticket:  "try <request-id>" before filing, then "ok <request-id> <number>" once the
// service acknowledged it, or "failed <request-id> <kind> <message>".
// With --retry, a ticket whose filing hit an unavailable database is retried with the same
// request id (as the desktop does) for up to SECONDS before it is reported failed.
// It files as the agent NAME (default "agent"), who must exist in the database.
// Exit: 0 all filed, 1 some failed, 2 usage, 4 cannot open the database.
#include "SampleCustomers.h"
#include "SampleDrafts.h"
#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "tickets/TicketService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QUuid>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace csodesk;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout); // acknowledged means on the pipe before the next ticket starts
}

} // namespace

// How many customers the filer files for: TestFloor::seedInformationCustomers seeds them on a
// floor, the filer itself in embedded mode (filing refuses a customer that is not there).
constexpr int kFloorCustomers = test::kSampleCustomers;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::off); // stdout is the protocol
    const QStringList args = app.arguments();
    qint64 retryMs = 0;
    QString userName = QStringLiteral("agent");
    bool usage = args.size() < 3 || args.size() % 2 == 0;
    for (int i = 3; !usage && i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--retry"))
            retryMs = args.at(i + 1).toLongLong() * 1000;
        else if (args.at(i) == QLatin1String("--user"))
            userName = args.at(i + 1);
        else
            usage = true;
    }
    if (usage) {
        std::fputs("usage: csodesk_test_filer DB_URL COUNT [--retry SECONDS] [--user NAME]\n", stderr);
        return 2;
    }
    auto url = DatabaseUrl::parse(args.at(1));
    if (!url.ok())
        return 2;
    auto opened = Database::open(url.value());
    if (!opened.ok()) {
        std::fprintf(stderr, "%s (%s)\n", qPrintable(opened.error().message), qPrintable(opened.error().detail));
        return 4;
    }
    Database& database = *opened.value();
    SystemClock clock;
    AuditLog audit(database, clock);
    TicketService tickets(database, audit, clock, QStringLiteral("54"));
    // A floor's URL names no login: the filer signs in as the person (CSODESK_PASSWORD), as the
    // CLI does, and files for the customers test::TestFloor seeds.
    const bool floor = database.peopleAreDatabaseLogins();
    Actor actor;
    if (floor) {
        const PasswordHasher hasher;
        auto signedIn
            = AuthService(database, audit, clock, hasher).login(userName, qEnvironmentVariable("CSODESK_PASSWORD"));
        if (!signedIn.ok()) {
            std::fprintf(
                stderr, "cannot sign in as '%s': %s\n", qPrintable(userName), qPrintable(signedIn.error().detail));
            return 4;
        }
        actor = signedIn.value();
    } else {
        auto agentId = database.read([&userName](QSqlDatabase& db) {
            return queryScalar(db, QStringLiteral("SELECT id FROM users WHERE name = ?"), { userName });
        });
        if (!agentId.ok() || !agentId->isValid()) {
            std::fprintf(stderr, "no user '%s' in the database\n", qPrintable(userName));
            return 4;
        }
        actor = Actor { agentId->toLongLong(), userName, Role::Agent };
    }

    if (!floor) {
        if (Status seeded = test::seedSampleCustomers(database); !seeded.ok()) {
            std::fprintf(stderr, "cannot seed the customers: %s\n", qPrintable(seeded.error().detail));
            return 4;
        }
    }
    const int count = args.at(2).toInt();
    const int offset = static_cast<int>(QCoreApplication::applicationPid() % kFloorCustomers);
    int failures = 0;
    for (int i = 0; i < count; ++i) {
        const TicketDraft draft = test::informationDraft((offset + i) % kFloorCustomers);
        FilingRequest request;
        request.callStartedAt = clock.nowUtc().addSecs(-60);
        request.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        say(QStringLiteral("try ") + request.clientRequestId);
        QElapsedTimer retrying;
        retrying.start();
        for (;;) {
            auto filed = tickets.file(actor, draft, request);
            if (filed.ok()) {
                say(QStringLiteral("ok %1 %2").arg(request.clientRequestId, filed->ticket.number));
                break;
            }
            if (filed.error().kind == ErrorKind::Unavailable && retrying.elapsed() < retryMs) {
                QThread::msleep(100);
                continue;
            }
            say(QStringLiteral("failed %1 %2 %3")
                    .arg(request.clientRequestId)
                    .arg(static_cast<int>(filed.error().kind))
                    .arg(filed.error().message));
            ++failures;
            break;
        }
    }
    return failures == 0 ? 0 : 1;
}
