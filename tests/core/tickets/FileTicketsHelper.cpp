// A separate process that files tickets in a loop, so a test can run several of them against
// one database at once (the way several desktop processes share one SQLite file).
//   csodesk_file_tickets_helper DB_URL USER_ID USER_NAME COUNT
// Prints each filed ticket number on its own line; exits 1 on the first failure.
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "tickets/TicketService.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUuid>

#include <spdlog/spdlog.h>

using namespace csodesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::off); // stdout carries the ticket numbers only
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        err << "usage: csodesk_file_tickets_helper DB_URL USER_ID USER_NAME COUNT\n";
        return 2;
    }
    auto url = DatabaseUrl::parse(args.at(1));
    if (!url.ok()) {
        err << url.error().message << "\n";
        return 2;
    }
    auto database = Database::open(url.value());
    if (!database.ok()) {
        err << database.error().message << " / " << database.error().detail << "\n";
        return 1;
    }
    SystemClock clock;
    AuditLog audit(*database.value(), clock);
    TicketService tickets(*database.value(), audit, clock, QStringLiteral("54"));
    const Actor actor{args.at(2).toLongLong(), args.at(3), Role::Agent};

    TicketDraft draft;
    draft.kind = TicketKind::IssueClosed;
    draft.issueTypeId = QStringLiteral("informasi");
    draft.subIssueTypeId = QStringLiteral("informasi.umum");
    draft.customerIdpel = QStringLiteral("541100000123");
    draft.customerName = QStringLiteral("Budi Santoso");
    draft.description = QStringLiteral("INFORMASI UMUM TELAH DIJELASKAN");
    draft.sopId = QStringLiteral("sop-umum");
    draft.sopVersion = 1;

    const int count = args.at(4).toInt();
    for (int i = 0; i < count; ++i) {
        FilingRequest request;
        request.callStartedAt = clock.nowUtc().addSecs(-30);
        request.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto filed = tickets.file(actor, draft, request);
        if (!filed.ok()) {
            err << filed.error().message << " / " << filed.error().detail << "\n";
            return 1;
        }
        out << filed->ticket.number << "\n";
    }
    return 0;
}
