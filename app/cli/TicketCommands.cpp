// tickets file/list/show/export/stats/note/status: filing from a draft file, the supervisors'
// queries and review, as a signed-in user.
#include "CliActions.h"
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TicketFormat.h"
#include "apkt/ApktCatalogue.h"
#include "calls/InlineCall.h"
#include "common/TimeUtil.h"
#include "tickets/TicketCsvExporter.h"
#include "tickets/TicketQueryService.h"
#include "tickets/TicketService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QUuid>

namespace csodesk::cli {

namespace {

// Everything a ticket sub-command needs once the user has signed in.
struct TicketSession {
    std::shared_ptr<Database> database;
    std::unique_ptr<AuditLog> audit;
    PasswordHasher hasher;
    std::unique_ptr<TicketService> tickets;
    std::unique_ptr<TicketQueryService> queries;
    Actor actor;
};

Result<std::unique_ptr<TicketSession>> signedInSession(CliContext& context, const QString& userName)
{
    auto database = context.database();
    if (!database.ok())
        return database.error();
    auto session = std::make_unique<TicketSession>();
    session->database = database.value();
    session->audit = std::make_unique<AuditLog>(*session->database, context.clock());
    PasswordInput passwords(context);
    auto actor = signIn(context, *session->database, *session->audit, session->hasher, passwords, userName);
    if (!actor.ok())
        return actor.error();
    session->actor = actor.value();
    session->tickets = std::make_unique<TicketService>(
        *session->database, *session->audit, context.clock(), context.settings().siteCode());
    session->queries = std::make_unique<TicketQueryService>(*session->database, context.clock());
    return session;
}

Error badInput(const QString& message)
{
    return makeError(ErrorKind::InvalidInput, message, QStringLiteral("cli input"));
}

// A calendar day in WIB as typed ("2026-11-22") -> the UTC instant its day starts.
Result<QDateTime> wibDayStart(const QString& text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return badInput(QStringLiteral("Tanggal \"%1\" tidak valid; tulis sebagai YYYY-MM-DD.").arg(text));
    return QDateTime(date, QTime(0, 0), wibTimeZone()).toUTC();
}

struct FilterOptions {
    QCommandLineOption from { QStringLiteral("from"), QStringLiteral("First filing day, YYYY-MM-DD (WIB)."),
        QStringLiteral("date") };
    QCommandLineOption to { QStringLiteral("to"), QStringLiteral("Last filing day, inclusive, YYYY-MM-DD (WIB)."),
        QStringLiteral("date") };
    QCommandLineOption agent { QStringLiteral("agent"), QStringLiteral("Filed by this user."), QStringLiteral("name") };
    QCommandLineOption kind { QStringLiteral("kind"), QStringLiteral("ISSUE_CLOSED or KELUHAN."),
        QStringLiteral("kind") };
    QCommandLineOption issue { QStringLiteral("issue"), QStringLiteral("Issue type id."), QStringLiteral("id") };
    QCommandLineOption subIssue { QStringLiteral("sub-issue"), QStringLiteral("Sub-issue type id."),
        QStringLiteral("id") };
    QCommandLineOption unit { QStringLiteral("unit"), QStringLiteral("Routed unit code."), QStringLiteral("code") };
    QCommandLineOption idpel { QStringLiteral("idpel"), QStringLiteral("Customer IDPEL."), QStringLiteral("idpel") };
    QCommandLineOption text { QStringLiteral("text"), QStringLiteral("Text in the description (any case)."),
        QStringLiteral("text") };
    QCommandLineOption open { QStringLiteral("open"), QStringLiteral("Only KELUHAN still open.") };
    QCommandLineOption overdue { QStringLiteral("overdue"), QStringLiteral("Only KELUHAN open past their SLA.") };

    void addTo(QCommandLineParser& parser) const
    {
        for (const QCommandLineOption& option :
            { from, to, agent, kind, issue, subIssue, unit, idpel, text, open, overdue })
            parser.addOption(option);
    }

