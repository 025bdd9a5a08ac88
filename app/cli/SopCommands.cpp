// sop list | show | validate | catalogue | walk: the SOP library from the command line.
#include "CliActions.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "SopWalk.h"
#include "apkt/ApktCatalogue.h"
#include "common/TimeUtil.h"
#include "sop/SopJson.h"
#include "sop/SopLibrary.h"
#include "sop/SopLoader.h"
#include "sop/SopOutline.h"
#include "sop/SopPaths.h"

#include <QJsonArray>
#include <QJsonObject>

namespace csodesk::cli {

namespace {

const QCommandLineOption& sopDirOption()
{
    static const QCommandLineOption option(QStringLiteral("sop-dir"),
        QStringLiteral("Folder of extra/revised SOP documents (default: settings, else <data dir>/sop)."),
        QStringLiteral("dir"));
    return option;
}

const QCommandLineOption& dateOption()
{
    static const QCommandLineOption option(QStringLiteral("date"),
        QStringLiteral("Pick the SOP versions in force on this date, YYYY-MM-DD (default: today, WIB)."),
        QStringLiteral("date"));
    return option;
}

const QCommandLineOption& jsonOption()
{
    static const QCommandLineOption option(QStringLiteral("json"), QStringLiteral("Print JSON."));
    return option;
}

QString externalSopDirectory(CliContext& context, const QCommandLineParser& parser)
{
    return parser.isSet(sopDirOption()) ? parser.value(sopDirOption())
                                        : SopLibrary::externalDirectory(context.settings());
}

Result<QDate> callDate(CliContext& context, const QCommandLineParser& parser)
{
    if (!parser.isSet(dateOption()))
        return wibDate(context.clock().nowUtc());
    const QDate date = QDate::fromString(parser.value(dateOption()), Qt::ISODate);
    if (!date.isValid())
        return makeError(ErrorKind::InvalidInput,
            QStringLiteral("Tanggal \"%1\" tidak valid; gunakan YYYY-MM-DD.").arg(parser.value(dateOption())));
    return date;
}

// What every sop command starts from: the catalogue, the library (refused external documents
// are reported as warnings; the built-in ones still work) and the date of the call.
struct Loaded {
    ApktCatalogue catalogue;
    SopLibrary library;
    QDate date;
};

Result<Loaded> loadLibrary(CliContext& context, const QCommandLineParser& parser)
{
    auto date = callDate(context, parser);
    if (!date.ok())
        return date.error();
    auto catalogue = ApktCatalogue::builtIn();
    if (!catalogue.ok())
        return catalogue.error();
    auto library = SopLibrary::load(catalogue.value(), externalSopDirectory(context, parser));
    if (!library.ok())
        return library.error();
    for (const SopProblem& problem : library->problems())
        context.err() << "warning: SOP ditolak: " << problem.toString() << "\n";
    context.err().flush();
    return Loaded { std::move(catalogue).value(), std::move(library).value(), date.value() };
}

QJsonObject summaryJson(const SopDocument& document, const QDate& date, bool inForce)
{
    QJsonObject summary = sopHeaderToJson(document);
    summary.insert(QStringLiteral("in_force"), inForce);
    summary.insert(QStringLiteral("in_force_on"), date.toString(Qt::ISODate));
    summary.insert(QStringLiteral("origin"), document.origin);
    summary.insert(QStringLiteral("nodes"), int(document.nodes.size()));
    summary.insert(QStringLiteral("paths"), int(enumerateSopPaths(document).size()));
    return summary;
}

int runList(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption allOption(
        QStringLiteral("all"), QStringLiteral("List every version, not only those in force."));
    parser.addOptions({ sopDirOption(), dateOption(), jsonOption(), allOption });
    if (auto stop = context.parse(parser, QStringLiteral("List the SOPs in force (or every version with --all).")))
        return *stop;
    auto loaded = loadLibrary(context, parser);
    if (!loaded.ok())
        return context.fail(loaded.error());
    const QDate date = loaded->date;
    const SopLibrary& library = loaded->library;
    const QList<SopLibrary::DocumentPtr> documents
        = parser.isSet(allOption) ? library.all() : library.effectiveOn(date);

    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const SopLibrary::DocumentPtr& document : documents)
            list.append(summaryJson(*document, date, library.find(document->id, date) == document));
        context.printJson(QJsonDocument(list));
        return ExitOk;
    }
    QTextStream& out = context.out();
    for (const SopLibrary::DocumentPtr& document : documents) {
        const bool inForce = library.find(document->id, date) == document;
        out << document->id.leftJustified(24) << " v" << QString::number(document->version).leftJustified(4)
            << document->effectiveFrom.toString(Qt::ISODate) << " s.d. "
            << (document->effectiveTo.isValid() ? document->effectiveTo.toString(Qt::ISODate)
                                                : QStringLiteral("-").leftJustified(10))
            << (inForce ? QStringLiteral("  berlaku  ") : QStringLiteral("  -        ")) << document->title << "  ["
            << document->origin << "]\n";
    }
    if (documents.isEmpty())
        out << "Tidak ada SOP yang berlaku pada " << date.toString(Qt::ISODate) << ".\n";
    return ExitOk;
}

