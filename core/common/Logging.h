#pragma once

#include <QString>

#include <memory>

namespace spdlog {
class logger;
}

namespace csodesk {

struct LoggingOptions {
    QString logDirectory; // rotating file csodesk.log lives here; empty = no file log
    QString level = QStringLiteral("info"); // trace, debug, info, warn, error, critical, off
    bool toStderr = false; // the CLI also logs to stderr
    QString stderrLevel = QStringLiteral("warn"); // stderr is for problems, not chatter
    QString fileName = QStringLiteral("csodesk.log");
};

// Sets up the default spdlog logger (file + optional stderr, every line passed through the
// personal-data redactor) and routes Qt's own qDebug/qWarning into it.
// Returns false with a reason when the log directory cannot be used; logging then goes to
// stderr only, because a log problem must never stop an agent from working.
bool initLogging(const LoggingOptions& options, QString* problem = nullptr);

// Flushes and drops the sinks (tests call this before reading the file back).
void shutdownLogging();

[[nodiscard]] bool isValidLogLevel(const QString& level);

} // namespace csodesk
