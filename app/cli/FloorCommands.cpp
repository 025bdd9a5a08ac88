// floor init / floor check: set a PostgreSQL floor up as its schema owner, and say what is unsafe.
#include "CliActions.h"
#include "CliAuth.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "NumberText.h"
#include "TextTable.h"
#include "auth/FloorSetup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace csodesk::cli {

namespace {

int runInit(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption adminOption(QStringLiteral("admin"),
        QCoreApplication::translate("CliFloor",
            "Nama login admin pertama; kata sandinya dibaca dari masukan standar (atau ditanyakan), seperti "
            "'user add' membacanya."),
        QCoreApplication::translate("Cli", "nama"));
    parser.addOption(adminOption);
    if (auto stop = context.parse(parser,
            QCoreApplication::translate("CliFloor",
                "Siapkan lantai PostgreSQL sebagai pemilik skemanya: peran grup, skema, hak akses, fungsi dan admin "
                "pertama. Aman dijalankan ulang.")))
        return *stop;
    if (!parser.isSet(adminOption))
        return context.usage(QCoreApplication::translate("CliFloor", "floor init perlu --admin NAMA"));
    auto database = context.database(false);
    if (!database.ok())
        return context.fail(database.error());
    PasswordInput passwords(context);
    auto password = passwords.newPassword(parser.value(adminOption));
    if (!password.ok())
        return context.fail(password.error());
    auto report = floor_setup::init(*database.value(), context.clock(), parser.value(adminOption), password.value());
    if (!report.ok())
        return context.fail(report.error());
    context.out()
        << QCoreApplication::translate("CliFloor", "Lantai siap di %1: %2 migrasi dijalankan; %3")
               .arg(database.value()->url().displayString(), countText(report->migrationsApplied),
                   report->adminCreated
                       ? QCoreApplication::translate("CliFloor", "admin %1 dibuat.").arg(parser.value(adminOption))
                       : QCoreApplication::translate("CliFloor", "admin %1 sudah ada.").arg(parser.value(adminOption)))
        << "\n";
    for (const QString& warning : std::as_const(report->warnings))
        context.err() << warningLine(warning) << "\n";
    return ExitOk;
}

int runCheck(CliContext& context)
{
    QCommandLineParser parser;
    parser.addOption(userOption());
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), QCoreApplication::translate("Cli", "Cetak sebagai JSON (tidak diterjemahkan)."));
    parser.addOption(jsonOption);
    if (auto stop = context.parse(parser,
            QCoreApplication::translate("CliFloor",
                "Laporkan apa yang tidak aman pada lantai ini dilihat dari koneksi ini. Kode keluar 1 kalau ada "
                "yang tidak aman.")))
        return *stop;
    auto database = context.database(false);
    if (!database.ok())
        return context.fail(database.error());
    if (database.value()->peopleAreDatabaseLogins()) {
        // A workstation's URL: check it as the person who will use it.
        auto actor = signInUser(context, *database.value(), parser.value(userOption()));
        if (!actor.ok())
            return context.fail(actor.error());
    }
    auto findings = floor_setup::check(*database.value());
    if (!findings.ok())
        return context.fail(findings.error());
    bool unsafe = false;
    QJsonArray rows;
    for (const floor_setup::Finding& finding : std::as_const(findings.value())) {
        unsafe = unsafe || finding.severity == floor_setup::Severity::Unsafe;
        rows.append(
            QJsonObject { { QStringLiteral("severity"), floor_setup::severityLabel(finding.severity).toLower() },
                { QStringLiteral("finding"), finding.what } });
    }
    if (parser.isSet(jsonOption)) {
        context.printJson(
            QJsonDocument(QJsonObject { { QStringLiteral("database"), database.value()->url().displayString() },
                { QStringLiteral("safe"), !unsafe }, { QStringLiteral("findings"), rows } }));
    } else {
        context.out() << QCoreApplication::translate("CliFloor", "Pemeriksaan lantai %1")
                             .arg(database.value()->url().displayString())
                      << "\n";
        TextTable table;
        table.setIndent(2);
        for (const floor_setup::Finding& finding : std::as_const(findings.value()))
            table.addRow({ floor_setup::severityLabel(finding.severity), finding.what });
        table.print(context.out());
    }
    return unsafe ? ExitBadInput : ExitOk;
}

int runFloor(CliContext& context)
{
    return dispatchAction(context, { { "init", runInit }, { "check", runCheck } },
        groupHelp(QCoreApplication::translate("CliFloor", "Pemakaian: csodesk-cli floor TINDAKAN ..."),
            {
                { QCoreApplication::translate("CliFloor", "init --admin NAMA"),
                    QCoreApplication::translate("CliFloor",
                        "sebagai pemilik skema (login-nya di --db): peran grup, skema, hak akses, fungsi, "
                        "admin pertama (kata sandi di masukan standar); aman dijalankan ulang") },
                { QCoreApplication::translate("CliFloor", "check [--user NAMA] [--json]"),
                    QCoreApplication::translate("CliFloor",
                        "apa yang tidak aman pada lantai ini dilihat dari koneksi ini; kode keluar 1 kalau ada") },
            }));
}

} // namespace

void registerFloorCommands(CommandRegistry& registry)
{
    registry.add({ QStringLiteral("floor"),
        QCoreApplication::translate("CliFloor", "Siapkan (init) atau periksa lantai PostgreSQL"), runFloor });
}

} // namespace csodesk::cli
