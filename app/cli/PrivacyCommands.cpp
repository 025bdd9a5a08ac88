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
#include "privacy/ReportTargets.h"
#include "tickets/TicketQueryService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>

namespace csodesk::cli {

namespace {

// The PDF is drawn by csodesk-report-pdf, installed beside this program: QtGui stays out of
// csodesk-cli, whose every command starts twice as fast without it (docs/performance.md).
QString pdfHelperPath()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("csodesk-report-pdf"));
}

Status drawPdfWithHelper(const QJsonObject& report, QIODevice& pdf)
{
    const auto failed = [](const QString& detail) {
        return makeError(ErrorKind::Internal,
            QCoreApplication::translate("CliPrivacy", "PDF laporan tidak bisa dibuat (%1).").arg(detail),
            QStringLiteral("csodesk-report-pdf: %1").arg(detail));
    };
    QProcess helper;
    const QString language = QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("id");
    helper.start(pdfHelperPath(), { QStringLiteral("--language"), language });
    if (!helper.waitForStarted(30000))
        return failed(helper.errorString());
    helper.write(QJsonDocument(report).toJson(QJsonDocument::Compact));
    helper.closeWriteChannel();
    QByteArray drawn;
    while (helper.state() != QProcess::NotRunning) {
        if (!helper.waitForReadyRead(120000) && helper.state() != QProcess::NotRunning) {
            helper.kill();
            return failed(QStringLiteral("timeout"));
        }
        drawn += helper.readAllStandardOutput();
    }
    drawn += helper.readAllStandardOutput();
    if (helper.exitStatus() != QProcess::NormalExit || helper.exitCode() != 0 || !drawn.startsWith("%PDF"))
        return failed(QString::fromUtf8(helper.readAllStandardError()).trimmed());
    if (pdf.write(drawn) != drawn.size())
        return failed(pdf.errorString());
    return {};
}

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
    if (parser.isSet(pdfOption) && !QFileInfo(pdfHelperPath()).isExecutable())
        return context.fail(makeError(ErrorKind::Unavailable,
            QCoreApplication::translate("CliPrivacy", "--pdf perlu program %1, yang tidak terpasang di sini.")
                .arg(pdfHelperPath()),
            QStringLiteral("no csodesk-report-pdf")));
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
    auto targets = ReportTargets::open(jsonPath, pdfPath, output);
    if (!targets.ok())
        return context.fail(targets.error());
    auto built = report.build(actor.value(), idpel);
    if (!built.ok())
        return context.fail(built.error());
    if (Status written = targets->write(built.value(), drawPdfWithHelper); !written.ok())
        return context.fail(written.error());
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
