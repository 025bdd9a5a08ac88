#pragma once

#include "auth/Actor.h"
#include "common/Result.h"
#include "tickets/Ticket.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTabWidget;

namespace csodesk::ui {

class BusyOverlay;
struct ConsoleServices;

// One filed ticket, read-only: every field, the SOP path as a transcript and the history.
// A supervisor adds a review note (optionally flagged "sesuai SOP" / "perlu koreksi") and
// moves a forwarded KELUHAN along (done by the unit, cancelled, reopened); both are appended
// events. Nothing here edits or deletes the ticket itself — core and the schema refuse it.
class TicketDetailDialog : public QDialog {
    Q_OBJECT

public:
    TicketDetailDialog(Actor actor, ConsoleServices& services, QString ticketNumber, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] const std::optional<TicketDetail>& detail() const { return m_detail; }

    // What the buttons do after asking for a file or printer (tests call these directly).
    void saveNote();
    void saveStatus();
    [[nodiscard]] Status saveAsPdf(const QString& path);

Q_SIGNALS:
    void loaded();
    // A note, flag or status was appended: the log's rows are stale.
    void ticketChanged(const QString& ticketNumber);

private:
    void onLoaded(const Result<TicketDetail>& detail);
    void onEventSaved(const Result<TicketEvent>& event);
    void printTicket();
    void chooseAndSavePdf();
    [[nodiscard]] QString fieldsHtml(const Ticket& ticket) const;

    Actor m_actor;
    ConsoleServices& m_services;
    QString m_number;
    std::optional<TicketDetail> m_detail;
    QLabel* m_title;
    QTextBrowser* m_fields;
    QTabWidget* m_tabs;
    QTextBrowser* m_transcript;
    QTextBrowser* m_history;
    QPlainTextEdit* m_note;
    QComboBox* m_flag;
    QPushButton* m_saveNoteButton;
    QComboBox* m_status;
    QPushButton* m_saveStatusButton;
    QPushButton* m_printButton;
    QPushButton* m_pdfButton;
    BusyOverlay* m_overlay = nullptr;
};

} // namespace csodesk::ui