    [[nodiscard]] Result<TicketFilter> read(const QCommandLineParser& parser) const
    {
        TicketFilter filter;
        if (parser.isSet(from)) {
            auto start = wibDayStart(parser.value(from));
            if (!start.ok())
                return start.error();
            filter.from = start.value();
        }
        if (parser.isSet(to)) {
            auto end = wibDayStart(parser.value(to));
            if (!end.ok())
                return end.error();
            filter.to = end->addDays(1);
        }
        if (parser.isSet(kind)) {
            auto parsed = ticketKindFromCode(parser.value(kind));
            if (!parsed.ok())
                return parsed.error();
            filter.kind = parsed.value();
        }
        filter.agentName = parser.value(agent);
        filter.issueTypeId = parser.value(issue);
        filter.subIssueTypeId = parser.value(subIssue);
        filter.unitCode = parser.value(unit);
        filter.customerIdpel = parser.value(idpel);
        filter.descriptionContains = parser.value(text);
        filter.openOnly = parser.isSet(open);
        filter.overdueOnly = parser.isSet(overdue);
        return filter;
    }
};

const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));

// The retry key of a draft file when none is given: the same user filing the same file again
// gets the ticket of the first attempt back, not a second ticket.
QString requestIdFor(const QString& userName, const QByteArray& draftBytes)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(userName.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(draftBytes);
    return QUuid::fromRfc4122(hash.result().left(16)).toString(QUuid::WithoutBraces);
}

int runFile(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption draftOption(
        QStringLiteral("draft"), QStringLiteral("The TicketDraft JSON file."), QStringLiteral("file"));
    const QCommandLineOption startedOption(QStringLiteral("call-started"),
        QStringLiteral("When the call started (ISO 8601); default: the first step "
                       "of the draft's path, else now."),
        QStringLiteral("time"));
    const QCommandLineOption linkOption(
        QStringLiteral("link"), QStringLiteral("Link to an earlier ticket (repeat report)."), QStringLiteral("number"));
    const QCommandLineOption requestOption(QStringLiteral("request-id"),
        QStringLiteral("Retry key; default: derived from the user and the file, so "
                       "filing the same file again returns the first ticket."),
        QStringLiteral("id"));
    for (const QCommandLineOption& option : { draftOption, startedOption, linkOption, requestOption, jsonOption })
        parser.addOption(option);
    if (auto stop = parseAction(context, parser, QStringLiteral("File a ticket from a draft JSON file.")))
        return *stop;
    if (!parser.isSet(draftOption))
        return context.usage(QStringLiteral("--draft FILE is required"));

    QFile file(parser.value(draftOption));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(makeError(
            ErrorKind::NotFound, QStringLiteral("Berkas draf %1 tidak bisa dibuka.").arg(parser.value(draftOption))));
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return context.fail(
            badInput(QStringLiteral("Berkas draf bukan JSON yang valid: %1").arg(parseError.errorString())));
    auto draft = ticketDraftFromJson(document.object());
    if (!draft.ok())
        return context.fail(draft.error());

    FilingRequest request;
    request.linkedTicketNumber = parser.value(linkOption);
    request.clientRequestId
        = parser.isSet(requestOption) ? parser.value(requestOption) : requestIdFor(parser.value(userOption()), bytes);
    if (parser.isSet(startedOption)) {
        request.callStartedAt = QDateTime::fromString(parser.value(startedOption), Qt::ISODateWithMs);
        if (!request.callStartedAt.isValid())
            return context.fail(badInput(QStringLiteral("Waktu mulai panggilan tidak valid (ISO 8601).")));
    } else if (!draft->path.isEmpty() && draft->path.constFirst().at.isValid()) {
        request.callStartedAt = draft->path.constFirst().at;
    } else {
        request.callStartedAt = context.clock().nowUtc();
    }

    auto session = signedInSession(context, parser.value(userOption()));
    if (!session.ok())
        return context.fail(session.error());
    TicketSession& s = *session.value();
    auto catalogue = ApktCatalogue::builtIn();
    if (!catalogue.ok())
        return context.fail(catalogue.error());
    // The desktop's filing (core/calls), with this command's start and retry key.
    InlineCall call(*s.database, s.actor, catalogue.value(), context.clock(), context.settings().siteCode());
    call.call().begin(request.callStartedAt, request.clientRequestId);
    // Asked before filing; a retry's own ticket is left out when printing.
    auto repeats = call.backend().repeatContacts(s.actor, draft->customerIdpel, draft->subIssueTypeId);
    auto filed = call.file(draft.value(), request.linkedTicketNumber);
    if (!filed.ok())
        return context.fail(filed.error());
    if (repeats.ok() && request.linkedTicketNumber.isEmpty()) {
        QStringList similar;
        for (const Ticket& ticket : std::as_const(repeats.value())) {
            if (ticket.number != filed->ticket.number)
                similar << QStringLiteral("  %1  %2  %3")
                               .arg(ticket.number, ticketStatusCode(ticket.status), ticket.content.subIssueTypeId);
        }
        if (!similar.isEmpty()) {
            context.err()
                << "Perhatian: pelanggan ini punya tiket serupa atau KELUHAN terbuka (lapor ulang: --link NOMOR):\n"
                << similar.join(QLatin1Char('\n')) << "\n";
            context.err().flush();
        }
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject json = ticketToJson(filed->ticket);
        json.insert(QStringLiteral("already_filed"), filed->alreadyFiled);
        context.printJson(QJsonDocument(json));
    } else if (filed->alreadyFiled) {
        context.out() << "Tiket " << filed->ticket.number << " sudah tercatat sebelumnya; tidak dicatat dua kali.\n";
    } else {
        context.out() << "Tiket " << filed->ticket.number << " tercatat.\n";
    }
    return ExitOk;
}