int runShow(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption versionOption(QStringLiteral("sop-version"),
        QStringLiteral("Show this version instead of the one in force."), QStringLiteral("n"));
    parser.addOptions({ sopDirOption(), dateOption(), jsonOption(), versionOption });
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("SOP id (see 'sop list')."));
    if (auto stop = context.parse(parser, QStringLiteral("Show an SOP as a readable tree (or its JSON).")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("sop show needs exactly one SOP id"));
    const QString id = parser.positionalArguments().first();
    auto loaded = loadLibrary(context, parser);
    if (!loaded.ok())
        return context.fail(loaded.error());
    const QDate date = loaded->date;
    SopLibrary::DocumentPtr document;
    if (parser.isSet(versionOption)) {
        bool numeric = false;
        const int version = parser.value(versionOption).toInt(&numeric);
        if (!numeric)
            return context.usage(QStringLiteral("--sop-version needs a number"));
        document = loaded->library.findVersion(id, version);
        if (!document)
            return context.fail(
                makeError(ErrorKind::NotFound, QStringLiteral("SOP \"%1\" versi %2 tidak ada.").arg(id).arg(version)));
    } else {
        document = loaded->library.find(id, date);
        if (!document)
            return context.fail(SopLibrary::notFound(id, date));
    }
    if (parser.isSet(jsonOption()))
        context.printJson(QJsonDocument(sopDocumentToJson(*document)));
    else
        context.out() << sopOutline(*document, loaded->catalogue);
    return ExitOk;
}

int runValidate(CliContext& context)
{
    QCommandLineParser parser;
    parser.addOptions({ sopDirOption(), dateOption() });
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("SOP document (JSON) to check."));
    if (auto stop
        = context.parse(parser, QStringLiteral("Check an SOP document before rolling it out; list every problem.")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("sop validate needs exactly one file"));
    auto catalogue = ApktCatalogue::builtIn();
    if (!catalogue.ok())
        return context.fail(catalogue.error());
    const QString path = parser.positionalArguments().first();
    auto document = SopLoader(catalogue.value()).loadFile(path);
    if (!document.ok())
        return context.fail(document.error());
    context.out() << "OK: " << document->id << " v" << document->version << " — " << document->nodes.size() << " node, "
                  << enumerateSopPaths(*document).size() << " jalur, berlaku mulai "
                  << document->effectiveFrom.toString(Qt::ISODate) << "\n";
    // What rolling it out would change, against the SOPs in force now (or on --date).
    auto loaded = loadLibrary(context, parser);
    if (!loaded.ok())
        return context.fail(loaded.error());
    if (const SopLibrary::DocumentPtr same = loaded->library.findVersion(document->id, document->version))
        context.out() << "Catatan: versi ini sudah ada (" << same->origin << "); berkas ini akan menggantikannya.\n";
    const SopLibrary::DocumentPtr current = loaded->library.find(document->id, loaded->date);
    const QString day = loaded->date.toString(Qt::ISODate);
    if (!document->isEffectiveOn(loaded->date))
        context.out() << "Pada " << day << " berkas ini belum/tidak lagi berlaku.\n";
    else if (current && current->version > document->version)
        context.out() << "Pada " << day << " yang dipakai tetap versi " << current->version << " (lebih tinggi).\n";
    else
        context.out() << "Pada " << day << " versi ini yang dipakai.\n";
    return ExitOk;
}

