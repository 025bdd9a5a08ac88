// sop list | show | validate | catalogue | walk: the SOP library from the command line.
#include "CliActions.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "NumberText.h"
#include "SopWalk.h"
#include "TextTable.h"
#include "apkt/ApktCatalogue.h"
#include "common/TimeUtil.h"
#include "sop/SopJson.h"
#include "sop/SopLibrary.h"
#include "sop/SopLoader.h"
#include "sop/SopOutline.h"
#include "sop/SopPaths.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace csodesk::cli {

namespace {

const QCommandLineOption& sopDirOption()
{
    static const QCommandLineOption option(QStringLiteral("sop-dir"),
        QCoreApplication::translate(
            "CliSop", "Folder dokumen SOP tambahan atau revisi (bawaan: setelan, kalau tidak ada: <folder data>/sop)."),
        QCoreApplication::translate("Cli", "folder"));
    return option;
}

const QCommandLineOption& dateOption()
{
    static const QCommandLineOption option(QStringLiteral("date"),
        QCoreApplication::translate(
            "CliSop", "Pilih versi SOP yang berlaku pada tanggal ini, YYYY-MM-DD (bawaan: hari ini, WIB)."),
        QCoreApplication::translate("Cli", "tanggal"));
    return option;
}

const QCommandLineOption& jsonOption()
{
    static const QCommandLineOption option(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Cetak sebagai JSON (tidak diterjemahkan)."));
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
            QCoreApplication::translate("CliSop", "Tanggal \"%1\" tidak valid; gunakan YYYY-MM-DD.")
                .arg(parser.value(dateOption())));
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
        context.err() << warningLine(QCoreApplication::translate("CliSop", "SOP ditolak: %1").arg(problem.toString()))
                      << "\n";
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
    summary.insert(QStringLiteral("paths"), countSopPaths(document));
    return summary;
}

int runList(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption allOption(QStringLiteral("all"),
        QCoreApplication::translate("CliSop", "Tampilkan setiap versi, tidak hanya yang berlaku."));
    parser.addOptions({ sopDirOption(), dateOption(), jsonOption(), allOption });
    if (auto stop = context.parse(
            parser, QCoreApplication::translate("CliSop", "Daftar SOP yang berlaku (atau setiap versi dengan --all).")))
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
    if (documents.isEmpty()) {
        out << QCoreApplication::translate("CliSop", "Tidak ada SOP yang berlaku pada %1.")
                   .arg(date.toString(Qt::ISODate))
            << "\n";
        return ExitOk;
    }
    TextTable table({ QStringLiteral("Id"), QCoreApplication::translate("CliSop", "Versi"),
        QCoreApplication::translate("CliSop", "Mulai"), QCoreApplication::translate("CliSop", "Sampai"),
        QCoreApplication::translate("CliSop", "Berlaku"), QCoreApplication::translate("CliSop", "Judul"),
        QCoreApplication::translate("CliSop", "Asal") });
    table.setAlignment(1, TextTable::Align::Right);
    for (const SopLibrary::DocumentPtr& document : documents) {
        const bool inForce = library.find(document->id, date) == document;
        table.addRow(
            { document->id, QStringLiteral("v%1").arg(document->version), document->effectiveFrom.toString(Qt::ISODate),
                document->effectiveTo.isValid() ? document->effectiveTo.toString(Qt::ISODate) : QStringLiteral("-"),
                inForce ? QCoreApplication::translate("CliSop", "berlaku") : QStringLiteral("-"), document->title,
                document->origin });
    }
    table.print(out);
    return ExitOk;
}

int runShow(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption versionOption(QStringLiteral("sop-version"),
        QCoreApplication::translate("CliSop", "Tampilkan versi ini, bukan versi yang berlaku."), QStringLiteral("n"));
    parser.addOptions({ sopDirOption(), dateOption(), jsonOption(), versionOption });
    parser.addPositionalArgument(
        QStringLiteral("id"), QCoreApplication::translate("CliSop", "Id SOP (lihat 'sop list')."));
    if (auto stop = context.parse(parser,
            QCoreApplication::translate("CliSop", "Tampilkan SOP sebagai pohon yang mudah dibaca (atau JSON-nya).")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QCoreApplication::translate("CliSop", "sop show perlu tepat satu id SOP"));
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
            return context.usage(QCoreApplication::translate("CliSop", "--sop-version perlu angka"));
        document = loaded->library.findVersion(id, version);
        if (!document)
            return context.fail(makeError(ErrorKind::NotFound,
                QCoreApplication::translate("CliSop", "SOP \"%1\" versi %2 tidak ada.").arg(id).arg(version)));
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
    parser.addPositionalArgument(QCoreApplication::translate("Cli", "berkas"),
        QCoreApplication::translate("CliSop", "Dokumen SOP (JSON) yang diperiksa."));
    if (auto stop = context.parse(parser,
            QCoreApplication::translate(
                "CliSop", "Periksa dokumen SOP sebelum dipakai di lantai; sebutkan setiap masalahnya.")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QCoreApplication::translate("CliSop", "sop validate perlu tepat satu berkas"));
    auto catalogue = ApktCatalogue::builtIn();
    if (!catalogue.ok())
        return context.fail(catalogue.error());
    const QString path = parser.positionalArguments().first();
    auto document = SopLoader(catalogue.value()).loadFile(path);
    if (!document.ok())
        return context.fail(document.error());
    context.out() << QCoreApplication::translate("CliSop", "OK: %1 v%2 — %3 node, %4 jalur, berlaku mulai %5")
                         .arg(document->id, QString::number(document->version), countText(document->nodes.size()),
                             countText(countSopPaths(*document)), document->effectiveFrom.toString(Qt::ISODate))
                  << "\n";
    // What rolling it out would change, against the SOPs in force now (or on --date).
    auto loaded = loadLibrary(context, parser);
    if (!loaded.ok())
        return context.fail(loaded.error());
    if (const SopLibrary::DocumentPtr same = loaded->library.findVersion(document->id, document->version))
        context.out() << QCoreApplication::translate(
            "CliSop", "Catatan: versi ini sudah ada (%1); berkas ini akan menggantikannya.")
                             .arg(same->origin)
                      << "\n";
    const SopLibrary::DocumentPtr current = loaded->library.find(document->id, loaded->date);
    const QString day = loaded->date.toString(Qt::ISODate);
    if (!document->isEffectiveOn(loaded->date))
        context.out() << QCoreApplication::translate("CliSop", "Pada %1 berkas ini belum/tidak lagi berlaku.").arg(day)
                      << "\n";
    else if (current && current->version > document->version)
        context.out() << QCoreApplication::translate("CliSop", "Pada %1 yang dipakai tetap versi %2 (lebih tinggi).")
                             .arg(day)
                             .arg(current->version)
                      << "\n";
    else
        context.out() << QCoreApplication::translate("CliSop", "Pada %1 versi ini yang dipakai.").arg(day) << "\n";
    return ExitOk;
}

int runCatalogue(CliContext& context)
{
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (auto stop = context.parse(
            parser, QCoreApplication::translate("CliSop", "Daftar jenis dan sub-jenis keluhan APKT beserta id-nya.")))
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
    // One table: a sub-issue type's id indented under its issue type, every name in one column.
    TextTable table({ QStringLiteral("Id"), QCoreApplication::translate("CliSop", "Nama") });
    for (const ApktIssueType& type : catalogue->issueTypes()) {
        table.addRow({ type.id, type.name });
        for (const ApktSubIssueType& sub : type.subIssueTypes)
            table.addRow({ QStringLiteral("  ") + sub.id, sub.name });
    }
    table.print(context.out());
    return ExitOk;
}

int runWalkCommand(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption contextOption(QStringLiteral("context"),
        QCoreApplication::translate(
            "CliSop", "Nilai pelanggan dan rekening untuk isian naskah (JSON, lihat docs/sop-format.md)."),
        QCoreApplication::translate("Cli", "berkas"));
    const QCommandLineOption answersOption(QStringLiteral("answers"),
        QCoreApplication::translate("CliSop", "Jalani tanpa bertanya: langkah berurutan {node, choice|fields} (JSON)."),
        QCoreApplication::translate("Cli", "berkas"));
    const QCommandLineOption customerOption(QStringLiteral("customer"),
        QCoreApplication::translate(
            "CliSop", "IDPEL atau nomor meter: isi naskah dari pencarian pelanggan (masuk dengan --agent)."),
        QStringLiteral("idpel"));
    const QCommandLineOption periodOption(QStringLiteral("period"),
        QCoreApplication::translate("CliSop",
            "Dengan --customer: rekening yang dibicarakan naskah, YYYY-MM (bawaan: yang terbaru; pilihan yang "
            "hanya berlaku untuk bulan lain, misalnya tagihan rata-rata, memakai rekening terbaru yang sesuai)."),
        QCoreApplication::translate("Cli", "periode"));
    const QCommandLineOption fileOption(
        QStringLiteral("file"), QCoreApplication::translate("CliSop", "Catat draf sebagai tiket (perlu --agent)."));
    const QCommandLineOption agentOption(QStringList { QStringLiteral("agent"), QStringLiteral("user") },
        QCoreApplication::translate(
            "CliSop", "Masuk sebagai pengguna ini (kata sandi dari CSODESK_PASSWORD atau pertanyaan di terminal)."),
        QCoreApplication::translate("Cli", "nama"));
    parser.addOptions({ sopDirOption(), dateOption(), jsonOption(), contextOption, answersOption, customerOption,
        periodOption, fileOption, agentOption });
    parser.addPositionalArgument(
        QStringLiteral("id"), QCoreApplication::translate("CliSop", "Id SOP (lihat 'sop list')."));
    if (auto stop = context.parse(parser,
            QCoreApplication::translate("CliSop",
                "Jalani SOP untuk seorang pelanggan dan cetak draf tiketnya. Dengan --english naskahnya juga\n"
                "ditampilkan dalam terjemahan bahasa Inggris.")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return context.usage(QCoreApplication::translate("CliSop", "sop walk perlu tepat satu id SOP"));
    if (parser.isSet(contextOption) == parser.isSet(customerOption))
        return context.usage(
            QCoreApplication::translate("CliSop", "sop walk perlu --customer IDPEL atau --context BERKAS.json"));
    if ((parser.isSet(fileOption) || parser.isSet(customerOption)) && !parser.isSet(agentOption))
        return context.usage(
            QCoreApplication::translate("CliSop", "--customer dan --file perlu --agent PENGGUNA (agen yang masuk)"));
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
    // --english anywhere on the command line (not the ui/language setting): the agent asked for it.
    options.english = context.englishAsked();
    return runSopWalk(context, loaded->catalogue, document, options);
}

int runSop(CliContext& context)
{
    return dispatchAction(context,
        { { "list", runList }, { "show", runShow }, { "validate", runValidate }, { "walk", runWalkCommand },
            { "catalogue", runCatalogue } },
        groupHelp(QCoreApplication::translate("CliSop", "Pemakaian: csodesk-cli sop TINDAKAN [opsi]"),
            {
                { QStringLiteral("list"),
                    QCoreApplication::translate("CliSop", "SOP yang berlaku (atau setiap versi dengan --all)") },
                { QStringLiteral("show"),
                    QCoreApplication::translate("CliSop", "satu SOP sebagai pohon yang mudah dibaca atau JSON") },
                { QStringLiteral("validate"), QCoreApplication::translate("CliSop", "periksa berkas dokumen SOP") },
                { QStringLiteral("walk"),
                    QCoreApplication::translate("CliSop", "jalani SOP sampai draf tiket (dan catat dengan --file)") },
                { QStringLiteral("catalogue"),
                    QCoreApplication::translate("CliSop", "jenis dan sub-jenis keluhan APKT beserta id-nya") },
            },
            QCoreApplication::translate("CliSop", "Jalankan 'csodesk-cli sop TINDAKAN --help' untuk opsinya.")));
}

} // namespace

void registerSopCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("sop"),
        QCoreApplication::translate("CliSop", "SOP: daftar, tampilkan, periksa, jalani sampai draf tiket"), runSop });
}

} // namespace csodesk::cli
