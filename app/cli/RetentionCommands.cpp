// privacy purge / privacy retention: the retention duty of UU 27/2022, for admins.
#include "RetentionCommands.h"

#include "CliActions.h"
#include "CliAuth.h"
#include "audit/AuditLog.h"
#include "common/TimeUtil.h"
#include "retention/RetentionService.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace csodesk::cli {

namespace {

QCommandLineOption jsonOutput()
{
    return { QStringLiteral("json"), QCoreApplication::translate("Cli", "Cetak sebagai JSON (tidak diterjemahkan).") };
}

// An unset option stays unset (the policy's value); a set one must be a whole number of days.
bool readDays(const QCommandLineParser& parser, const QString& option, std::optional<int>& days)
{
    if (!parser.isSet(option))
        return true;
    bool numeric = false;
    const int value = parser.value(option).toInt(&numeric);
    if (numeric)
        days = value;
    return numeric;
}

QString wibOrDash(const QDateTime& time)
{
    return time.isValid() ? formatWib(time) : QStringLiteral("-");
}

QJsonValue isoOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// Opens the database, signs the person in, and hands the retention service to `work`.
template <typename Work> int withRetention(CliContext& context, const QCommandLineParser& parser, Work&& work)
{
    auto database = context.database();
    if (!database.ok())
        return context.fail(database.error());
    auto actor = signInUser(context, *database.value(), parser.value(userOption()));
    if (!actor.ok())
        return context.fail(actor.error());
    AuditLog audit(*database.value(), context.clock());
    RetentionService retention(*database.value(), audit, context.clock());
    return std::forward<Work>(work)(retention, actor.value());
}

int printPolicy(CliContext& context, const RetentionPolicy& policy, bool json)
{
    if (json) {
        context.out() << QJsonDocument(QJsonObject {
                                           { QStringLiteral("ticket_days"), policy.ticketDays },
                                           { QStringLiteral("access_log_days"), policy.accessLogDays },
                                           { QStringLiteral("changed_at"), isoOrNull(policy.changedAt) },
                                           { QStringLiteral("changed_by"), policy.changedBy },
                                       })
                             .toJson(QJsonDocument::Compact)
                      << "\n";
        return ExitOk;
    }
    context.out()
        << QCoreApplication::translate("CliPrivacy", "Masa simpan tiket: %1 hari").arg(policy.ticketDays) << "\n"
        << QCoreApplication::translate("CliPrivacy", "Masa simpan log akses: %1 hari").arg(policy.accessLogDays)
        << "\n";
    if (policy.changedAt.isValid())
        context.out() << QCoreApplication::translate("CliPrivacy", "Diubah %1 oleh %2")
                             .arg(wibOrDash(policy.changedAt), policy.changedBy)
                      << "\n";
    else
        context.out() << QCoreApplication::translate("CliPrivacy", "Nilai bawaan, belum pernah diubah.") << "\n";
    return ExitOk;
}

} // namespace

int runPrivacyRetention(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption ticketOption(QStringLiteral("tickets-days"),
        QCoreApplication::translate("CliPrivacy", "Masa simpan data pribadi tiket, hari (paling sedikit 90)."),
        QCoreApplication::translate("CliPrivacy", "hari"));
    const QCommandLineOption accessOption(QStringLiteral("access-log-days"),
        QCoreApplication::translate("CliPrivacy", "Masa simpan rincian log akses, hari (paling sedikit 30)."),
        QCoreApplication::translate("CliPrivacy", "hari"));
    parser.addOption(ticketOption);
    parser.addOption(accessOption);
    parser.addOption(jsonOutput());
    if (auto stop = parseAction(context, parser,
            QCoreApplication::translate("CliPrivacy",
                "Menampilkan masa simpan data pribadi; dengan --tickets-days atau --access-log-days mengubahnya\n"
                "(admin; tercatat di log akses). Berlaku untuk seluruh basis data.")))
        return *stop;
    std::optional<int> ticketDays;
    std::optional<int> accessLogDays;
    if (!readDays(parser, ticketOption.names().first(), ticketDays)
        || !readDays(parser, accessOption.names().first(), accessLogDays))
        return context.usage(
            QCoreApplication::translate("CliPrivacy", "--tickets-days dan --access-log-days berisi bilangan bulat"));

    return withRetention(context, parser, [&](RetentionService& retention, const Actor& actor) -> int {
        auto policy = (ticketDays || accessLogDays) ? retention.setPolicy(actor, ticketDays, accessLogDays)
                                                    : retention.policy(actor);
        if (!policy.ok())
            return context.fail(policy.error());
        return printPolicy(context, policy.value(), parser.isSet(QStringLiteral("json")));
    });
}