int runList(CliContext& context)
{
    QCommandLineParser parser;
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption sortOption(QStringLiteral("sort"),
        QStringLiteral("newest (default), oldest or handle_time."), QStringLiteral("order"), QStringLiteral("newest"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        QStringLiteral("Rows per page (default 50, at most 1000)."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption cursorOption(QStringLiteral("cursor"),
        QStringLiteral("Continue after this cursor (printed at "
                       "the end of a page)."),
        QStringLiteral("cursor"));
    for (const QCommandLineOption& option : { sortOption, limitOption, cursorOption, jsonOption })
        parser.addOption(option);
    if (auto stop = parseAction(context, parser,
            QStringLiteral("List tickets, one page at a time. Agents see their own tickets and those "
                           "of customers they looked up.")))
        return *stop;
    auto filter = filters.read(parser);
    if (!filter.ok())
        return context.fail(filter.error());
    TicketPageRequest page;
    const auto sort = ticketSortFromCode(parser.value(sortOption));
    if (!sort)
        return context.usage(QStringLiteral("--sort must be newest, oldest or handle_time"));
    page.sort = *sort;
    bool limitOk = false;
    page.limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || page.limit < 1)
        return context.usage(QStringLiteral("--limit must be a positive number"));
    page.cursor = parser.value(cursorOption);

    auto session = signedInSession(context, parser.value(userOption()));
    if (!session.ok())
        return context.fail(session.error());
    auto result = session.value()->queries->list(session.value()->actor, filter.value(), page);
    if (!result.ok())
        return context.fail(result.error());
    if (parser.isSet(jsonOption)) {
        QJsonArray tickets;
        for (const Ticket& ticket : std::as_const(result->tickets))
            tickets.append(ticketToJson(ticket));
        context.printJson(QJsonDocument(QJsonObject {
            { QStringLiteral("tickets"), tickets }, { QStringLiteral("next_cursor"), result->nextCursor } }));
        return ExitOk;
    }
    for (const Ticket& ticket : std::as_const(result->tickets))
        printTicketLine(context.out(), ticket);
    if (!result->nextCursor.isEmpty())
        context.out() << "More: --cursor " << result->nextCursor << "\n";
    return ExitOk;
}

int runShow(CliContext& context)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption);
    if (auto stop = parseAction(
            context, parser, QStringLiteral("Show one ticket and its history."), { QStringLiteral("number") }))
        return *stop;
    auto session = signedInSession(context, parser.value(userOption()));
    if (!session.ok())
        return context.fail(session.error());
    auto detail = session.value()->queries->show(session.value()->actor, parser.positionalArguments().at(0));
    if (!detail.ok())
        return context.fail(detail.error());
    if (parser.isSet(jsonOption)) {
        QJsonObject json = ticketToJson(detail->ticket);
        QJsonArray events;
        for (const TicketEvent& event : std::as_const(detail->events))
            events.append(ticketEventToJson(event));
        json.insert(QStringLiteral("events"), events);
        context.printJson(QJsonDocument(json));
        return ExitOk;
    }
    printTicketDetail(context.out(), detail.value());
    return ExitOk;
}

