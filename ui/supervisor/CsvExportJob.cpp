#include "CsvExportJob.h"

#include "toolkit/BackgroundRunner.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace csodesk::ui {

CsvExportJob::CsvExportJob(const Actor& actor, TicketCsvExporter& exporter, BackgroundRunner& runner, QObject* parent)
    : QObject(parent)
    , m_actor(actor)
    , m_exporter(exporter)
    , m_runner(runner)
    , m_state(std::make_shared<State>())
{
}

void CsvExportJob::start(const TicketFilter& filter, const QString& path)
{
    m_running = true;
    TicketCsvExporter* exporter = &m_exporter;
    const Actor actor = m_actor;
    std::shared_ptr<State> state = m_state;
    m_runner.run(
        this, tr("Mengekspor tiket ke CSV…"),
        [exporter, actor, filter, path, state]() -> Result<CsvExportSummary> {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return makeError(ErrorKind::InvalidInput,
                    QCoreApplication::translate("csodesk::ui::CsvExportJob", "Berkas %1 tidak bisa ditulis: %2")
                        .arg(path, file.errorString()),
                    QStringLiteral("export: cannot open target file"));
            CsvExportOptions options;
            options.progress = [state](qint64 written, qint64 total) {
                state->written = written;
                state->total = total;
                return !state->cancel.load();
            };
            auto summary = exporter->exportCsv(actor, filter, file, options);
            if (!summary.ok() || summary->cancelled) {
                file.cancelWriting();
                return summary;
            }
            if (!file.commit())
                return makeError(ErrorKind::InvalidInput,
                    QCoreApplication::translate("csodesk::ui::CsvExportJob", "Berkas %1 tidak bisa disimpan: %2")
                        .arg(path, file.errorString()),
                    QStringLiteral("export: commit failed"));
            return summary;
        },
        [this](const Result<CsvExportSummary>& result) {
            m_running = false;
            Q_EMIT finished(result);
        });
}

} // namespace csodesk::ui
