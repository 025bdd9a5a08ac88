// tickets file/list/show/export/stats/note/status: filing from a draft file, the supervisors'
// queries and review, as a signed-in user.
#include "CliActions.h"
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "NumberText.h"
#include "TextTable.h"
#include "TicketFormat.h"
#include "apkt/ApktCatalogue.h"
#include "calls/InlineCall.h"
#include "common/OutputFile.h"
#include "common/TimeUtil.h"
#include "tickets/TicketCsvExporter.h"
#include "tickets/TicketQueryService.h"
#include "tickets/TicketService.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
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
        return badInput(
            QCoreApplication::translate("CliTickets", "Tanggal \"%1\" tidak valid; tulis sebagai YYYY-MM-DD.")
                .arg(text));
    return QDateTime(date, QTime(0, 0), wibTimeZone()).toUTC();
}

struct FilterOptions {
    QCommandLineOption from { QStringLiteral("from"),
        QCoreApplication::translate("CliTickets", "Hari pelaporan pertama, YYYY-MM-DD (WIB)."),
        QCoreApplication::translate("Cli", "tanggal") };
    QCommandLineOption to { QStringLiteral("to"),
        QCoreApplication::translate("CliTickets", "Hari pelaporan terakhir (ikut dihitung), YYYY-MM-DD (WIB)."),
        QCoreApplication::translate("Cli", "tanggal") };
    QCommandLineOption agent { QStringLiteral("agent"),
        QCoreApplication::translate("CliTickets", "Dilaporkan oleh pengguna ini."),
        QCoreApplication::translate("Cli", "nama") };
    QCommandLineOption kind { QStringLiteral("kind"),
        QCoreApplication::translate("CliTickets", "ISSUE_CLOSED atau KELUHAN."),
        QCoreApplication::translate("Cli", "jenis") };
    QCommandLineOption issue { QStringLiteral("issue"), QCoreApplication::translate("CliTickets", "Id jenis keluhan."),
        QStringLiteral("id") };
    QCommandLineOption subIssue { QStringLiteral("sub-issue"),
        QCoreApplication::translate("CliTickets", "Id sub-jenis keluhan."), QStringLiteral("id") };
    QCommandLineOption unit { QStringLiteral("unit"), QCoreApplication::translate("CliTickets", "Kode unit tujuan."),
        QCoreApplication::translate("Cli", "kode") };
    QCommandLineOption idpel { QStringLiteral("idpel"), QCoreApplication::translate("CliTickets", "IDPEL pelanggan."),
        QStringLiteral("idpel") };
    QCommandLineOption text { QStringLiteral("text"),
        QCoreApplication::translate("CliTickets", "Teks dalam uraian (huruf besar dan kecil tidak dibedakan)."),
        QCoreApplication::translate("Cli", "teks") };
    QCommandLineOption open { QStringLiteral("open"),
        QCoreApplication::translate("CliTickets", "Hanya KELUHAN yang masih terbuka.") };
    QCommandLineOption overdue { QStringLiteral("overdue"),
        QCoreApplication::translate("CliTickets", "Hanya KELUHAN terbuka yang melewati SLA-nya.") };

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

// Built on first use, once main has chosen the language.
const QCommandLineOption& jsonOption()
{
    static const QCommandLineOption option(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Cetak sebagai JSON (tidak diterjemahkan)."));
    return option;
}

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
    const QCommandLineOption draftOption(QStringLiteral("draft"),
        QCoreApplication::translate("CliTickets", "Berkas JSON TicketDraft."),
        QCoreApplication::translate("Cli", "berkas"));
    const QCommandLineOption startedOption(QStringLiteral("call-started"),
        QCoreApplication::translate("CliTickets",
            "Kapan panggilan dimulai (ISO 8601); bawaan: langkah pertama jalur draf, kalau tidak ada: sekarang."),
        QCoreApplication::translate("Cli", "waktu"));
    const QCommandLineOption linkOption(QStringLiteral("link"),
        QCoreApplication::translate("CliTickets", "Tautkan ke tiket sebelumnya (lapor ulang)."),
        QCoreApplication::translate("Cli", "nomor"));
    const QCommandLineOption requestOption(QStringLiteral("request-id"),
        QCoreApplication::translate("CliTickets",
            "Kunci pengulangan; bawaan: diturunkan dari pengguna dan berkasnya, sehingga mencatat berkas yang sama "
            "lagi mengembalikan tiket pertama."),
        QStringLiteral("id"));
    for (const QCommandLineOption& option : { draftOption, startedOption, linkOption, requestOption, jsonOption() })
        parser.addOption(option);
    if (auto stop
        = parseAction(context, parser, QCoreApplication::translate("CliTickets", "Catat tiket dari berkas JSON draf.")))
        return *stop;
    if (!parser.isSet(draftOption))
        return context.usage(QCoreApplication::translate("CliTickets", "--draft BERKAS wajib diisi"));

    QFile file(parser.value(draftOption));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(makeError(ErrorKind::NotFound,
            QCoreApplication::translate("CliTickets", "Berkas draf %1 tidak bisa dibuka.")
                .arg(parser.value(draftOption))));
    // A draft is a few KiB; a file of hundreds of MB is refused before it is read.
    constexpr qint64 kMaxDraftBytes = qint64 { 1024 } * 1024;
    if (file.size() > kMaxDraftBytes)
        return context.fail(badInput(
            QCoreApplication::translate("CliTickets", "Berkas draf terlalu besar (%1 KiB, paling besar 1024 KiB).")
                .arg(file.size() / 1024)));
    const QByteArray bytes = file.read(kMaxDraftBytes + 1);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return context.fail(badInput(QCoreApplication::translate("CliTickets", "Berkas draf bukan JSON yang valid: %1")
                                         .arg(parseError.errorString())));
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
            return context.fail(
                badInput(QCoreApplication::translate("CliTickets", "Waktu mulai panggilan tidak valid (ISO 8601).")));
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
        TextTable similar;
        similar.setIndent(2);
        for (const Ticket& ticket : std::as_const(repeats.value())) {
            if (ticket.number != filed->ticket.number)
                similar.addRow({ ticket.number, ticketStatusCode(ticket.status), ticket.content.subIssueTypeId });
        }
        if (!similar.isEmpty()) {
            context.err() << QCoreApplication::translate("CliTickets",
                "Perhatian: pelanggan ini punya tiket serupa atau KELUHAN terbuka (lapor ulang: --link NOMOR):")
                          << "\n"
                          << similar.toString();
            context.err().flush();
        }
    }
    if (parser.isSet(jsonOption())) {
        QJsonObject json = ticketToJson(filed->ticket);
        json.insert(QStringLiteral("already_filed"), filed->alreadyFiled);
        context.printJson(QJsonDocument(json));
    } else if (filed->alreadyFiled) {
        // The number is the second word in every language: scripts take it from there.
        context.out() << QCoreApplication::translate(
            "CliTickets", "Tiket %1 sudah tercatat sebelumnya; tidak dicatat dua kali.")
                             .arg(filed->ticket.number)
                      << "\n";
    } else {
        context.out() << QCoreApplication::translate("CliTickets", "Tiket %1 tercatat.").arg(filed->ticket.number)
                      << "\n";
    }
    return ExitOk;
}