int runExport(CliContext& context)
{
    QCommandLineParser parser;
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("The CSV file to write."), QStringLiteral("file"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"), QStringLiteral("',' (default) or ';'."),
        QStringLiteral("char"), QStringLiteral(","));
    parser.addOption(outOption);
    parser.addOption(delimiterOption);
    if (auto stop = parseAction(context, parser,
            QStringLiteral("Export the tickets of a filter as CSV (UTF-8 with BOM), supervisors and "
                           "admins only. The export is recorded in the audit log.")))
        return *stop;
    if (!parser.isSet(outOption))
        return context.usage(QStringLiteral("--out FILE is required"));
    const QString delimiter = parser.value(delimiterOption);
    if (delimiter != QLatin1String(",") && delimiter != QLatin1String(";"))
        return context.usage(QStringLiteral("--delimiter must be ',' or ';'"));
    auto filter = filters.read(parser);
    if (!filter.ok())
        return context.fail(filter.error());
    auto session = signedInSession(context, parser.value(userOption()));
    if (!session.ok())
        return context.fail(session.error());

    // Written to a temporary file and renamed at the end: a failed export leaves no half file.
    QSaveFile out(parser.value(outOption));
    if (!out.open(QIODevice::WriteOnly))
        return context.fail(makeError(ErrorKind::StorageFailure,
            QStringLiteral("Berkas %1 tidak bisa ditulis: %2").arg(out.fileName(), out.errorString())));
    TicketCsvExporter exporter(*session.value()->queries, *session.value()->audit);
    CsvExportOptions options;
    options.delimiter = delimiter.front();
    auto exported = exporter.exportCsv(session.value()->actor, filter.value(), out, options);
    if (!exported.ok()) {
        out.cancelWriting();
        return context.fail(exported.error());
    }
    if (!out.commit())
        return context.fail(makeError(ErrorKind::StorageFailure,
            QStringLiteral("Berkas %1 tidak bisa disimpan: %2").arg(out.fileName(), out.errorString())));
    context.out() << exported->rows << " ticket(s) written to " << out.fileName() << "\n";
    return ExitOk;
}

int runStats(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(
        QStringLiteral("from"), QStringLiteral("First day, YYYY-MM-DD (WIB)."), QStringLiteral("date"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), QStringLiteral("Last day, inclusive, YYYY-MM-DD (WIB)."), QStringLiteral("date"));
    for (const QCommandLineOption& option : { fromOption, toOption, jsonOption })
        parser.addOption(option);
    if (auto stop = parseAction(context, parser,
            QStringLiteral("Figures for the tickets filed in a period (supervisors and admins). "
                           "Definitions: docs/tickets.md.")))
        return *stop;
    if (!parser.isSet(fromOption) || !parser.isSet(toOption))
        return context.usage(QStringLiteral("--from and --to are required"));
    auto from = wibDayStart(parser.value(fromOption));
    if (!from.ok())
        return context.fail(from.error());
    auto to = wibDayStart(parser.value(toOption));
    if (!to.ok())
        return context.fail(to.error());
    auto session = signedInSession(context, parser.value(userOption()));
    if (!session.ok())
        return context.fail(session.error());
    auto figures = session.value()->queries->figures(session.value()->actor, from.value(), to->addDays(1));
    if (!figures.ok())
        return context.fail(figures.error());
    if (parser.isSet(jsonOption))
        context.printJson(QJsonDocument(figuresToJson(figures.value())));
    else
        printFigures(context.out(), figures.value());
    return ExitOk;
}

