#pragma once

#include "auth/Actor.h"
#include "common/Result.h"
#include "tickets/TicketCsvExporter.h"
#include "tickets/TicketFilter.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace csodesk::ui {

class BackgroundRunner;

// One export of the log's current filter to a CSV file, on the runner. The file is written
// through OutputFile: owner-only, and it appears only when the export finished, so a cancelled
// or failed export leaves no half file behind. An existing file is replaced (by a complete one)
// only because the save dialog asked; a link, a device or a `protectedFiles` one never is.
// Progress is read by the GUI from atomics (polled), never pushed per row across threads.
class CsvExportJob : public QObject {
    Q_OBJECT

public:
    CsvExportJob(Actor actor, TicketCsvExporter& exporter, BackgroundRunner& runner, QObject* parent = nullptr);

    void start(const TicketFilter& filter, const QString& path, const QStringList& protectedFiles = {});
    // Thread-safe; the export stops after the row being written.
    void requestCancel() { m_state->cancel = true; }
    [[nodiscard]] qint64 written() const { return m_state->written; }
    [[nodiscard]] qint64 total() const { return m_state->total; }
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const csodesk::Result<csodesk::CsvExportSummary>& result);

private:
    struct State {
        std::atomic<bool> cancel { false };
        std::atomic<qint64> written { 0 };
        std::atomic<qint64> total { 0 };
    };

    Actor m_actor;
    TicketCsvExporter& m_exporter;
    BackgroundRunner& m_runner;
    std::shared_ptr<State> m_state;
    bool m_running = false;
};

} // namespace csodesk::ui
