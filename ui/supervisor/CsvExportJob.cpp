#include "CsvExportJob.h"

#include "common/OutputFile.h"
#include "toolkit/BackgroundRunner.h"

#include <QCoreApplication>

namespace csodesk::ui {

CsvExportJob::CsvExportJob(Actor actor, TicketCsvExporter& exporter, BackgroundRunner& runner, QObject* parent)
    : QObject(parent)
    , m_actor(std::move(actor))
    , m_exporter(exporter)
    , m_runner(runner)
    , m_state(std::make_shared<State>())
{
}

void CsvExportJob::start(const TicketFilter& filter, const QString& path, const QStringList& protectedFiles)
{
    m_running = true;
    TicketCsvExporter* exporter = &m_exporter;
    const Actor actor = m_actor;
    std::shared_ptr<State> state = m_state;
    m_runner.run(
        this, tr("Mengekspor tiket ke CSV…"),
        [exporter, actor, filter, path, protectedFiles, state]() -> Result<CsvExportSummary> {
            // The save dialog has asked before replacing an existing file.
            OutputFile::Options output;
            output.replace = true;
            output.protectedPaths = protectedFiles;
            auto file = OutputFile::create(path, output);
            if (!file.ok())
                return file.error();
            CsvExportOptions options;
            options.progress = [state](qint64 written, qint64 total) {
                state->written = written;
                state->total = total;
                return !state->cancel.load();
            };
            auto summary = exporter->exportCsv(actor, filter, file.value()->device(), options);
            if (!summary.ok() || summary->cancelled)
                return summary; // the temporary file goes with `file`
            if (Status saved = file.value()->commit(); !saved.ok())
                return saved.error();
            return summary;
        },
        [this](const Result<CsvExportSummary>& result) {
            m_running = false;
            Q_EMIT finished(result);
        });
}

} // namespace csodesk::ui