int runNote(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption flagOption(
        QStringLiteral("flag"), QStringLiteral("sesuai_sop or perlu_koreksi."), QStringLiteral("flag"));
    parser.addOption(flagOption);
    if (auto stop
        = parseAction(context, parser, QStringLiteral("Add a review note to a ticket (supervisors and admins)."),
            { QStringLiteral("number"), QStringLiteral("text") }))
        return *stop;
    std::optional<ReviewFlag> flag;
    if (parser.isSet(flagOption)) {
        auto parsed = reviewFlagFromCode(parser.value(flagOption));
        if (!parsed.ok())
            return context.fail(parsed.error());
        flag = parsed.value();
    }
    auto session = signedInSession(context, parser.value(userOption()));
    if (!session.ok())
        return context.fail(session.error());
    const QString number = parser.positionalArguments().at(0);
    auto event
        = session.value()->tickets->annotate(session.value()->actor, number, parser.positionalArguments().at(1), flag);
    if (!event.ok())
        return context.fail(event.error());
    context.out() << "Catatan ditambahkan ke " << number << ".\n";
    return ExitOk;
}

int runStatus(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption noteOption(
        QStringLiteral("note"), QStringLiteral("Why (the unit's answer)."), QStringLiteral("text"));
    parser.addOption(noteOption);
    if (auto stop = parseAction(context, parser,
            QStringLiteral("Record a KELUHAN's status: open, done_by_unit or cancelled (supervisors)."),
            { QStringLiteral("number"), QStringLiteral("status") }))
        return *stop;
    auto status = ticketStatusFromCode(parser.positionalArguments().at(1));
    if (!status.ok())
        return context.fail(status.error());
    auto session = signedInSession(context, parser.value(userOption()));
    if (!session.ok())
        return context.fail(session.error());
    const QString number = parser.positionalArguments().at(0);
    auto event = session.value()->tickets->changeStatus(
        session.value()->actor, number, status.value(), parser.value(noteOption));
    if (!event.ok())
        return context.fail(event.error());
    context.out() << "Status " << number << ": " << ticketStatusCode(status.value()) << ".\n";
    return ExitOk;
}

int runTickets(CliContext& context)
{
    return dispatchAction(context,
        { { "file", runFile }, { "list", runList }, { "show", runShow }, { "export", runExport }, { "stats", runStats },
            { "note", runNote }, { "status", runStatus } },
        QStringLiteral(
            "Usage: csodesk-cli tickets ACTION ... --user NAME\n\n"
            "  file --draft FILE.json [--link NUMBER] [--json]   file a ticket from a draft\n"
            "  list [filters] [--sort S] [--limit N] [--cursor C] [--json]\n"
            "  show NUMBER [--json]                              a ticket and its history\n"
            "  export --out FILE [filters] [--delimiter ';']     CSV for Excel (supervisors)\n"
            "  stats --from DATE --to DATE [--json]              period figures (supervisors)\n"
            "  note NUMBER TEXT [--flag sesuai_sop|perlu_koreksi] review note (supervisors)\n"
            "  status NUMBER open|done_by_unit|cancelled [--note TEXT]  KELUHAN status (supervisors)\n\n"
            "Filters: --from/--to DATE (WIB, inclusive), --agent, --kind, --issue, --sub-issue, --unit, --idpel,\n"
            "--text, --open, --overdue. The password comes from CSODESK_PASSWORD, standard input or a prompt.\n"));
}

} // namespace

void registerTicketCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("tickets"),
        QStringLiteral("File, list, show, export, review tickets; period figures"), runTickets });
}

} // namespace csodesk::cli
