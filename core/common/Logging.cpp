#include "Logging.h"

#include "Masking.h"
#include "OutputFile.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <sys/stat.h>
#include <vector>

namespace csodesk {

namespace {

// Passes every message through redactPersonalData before the real sinks see it.
class RedactingSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    explicit RedactingSink(std::vector<spdlog::sink_ptr> targets)
        : m_targets(std::move(targets))
    {
    }

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        const QString original = QString::fromUtf8(msg.payload.data(), static_cast<qsizetype>(msg.payload.size()));
        const std::string redacted = redactPersonalData(original).toStdString();
        spdlog::details::log_msg copy = msg;
        copy.payload = spdlog::string_view_t(redacted.data(), redacted.size());
        for (const auto& target : m_targets) {
            if (target->should_log(copy.level))
                target->log(copy);
        }
    }

    void flush_() override
    {
        for (const auto& target : m_targets)
            target->flush();
    }

private:
    std::vector<spdlog::sink_ptr> m_targets;
};

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::default_logger()->flush();
        break;
    }
}

} // namespace

bool isValidLogLevel(const QString& level)
{
    const std::string name = level.toLower().toStdString();
    return spdlog::level::from_str(name) != spdlog::level::off || name == "off";
}

bool initLogging(const LoggingOptions& options, QString* problem)
{
    std::vector<spdlog::sink_ptr> targets;
    bool fileOk = true;
    if (!options.logDirectory.isEmpty()) {
        if (!makeOwnerOnlyDirectory(options.logDirectory)) {
            fileOk = false;
            if (problem)
                *problem = QStringLiteral("cannot create log directory %1").arg(options.logDirectory);
        } else {
            try {
                const QString path = QDir(options.logDirectory).filePath(options.fileName);
                constexpr std::size_t kMaxBytes = std::size_t { 5 } * 1024 * 1024;
                constexpr std::size_t kMaxFiles = 5;
                // Logs name users and masked customers: owner-only, each file as it is opened
                // (rotation opens new ones), whatever the umask.
                spdlog::file_event_handlers ownerOnly;
                ownerOnly.after_open = [](const spdlog::filename_t&, std::FILE* stream) {
                    ::fchmod(::fileno(stream), S_IRUSR | S_IWUSR);
                };
                targets.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    path.toStdString(), kMaxBytes, kMaxFiles, false, ownerOnly));
            } catch (const spdlog::spdlog_ex& ex) {
                fileOk = false;
                if (problem)
                    *problem = QString::fromUtf8(ex.what());
            }
        }
    }
    if (options.toStderr || !fileOk) {
        auto stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        if (fileOk && isValidLogLevel(options.stderrLevel))
            stderrSink->set_level(spdlog::level::from_str(options.stderrLevel.toLower().toStdString()));
        targets.push_back(stderrSink);
    }

    auto logger = std::make_shared<spdlog::logger>("csodesk", std::make_shared<RedactingSink>(std::move(targets)));
    const auto level = isValidLogLevel(options.level) ? spdlog::level::from_str(options.level.toLower().toStdString())
                                                      : spdlog::level::info;
    logger->set_level(level);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %^%-5l%$ [%t] %v", spdlog::pattern_time_type::utc);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageToSpdlog);
    return fileOk;
}

void shutdownLogging()
{
    qInstallMessageHandler(nullptr);
    if (auto logger = spdlog::default_logger())
        logger->flush();
    spdlog::set_default_logger(std::make_shared<spdlog::logger>("csodesk"));
}

} // namespace csodesk
