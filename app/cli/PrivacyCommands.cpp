// privacy report IDPEL --out FILE: a data subject's access request (UU 27/2022), for admins;
// purge and retention live in RetentionCommands.cpp.
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

namespace csodesk::cli {

namespace {

int runReport(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
        QCoreApplication::translate("CliPrivacy", "Berkas JSON laporan (dibuat baru, hanya bisa dibaca pemiliknya)."),
        QCoreApplication::translate("Cli", "berkas"));
    parser.addOption(outOption);
    parser.addOption(forceOption());
    if (auto stop = parseAction(context, parser,
            QCoreApplication::translate("CliPrivacy",
                "Semua data yang disimpan tentang satu pelanggan, untuk permintaan akses pemilik data (admin):\n"
                "data pelanggan, rekening, pembacaan meter, token, tiket beserta riwayatnya, dan log akses siapa\n"
                "yang mencari pelanggan itu dan kapan. Laporan ini sendiri tercatat di log akses."),
            { QCoreApplication::translate("CliPrivacy", "idpel") }))
        return *stop;
    if (!parser.isSet(outOption))
        return context.usage(QCoreApplication::translate("CliPrivacy", "--out BERKAS wajib diisi"));
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
    // Refused before anything is read when the target is not allowed.
    OutputFile::Options output;
    output.replace = parser.isSet(forceOption());
    output.protectedPaths = database.value()->localFiles();
    auto file = OutputFile::create(parser.value(outOption), output);
    if (!file.ok())
        return context.fail(file.error());
    auto built = report.build(actor.value(), idpel);
    if (!built.ok())
        return context.fail(built.error());
    file.value()->device().write(QJsonDocument(built.value()).toJson(QJsonDocument::Indented));
    if (Status saved = file.value()->commit(); !saved.ok())
        return context.fail(saved.error());
    context.out()
        << QCoreApplication::translate("CliPrivacy", "Laporan data pribadi ditulis ke %1.").arg(parser.value(outOption))
        << "\n";
    return ExitOk;
}

int runPrivacy(CliContext& context)
{
    return dispatchAction(context,
        { { "report", runReport }, { "purge", runPrivacyPurge }, { "retention", runPrivacyRetention } },
        groupHelp(QCoreApplication::translate("CliPrivacy", "Pemakaian: csodesk-cli privacy TINDAKAN ... --user NAMA"),
            { { QCoreApplication::translate("CliPrivacy", "report IDPEL --out BERKAS.json [--force]"),
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
