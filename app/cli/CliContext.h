#pragma once

#include "CliCommand.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace csodesk::cli {

// What a command needs from the outside world: its arguments, the streams, the settings, the
// database named by --db/CSODESK_DB/settings/default, and one way to report failure.
class CliContext {
public:
    CliContext(QStringList commandArguments, QString globalDatabaseUrl, Settings& settings, const Clock& clock,
        QTextStream& out, QTextStream& err, bool englishAsked = false);

    // "csodesk-cli <command> ...": the command's own arguments, with argv[0] first.
    [[nodiscard]] const QStringList& arguments() const { return m_arguments; }

    // Adds --db, --english and --help to `parser`, parses the command's arguments and handles --help
    // and usage errors. Returns an exit code when the command must stop here.
    [[nodiscard]] std::optional<int> parse(QCommandLineParser& parser, const QString& description);

    // The database in force, opened (and migrated unless asked not to).
    [[nodiscard]] Result<std::shared_ptr<Database>> database(bool migrate = true);
    [[nodiscard]] QString databaseUrlText() const;

    // Prints the error's message (and detail at debug level in the log) and returns its exit code.
    int fail(const Error& error);
    // A usage mistake in this command: message + hint, exit 2.
    int usage(const QString& message);

    void printJson(const QJsonDocument& document);

    // --english, accepted by every command (main reads it from the whole command line and
    // switches the CLI's text to English before any command runs).
    [[nodiscard]] static const QCommandLineOption& englishOption();
    // Whether --english was given anywhere on the command line (not only the ui/language
    // setting): `sop walk` then also shows the scripts' English gloss.
    [[nodiscard]] bool englishAsked() const { return m_englishAsked; }

    [[nodiscard]] QTextStream& out() { return m_out; }
    [[nodiscard]] QTextStream& err() { return m_err; }
    [[nodiscard]] Settings& settings() { return m_settings; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }

private:
    QStringList m_arguments;
    QString m_globalDatabaseUrl;
    QString m_commandDatabaseUrl;
    Settings& m_settings;
    const Clock& m_clock;
    QTextStream& m_out;
    QTextStream& m_err;
    std::shared_ptr<Database> m_database;
    bool m_englishAsked = false;
};

// "kesalahan: MESSAGE" (in the language in force), the way every error line starts.
[[nodiscard]] QString errorLine(const QString& message);
// "peringatan: MESSAGE", for a problem that does not stop the command.
[[nodiscard]] QString warningLine(const QString& message);
// "Jalankan 'COMMAND --help' untuk cara pakai." for a usage mistake.
[[nodiscard]] QString helpHint(const QString& command);

[[nodiscard]] int exitCodeFor(const Error& error);

} // namespace csodesk::cli
