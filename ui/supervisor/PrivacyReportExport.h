#pragma once

#include "PrivacyReportDialog.h"
#include "auth/Actor.h"

#include <QFileDialog>
#include <QObject>
#include <QPointer>

class QWidget;

namespace csodesk::ui {

struct ConsoleServices;

// The console's "Laporan data pribadi…" (admins): asks the IDPEL, then where the PDF goes (the
// save dialog asks before replacing), opens the files, builds the report off the GUI thread
// through core's PrivacyReport (so the access log records it) and writes the PDF, and the JSON
// beside it when asked. The dialogs are window-modal and non-blocking, so tests answer them.
class PrivacyReportExport : public QObject {
    Q_OBJECT

public:
    PrivacyReportExport(Actor actor, ConsoleServices& services, QWidget* parent);

    void start();
    // After the IDPEL is known: writes the report to `pdfPath` (and `jsonPath` when not empty).
    void save(const QString& idpel, const QString& pdfPath, const QString& jsonPath);

    [[nodiscard]] PrivacyReportDialog* dialog() const { return m_dialog; }
    [[nodiscard]] QFileDialog* fileDialog() const { return m_fileDialog; }
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(bool saved);

private:
    void chooseFile();
    void fileChosen(const QString& path);

    Actor m_actor;
    ConsoleServices& m_services;
    QWidget* m_parent;
    QPointer<PrivacyReportDialog> m_dialog;
    QPointer<QFileDialog> m_fileDialog;
    bool m_running = false;
};

} // namespace csodesk::ui