int runList(CliContext& context)
{
    QCommandLineParser parser;
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption sortOption(QStringLiteral("sort"),
        QCoreApplication::translate("CliTickets", "newest (bawaan), oldest atau handle_time."),
        QCoreApplication::translate("Cli", "urutan"), QStringLiteral("newest"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        QCoreApplication::translate("CliTickets", "Baris per halaman (bawaan 50, paling banyak 1000)."),
        QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption cursorOption(QStringLiteral("cursor"),
        QCoreApplication::translate("CliTickets", "Lanjutkan setelah kursor ini (dicetak di akhir halaman)."),
        QCoreApplication::translate("Cli", "kursor"));
    for (const QCommandLineOption& option : { sortOption, limitOption, cursorOption, jsonOption() })
        parser.addOption(option);
    if (auto stop = parseAction(context, parser,
            QCoreApplication::translate("CliTickets",
                "Daftar tiket, satu halaman setiap kali. Agen melihat tiketnya sendiri dan tiket pelanggan yang "
                "pernah dicarinya.")))
        return *stop;
    auto filter = filters.read(parser);
    if (!filter.ok())
        return context.fail(filter.error());
    TicketPageRequest page;
    const auto sort = ticketSortFromCode(parser.value(sortOption));
    if (!sort)
        return context.usage(QCoreApplication::translate("CliTickets", "--sort harus newest, oldest atau handle_time"));
    page.sort = *sort;
    bool limitOk = false;
    page.limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || page.limit < 1)
        return context.usage(QCoreApplication::translate("CliTickets", "--limit harus bilangan bulat positif"));
    page.cursor = parser.value(cursorOption);

    auto session = signedInSession(context, parser.value(userOption()));
    if (!session.ok())
        return context.fail(session.error());
    auto result = session.value()->queries->list(session.value()->actor, filter.value(), page);
    if (!result.ok())
        return context.fail(result.error());
    if (parser.isSet(jsonOption())) {
        QJsonArray tickets;
        for (const Ticket& ticket : std::as_const(result->tickets))
            tickets.append(ticketToJson(ticket));
        context.printJson(QJsonDocument(QJsonObject {
            { QStringLiteral("tickets"), tickets }, { QStringLiteral("next_cursor"), result->nextCursor } }));
        return ExitOk;
    }
    printTicketList(context.out(), result->tickets);
    if (!result->nextCursor.isEmpty())
        context.out() << QCoreApplication::translate("CliTickets", "Berikutnya: --cursor %1").arg(result->nextCursor)
                      << "\n";
    return ExitOk;
}

int runShow(CliContext& context)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (auto stop = parseAction(context, parser,
            QCoreApplication::translate("CliTickets", "Tampilkan satu tiket dan riwayatnya."),
            { QCoreApplication::translate("Cli", "nomor") }))
        return *stop;
    auto session = signedInSession(context, parser.value(userOption()));
    if (!session.ok())
        return context.fail(session.error());
    auto detail = session.value()->queries->show(session.value()->actor, parser.positionalArguments().at(0));
    if (!detail.ok())
        return context.fail(detail.error());
    if (parser.isSet(jsonOption())) {
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
    const QCommandLineOption outOption(QStringLiteral("out"),
        QCoreApplication::translate("CliTickets", "Berkas CSV yang ditulis."),
        QCoreApplication::translate("Cli", "berkas"));
    const QCommandLineOption delimiterOption(QStringLiteral("delimiter"),
        QCoreApplication::translate("CliTickets", "',' (bawaan) atau ';'."),
        QCoreApplication::translate("Cli", "karakter"), QStringLiteral(","));
    parser.addOption(outOption);
    parser.addOption(delimiterOption);
    parser.addOption(forceOption());
    if (auto stop = parseAction(context, parser,
            QCoreApplication::translate("CliTickets",
                "Ekspor tiket sebuah filter sebagai CSV (UTF-8 dengan BOM), hanya untuk supervisor dan admin. "
                "Ekspor dicatat di jejak audit. Kepala kolom CSV tetap sama dalam setiap bahasa.")))
        return *stop;
    if (!parser.isSet(outOption))
        return context.usage(QCoreApplication::translate("CliTickets", "--out BERKAS wajib diisi"));
    const QString delimiter = parser.value(delimiterOption);
    if (delimiter != QLatin1String(",") && delimiter != QLatin1String(";"))
        return context.usage(QCoreApplication::translate("CliTickets", "--delimiter harus ',' atau ';'"));
    auto filter = filters.read(parser);
    if (!filter.ok())
        return context.fail(filter.error());
    auto session = signedInSession(context, parser.value(userOption()));
    if (!session.ok())
        return context.fail(session.error());

    // Written owner-only under a temporary name and put in place at the end: a failed export
    // leaves no half file, and no existing file (least of all the database) is overwritten
    // unless --force says so.
    OutputFile::Options output;
    output.replace = parser.isSet(forceOption());
    output.protectedPaths = session.value()->database->localFiles();
    auto out = OutputFile::create(parser.value(outOption), output);
    if (!out.ok())
        return context.fail(out.error());
    TicketCsvExporter exporter(*session.value()->queries, *session.value()->audit);
    CsvExportOptions options;
    options.delimiter = delimiter.front();
    auto exported = exporter.exportCsv(session.value()->actor, filter.value(), out.value()->device(), options);
    if (!exported.ok())
        return context.fail(exported.error());
    if (Status saved = out.value()->commit(); !saved.ok())
        return context.fail(saved.error());
    context.out() << QCoreApplication::translate("CliTickets", "%Ln tiket ditulis ke %1.", nullptr, int(exported->rows))
                         .arg(parser.value(outOption))
                  << "\n";
    return ExitOk;
}

int runStats(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(QStringLiteral("from"),
        QCoreApplication::translate("CliTickets", "Hari pertama, YYYY-MM-DD (WIB)."),
        QCoreApplication::translate("Cli", "tanggal"));
    const QCommandLineOption toOption(QStringLiteral("to"),
        QCoreApplication::translate("CliTickets", "Hari terakhir (ikut dihitung), YYYY-MM-DD (WIB)."),
        QCoreApplication::translate("Cli", "tanggal"));
    for (const QCommandLineOption& option : { fromOption, toOption, jsonOption() })
        parser.addOption(option);
    if (auto stop = parseAction(context, parser,
            QCoreApplication::translate("CliTickets",
                "Angka tiket yang dilaporkan dalam suatu periode (supervisor dan admin). "
                "Definisinya: docs/tickets.md.")))
        return *stop;
    if (!parser.isSet(fromOption) || !parser.isSet(toOption))
        return context.usage(QCoreApplication::translate("CliTickets", "--from dan --to wajib diisi"));
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
    if (parser.isSet(jsonOption()))
        context.printJson(QJsonDocument(figuresToJson(figures.value())));
    else
        printFigures(context.out(), figures.value());
    return ExitOk;
}

int runNote(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption flagOption(QStringLiteral("flag"),
        QCoreApplication::translate("CliTickets", "sesuai_sop atau perlu_koreksi."),
        QCoreApplication::translate("Cli", "tanda"));
    parser.addOption(flagOption);
    if (auto stop = parseAction(context, parser,
            QCoreApplication::translate("CliTickets", "Tambahkan catatan tinjauan pada tiket (supervisor dan admin)."),
            { QCoreApplication::translate("Cli", "nomor"), QCoreApplication::translate("Cli", "teks") }))
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
    context.out() << QCoreApplication::translate("CliTickets", "Catatan ditambahkan ke %1.").arg(number) << "\n";
    return ExitOk;
}

int runStatus(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption noteOption(QStringLiteral("note"),
        QCoreApplication::translate("CliTickets", "Alasannya (jawaban unit)."),
        QCoreApplication::translate("Cli", "teks"));
    parser.addOption(noteOption);
    if (auto stop = parseAction(context, parser,
            QCoreApplication::translate(
                "CliTickets", "Catat status KELUHAN: open, done_by_unit atau cancelled (supervisor)."),
            { QCoreApplication::translate("Cli", "nomor"), QStringLiteral("status") }))
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
    context.out()
        << QCoreApplication::translate("CliTickets", "Status %1: %2.").arg(number, ticketStatusCode(status.value()))
        << "\n";
    return ExitOk;
}

int runTickets(CliContext& context)
{
    return dispatchAction(context,
        { { "file", runFile }, { "list", runList }, { "show", runShow }, { "export", runExport }, { "stats", runStats },
            { "note", runNote }, { "status", runStatus } },
        groupHelp(QCoreApplication::translate("CliTickets", "Pemakaian: csodesk-cli tickets TINDAKAN ... --user NAMA"),
            {
                { QCoreApplication::translate("CliTickets", "file --draft BERKAS.json [--link NOMOR] [--json]"),
                    QCoreApplication::translate("CliTickets", "catat tiket dari draf") },
                { QCoreApplication::translate(
                      "CliTickets", "list [filter] [--sort S] [--limit N] [--cursor C] [--json]"),
                    QCoreApplication::translate("CliTickets", "daftar tiket, per halaman") },
                { QCoreApplication::translate("CliTickets", "show NOMOR [--json]"),
                    QCoreApplication::translate("CliTickets", "satu tiket dan riwayatnya") },
                { QCoreApplication::translate("CliTickets", "export --out BERKAS [filter] [--delimiter ';']"),
                    QCoreApplication::translate("CliTickets", "CSV untuk Excel (supervisor)") },
                { QCoreApplication::translate("CliTickets", "stats --from TANGGAL --to TANGGAL [--json]"),
                    QCoreApplication::translate("CliTickets", "angka periode (supervisor)") },
                { QCoreApplication::translate("CliTickets", "note NOMOR TEKS [--flag sesuai_sop|perlu_koreksi]"),
                    QCoreApplication::translate("CliTickets", "catatan tinjauan (supervisor)") },
                { QCoreApplication::translate("CliTickets", "status NOMOR open|done_by_unit|cancelled [--note TEKS]"),
                    QCoreApplication::translate("CliTickets", "status KELUHAN (supervisor)") },
            },
            QCoreApplication::translate("CliTickets",
                "Filter: --from/--to TANGGAL (WIB, ikut dihitung), --agent, --kind, --issue, --sub-issue, --unit,\n"
                "--idpel, --text, --open, --overdue. Kata sandi dari CSODESK_PASSWORD, masukan standar atau\n"
                "pertanyaan di terminal.")));
}

} // namespace

void registerTicketCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("tickets"),
        QCoreApplication::translate("CliTickets", "Catat, daftar, tampilkan, ekspor, tinjau tiket; angka periode"),
        runTickets });
}

} // namespace csodesk::cli
