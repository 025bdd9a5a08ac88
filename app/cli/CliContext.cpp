#include "CliContext.h"

#include "common/LogFormat.h"
#include "settings/AppPaths.h"
#include "storage/Migrator.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace csodesk::cli {

int exitCodeFor(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::InvalidInput:
    case ErrorKind::Conflict:
    case ErrorKind::PermissionDenied:
        return ExitBadInput;
    case ErrorKind::NotFound:
        return ExitNotFound;
    case ErrorKind::Unavailable:
    case ErrorKind::StorageFailure:
    case ErrorKind::SchemaTooNew:
    case ErrorKind::Internal:
        return ExitDatabase;
    }
    return ExitDatabase;
}

QString errorLine(const QString& message)
{
    return QCoreApplication::translate("Cli", "kesalahan: %1").arg(message);
}

QString warningLine(const QString& message)
{
    return QCoreApplication::translate("Cli", "peringatan: %1").arg(message);
}

QString helpHint(const QString& command)
{
    return QCoreApplication::translate("Cli", "Jalankan '%1 --help' untuk cara pakai.").arg(command);
}

CliContext::CliContext(QStringList commandArguments, QString globalDatabaseUrl, Settings& settings, const Clock& clock,
    QTextStream& out, QTextStream& err, bool englishAsked)
    : m_arguments(std::move(commandArguments))
    , m_globalDatabaseUrl(std::move(globalDatabaseUrl))
    , m_settings(settings)
    , m_clock(clock)
    , m_out(out)
    , m_err(err)
    , m_englishAsked(englishAsked)
{
}

const QCommandLineOption& CliContext::englishOption()
{
    static const QCommandLineOption option(QStringLiteral("english"),
        QCoreApplication::translate(
            "Cli", "Tampilkan teks program dalam bahasa Inggris (juga: setelan ui/language=en)."));
    return option;
}

std::optional<int> CliContext::parse(QCommandLineParser& parser, const QString& description)
{
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("Cli", "URL basis data (sqlite:PATH atau postgresql://...)."),
        QStringLiteral("url"));
    parser.setApplicationDescription(description);
    parser.addOption(dbOption);
    parser.addOption(englishOption());
    const QCommandLineOption helpOption = parser.addHelpOption();
    if (!parser.parse(m_arguments)) {
        m_err << errorLine(parser.errorText()) << "\n" << helpHint(m_arguments.value(0)) << "\n";
        m_err.flush();
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        m_out.flush();
        return ExitOk;
    }
    if (parser.isSet(dbOption))
        m_commandDatabaseUrl = parser.value(dbOption);
    return std::nullopt;
}

QString CliContext::databaseUrlText() const
{
    const QString commandLine = m_commandDatabaseUrl.isEmpty() ? m_globalDatabaseUrl : m_commandDatabaseUrl;
    return resolveDatabaseUrl(
        commandLine, qEnvironmentVariable("CSODESK_DB"), m_settings.databaseUrl(), AppPaths::defaultDatabasePath())
        .url;
}

Result<std::shared_ptr<Database>> CliContext::database(bool migrate)
{
    if (m_database)
        return m_database;
    auto url = DatabaseUrl::parse(databaseUrlText());
    if (!url.ok())
        return url.error();
    auto opened = migrate ? openMigratedDatabase(url.value()) : Database::open(url.value());
    if (!opened.ok())
        return opened.error();
    m_database = opened.value();
    return m_database;
}

int CliContext::fail(const Error& error)
{
    m_err << errorLine(error.message) << "\n";
    m_err.flush();
    if (!error.detail.isEmpty())
        spdlog::debug("{}: {}", m_arguments.value(0), error.detail);
    return exitCodeFor(error);
}

int CliContext::usage(const QString& message)
{
    m_err << errorLine(message) << "\n" << helpHint(m_arguments.value(0)) << "\n";
    m_err.flush();
    return ExitUsage;
}

void CliContext::printJson(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

} // namespace csodesk::cli