int runPrivacyPurge(CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption ticketOption(QStringLiteral("older-than-days"),
        QCoreApplication::translate(
            "CliPrivacy", "Anonimkan tiket yang dicatat lebih dari sekian hari lalu (bawaan: masa simpan tiket)."),
        QCoreApplication::translate("CliPrivacy", "hari"));
    const QCommandLineOption accessOption(QStringLiteral("access-log-older-than-days"),
        QCoreApplication::translate("CliPrivacy",
            "Kosongkan rincian log akses yang lebih tua dari sekian hari (bawaan: masa simpan log akses)."),
        QCoreApplication::translate("CliPrivacy", "hari"));
    parser.addOption(ticketOption);
    parser.addOption(accessOption);
    parser.addOption(jsonOutput());
    if (auto stop = parseAction(context, parser,
            QCoreApplication::translate("CliPrivacy",
                "Menganonimkan data pribadi yang melewati masa simpannya (admin):\n"
                "tiket: nama pelanggan, isian, uraian, catatan dan teks serta isian alur SOP diganti;\n"
                "nomor, jenis, unit, waktu dan lama layanan tetap, sehingga angka periode lalu tidak berubah.\n"
                "log akses: IDPEL dan rincian dikosongkan; siapa, apa dan kapan tetap.\n"
                "Bisa diulang: yang sudah dianonimkan tidak disentuh lagi. Tercatat di log akses.")))
        return *stop;
    PurgeRequest request;
    if (!readDays(parser, ticketOption.names().first(), request.ticketDays)
        || !readDays(parser, accessOption.names().first(), request.accessLogDays))
        return context.usage(QCoreApplication::translate(
            "CliPrivacy", "--older-than-days dan --access-log-older-than-days berisi bilangan bulat"));

    return withRetention(context, parser, [&](RetentionService& retention, const Actor& actor) -> int {
        auto purged = retention.purge(actor, request);
        if (!purged.ok())
            return context.fail(purged.error());
        const PurgeResult& result = purged.value();
        if (parser.isSet(QStringLiteral("json"))) {
            context.out() << QJsonDocument(
                QJsonObject {
                    { QStringLiteral("tickets"), result.tickets },
                    { QStringLiteral("notes"), result.notes },
                    { QStringLiteral("access_log_rows"), result.accessLogRows },
                    { QStringLiteral("ticket_days"), result.ticketDays },
                    { QStringLiteral("access_log_days"), result.accessLogDays },
                    { QStringLiteral("tickets_before"), isoOrNull(result.ticketsBefore) },
                    { QStringLiteral("access_log_before"), isoOrNull(result.accessLogBefore) },
                })
                                 .toJson(QJsonDocument::Compact)
                          << "\n";
            return ExitOk;
        }
        context.out() << QCoreApplication::translate("CliPrivacy", "Tiket dianonimkan: %1 (dicatat sebelum %2)")
                             .arg(QLocale().toString(result.tickets), wibOrDash(result.ticketsBefore))
                      << "\n"
                      << QCoreApplication::translate("CliPrivacy", "Catatan tiket dikosongkan: %1")
                             .arg(QLocale().toString(result.notes))
                      << "\n"
                      << QCoreApplication::translate("CliPrivacy", "Baris log akses dikosongkan: %1 (sebelum %2)")
                             .arg(QLocale().toString(result.accessLogRows), wibOrDash(result.accessLogBefore))
                      << "\n";
        return ExitOk;
    });
}

} // namespace csodesk::cli