int runCatalogue(CliContext& context)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (auto stop
        = context.parse(parser, QStringLiteral("List the APKT issue types and sub-issue types with their ids.")))
        return *stop;
    auto catalogue = ApktCatalogue::builtIn();
    if (!catalogue.ok())
        return context.fail(catalogue.error());
    if (parser.isSet(jsonOption())) {
        QJsonArray types;
        for (const ApktIssueType& type : catalogue->issueTypes()) {
            QJsonArray subs;
            for (const ApktSubIssueType& sub : type.subIssueTypes)
                subs.append(QJsonObject { { QStringLiteral("id"), sub.id }, { QStringLiteral("name"), sub.name } });
            types.append(QJsonObject { { QStringLiteral("id"), type.id }, { QStringLiteral("name"), type.name },
                { QStringLiteral("name_en"), type.nameEn }, { QStringLiteral("sub_issue_types"), subs } });
        }
        context.printJson(QJsonDocument(types));
        return ExitOk;
    }
    for (const ApktIssueType& type : catalogue->issueTypes()) {
        context.out() << type.id << "  " << type.name << "\n";
        for (const ApktSubIssueType& sub : type.subIssueTypes)
            context.out() << "  " << sub.id.leftJustified(48) << sub.name << "\n";
    }
    return ExitOk;
}

int runWalkCommand(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption contextOption(QStringLiteral("context"),
        QStringLiteral("Customer and bill values for the placeholders (JSON, see docs/sop-format.md)."),
        QStringLiteral("file"));
    const QCommandLineOption answersOption(QStringLiteral("answers"),
        QStringLiteral("Walk without asking: ordered steps {node, choice|fields} (JSON)."), QStringLiteral("file"));
    const QCommandLineOption englishOption(
        QStringLiteral("english"), QStringLiteral("Show the English gloss of the scripts."));
    const QCommandLineOption customerOption(QStringLiteral("customer"),
        QStringLiteral("IDPEL or meter number: fill the scripts from the customer look-up (signs in with --agent)."),
        QStringLiteral("idpel"));
    const QCommandLineOption periodOption(QStringLiteral("period"),
        QStringLiteral("With --customer: the bill the scripts talk about, YYYY-MM (default: the newest)."),
        QStringLiteral("period"));
    const QCommandLineOption fileOption(
        QStringLiteral("file"), QStringLiteral("File the draft as a ticket (needs --agent)."));
    const QCommandLineOption agentOption(QStringList { QStringLiteral("agent"), QStringLiteral("user") },
        QStringLiteral("Sign in as this user (password from CSODESK_PASSWORD or a prompt)."), QStringLiteral("name"));
    parser.addOptions({ sopDirOption(), dateOption(), jsonOption(), contextOption, answersOption, englishOption,
        customerOption, periodOption, fileOption, agentOption });
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("SOP id (see 'sop list')."));
    if (auto stop = context.parse(parser, QStringLiteral("Walk an SOP for a customer and print the ticket draft.")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QStringLiteral("sop walk needs exactly one SOP id"));
    if (parser.isSet(contextOption) == parser.isSet(customerOption))
        return context.usage(QStringLiteral("sop walk needs either --customer IDPEL or --context FILE.json"));
    if ((parser.isSet(fileOption) || parser.isSet(customerOption)) && !parser.isSet(agentOption))
        return context.usage(QStringLiteral("--customer and --file need --agent USER (the signed-in agent)"));
    auto loaded = loadLibrary(context, parser);
    if (!loaded.ok())
        return context.fail(loaded.error());
    const QDate date = loaded->date;
    const QString id = parser.positionalArguments().first();
    SopLibrary::DocumentPtr document = loaded->library.find(id, date);
    if (!document)
        return context.fail(SopLibrary::notFound(id, date));

    SopWalkOptions options;
    options.contextFile = parser.value(contextOption);
    options.customerKey = parser.value(customerOption);
    options.billPeriod = parser.value(periodOption);
    options.userName = parser.value(agentOption);
    options.fileTicket = parser.isSet(fileOption);
    options.answersFile = parser.value(answersOption);
    options.json = parser.isSet(jsonOption());
    options.english = parser.isSet(englishOption);
    return runSopWalk(context, loaded->catalogue, document, options);
}

int runSop(CliContext& context)
{
    return dispatchAction(context,
        { { "list", runList }, { "show", runShow }, { "validate", runValidate }, { "walk", runWalkCommand },
            { "catalogue", runCatalogue } },
        QStringLiteral("Usage: csodesk-cli sop ACTION [options]\n\n"
                       "  list       SOPs in force (or every version with --all)\n"
                       "  show       one SOP as a readable tree or JSON\n"
                       "  validate   check an SOP document file\n"
                       "  walk       walk an SOP to a ticket draft (and file it with --file)\n"
                       "  catalogue  APKT issue and sub-issue types with ids\n\n"
                       "Run 'csodesk-cli sop ACTION --help' for its options.\n"));
}

} // namespace

void registerSopCommands(CommandRegistry& registry)
{
    registry.add(
        { QStringLiteral("sop"), QStringLiteral("SOPs: list, show, validate, walk to a ticket draft"), runSop });
}

} // namespace csodesk::cli
