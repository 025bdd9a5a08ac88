// privacy report IDPEL --out FILE.json --pdf FILE.pdf: a data subject's access request
// (UU 27/2022), for admins; purge and retention live in RetentionCommands.cpp.
#include "CliActions.h"
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "RetentionCommands.h"
#include "audit/AuditLog.h"
#include "common/OutputFile.h"
#include "customers/CustomerKey.h"
#include "customers/CustomerLookupService.h"
#include "privacy/PrivacyReport.h"
#include "tickets/TicketQueryService.h"

#include <QCoreApplication>
#include <QJsonDocument>

#ifdef CSODESK_CLI_PDF
#include "apkt/ApktCatalogue.h"
#include "documents/PrivacyReportFiles.h"
#endif

namespace csodesk::cli {

namespace {

#ifdef CSODESK_CLI_PDF
// Both targets are opened before the report is built (a refused file costs no access-log
// record), both are written from the one report, and neither appears unless both are complete.
int writeReport(CliContext& context, PrivacyReport& report, const Actor& actor, const QString& idpel,
    const QString& jsonPath, const QString& pdfPath, const OutputFile::Options& output)
{
    ApktCatalogue catalogue; // the PDF names the APKT issue types
    if (!pdfPath.isEmpty()) {
        auto loaded = ApktCatalogue::builtIn();
        if (!loaded.ok())
            return context.fail(loaded.error());
        catalogue = std::move(loaded).value();
    }
    auto files = ui::PrivacyReportFiles::open(jsonPath, pdfPath, output);
    if (!files.ok())
        return context.fail(files.error());
    auto built = report.build(actor, idpel);
    if (!built.ok())
        return context.fail(built.error());
    if (Status written = files->write(built.value(), catalogue); !written.ok())
        return context.fail(written.error());
    return ExitOk;
}
#else
int writeReport(CliContext& context, PrivacyReport& report, const Actor& actor, const QString& idpel,
    const QString& jsonPath, const QString& /*pdfPath*/, const OutputFile::Options& output)
{
    auto file = OutputFile::create(jsonPath, output);
    if (!file.ok())
        return context.fail(file.error());
    auto built = report.build(actor, idpel);
    if (!built.ok())
        return context.fail(built.error());
    file.value()->device().write(QJsonDocument(built.value()).toJson(QJsonDocument::Indented));
    if (Status saved = file.value()->commit(); !saved.ok())
        return context.fail(saved.error());
    return ExitOk;
}
#endif

int runReport(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
        QCoreApplication::translate("CliPrivacy", "Berkas JSON laporan (dibuat baru, hanya bisa dibaca pemiliknya)."),
        QCoreApplication::translate("Cli", "berkas"));
    const QCommandLineOption pdfOption(QStringLiteral("pdf"),
        QCoreApplication::translate("CliPrivacy",
            "Berkas PDF laporan yang sama, untuk dibaca (A4; dibuat baru, hanya bisa dibaca pemiliknya)."),
        QCoreApplication::translate("Cli", "berkas"));
    parser.addOption(outOption);
    parser.addOption(pdfOption);
    parser.addOption(forceOption());
    if (auto stop = parseAction(context, parser,
            QCoreApplication::translate("CliPrivacy",
                "Semua data yang disimpan tentang satu pelanggan, untuk permintaan akses pemilik data (admin):\n"
                "data pelanggan, rekening, pembacaan meter, token, tiket beserta riwayatnya, dan log akses siapa\n"
                "yang mencari pelanggan itu dan kapan. Sebagai JSON (--out), PDF (--pdf) atau keduanya dari satu\n"
                "laporan. Laporan ini sendiri tercatat di log akses."),
            { QCoreApplication::translate("CliPrivacy", "idpel") }))
        return *stop;
    if (!parser.isSet(outOption) && !parser.isSet(pdfOption))
        return context.usage(QCoreApplication::translate(
            "CliPrivacy", "--out BERKAS.json atau --pdf BERKAS.pdf (atau keduanya) wajib diisi"));
#ifndef CSODESK_CLI_PDF
    if (parser.isSet(pdfOption))
        return context.usage(
            QCoreApplication::translate("CliPrivacy", "--pdf tidak tersedia pada build tanpa Qt Gui ini"));
#endif
    const QString idpel = parser.positionalArguments().value(0);
    if (auto key = parseCustomerKey(idpel); !key.ok())
        return context.fail(key.error());

    auto database = context.database();
    if (!database.ok())
        return context.fail(database.error());
    auto actor = signInUser(context, *database.value(), parser.value(userOption()));
    if (!actor.ok())
        return context.fail(actor.error());
    AuditLog audit(*database.value(), context.clock());
    CustomerLookupService lookups(*database.value(), context.clock());
    TicketQueryService tickets(*database.value(), context.clock());
    PrivacyReport report(lookups, tickets, audit, context.clock());
    // Refused before anything is read when a target is not allowed.
    OutputFile::Options output;
    output.replace = parser.isSet(forceOption());
    output.protectedPaths = database.value()->localFiles();
    const QString jsonPath = parser.value(outOption);
    const QString pdfPath = parser.value(pdfOption);
    if (const int code = writeReport(context, report, actor.value(), idpel, jsonPath, pdfPath, output); code != ExitOk)
        return code;
    for (const QString& path : { jsonPath, pdfPath })
        if (!path.isEmpty())
            context.out() << QCoreApplication::translate("CliPrivacy", "Laporan data pribadi ditulis ke %1.").arg(path)
                          << "\n";
    return ExitOk;
}

int runPrivacy(CliContext& context)
{
    return dispatchAction(context,
        { { "report", runReport }, { "purge", runPrivacyPurge }, { "retention", runPrivacyRetention } },
        groupHelp(QCoreApplication::translate("CliPrivacy", "Pemakaian: csodesk-cli privacy TINDAKAN ... --user NAMA"),
            { { QCoreApplication::translate(
                    "CliPrivacy", "report IDPEL [--out BERKAS.json] [--pdf BERKAS.pdf] [--force]"),
                  QCoreApplication::translate("CliPrivacy", "semua data tentang satu pelanggan (admin)") },
                { QCoreApplication::translate(
                      "CliPrivacy", "purge [--older-than-days N] [--access-log-older-than-days N] [--json]"),
                    QCoreApplication::translate("CliPrivacy", "anonimkan data yang melewati masa simpan (admin)") },
                { QCoreApplication::translate("CliPrivacy", "retention [--tickets-days N] [--access-log-days N]"),
                    QCoreApplication::translate("CliPrivacy", "lihat atau ubah masa simpan") } }));
}

} // namespace

void registerPrivacyCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("privacy"),
        QCoreApplication::translate("CliPrivacy", "Data pribadi: laporan satu pelanggan, masa simpan, anonimisasi"),
        runPrivacy });
}

} // namespace csodesk::cli
