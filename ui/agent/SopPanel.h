#pragma once

#include "calls/Call.h"
#include "sop/SopLibrary.h"
#include "sop/SopSession.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace csodesk {
class ApktCatalogue;
class Clock;
} // namespace csodesk

namespace csodesk::ui {

// The SOP the agent follows on the call (the call's walk, Call::walk()), keyboard first:
//   picker  — type to filter, a number key (1-9) or Enter picks the SOP;
//   say     — the script in a large font, Enter continues;
//   ask     — the question and its choices, number keys choose (Enter takes the focused one);
//   collect — the fields, checked as typed, Enter submits;
//   outcome — the ticket preview and a note, Ctrl+Enter files.
// Alt+Left (or the Back button) undoes the last step. The path so far is shown above the
// script. The panel renders the walk and takes its steps; filing and the draft are the call's,
// told through walkChanged() and fileRequested().
class SopPanel : public QWidget {
    Q_OBJECT

public:
    SopPanel(Call& call, const SopLibrary& library, const ApktCatalogue& catalogue, const Clock& clock,
        QWidget* parent = nullptr);
    ~SopPanel() override;

    // The call's customer was found (or their bill changed): offer the SOPs in force today.
    void showCustomer();
    // No customer (new call, not found): the panel waits.
    void clear();
    // Puts the keyboard where the next action is (picker filter, choice, field, note).
    void focusEntry();

    // Starts a walk of `document` (the picker does this; tests may too).
    void start(const SopLibrary::DocumentPtr& document);
    // Shows the walk the call resumed from its saved draft, with what was typed but not yet
    // submitted and the note.
    void showResumedWalk();

    [[nodiscard]] const SopSession* session() const { return m_call.walk(); }
    [[nodiscard]] QMap<QString, QString> pendingFields() const;
    [[nodiscard]] QString agentNote() const;
    // At the outcome: offer to link the ticket to an earlier one of the same customer. The
    // repeat found (same sub-issue type, else same issue type) is chosen; the agent may pick
    // another of the customer's tickets or none.
    void setRepeatContact(const QString& ticketNumber);
    // The earlier ticket to link, or empty for none.
    [[nodiscard]] QString linkedTicketNumber() const;
    // While a filing runs the preview must not change.
    void setFilingInProgress(bool inProgress);

Q_SIGNALS:
    // A step was taken or undone, a field or the note was edited: the call draft changed.
    void walkChanged();
    // The agent reached an outcome (the workspace looks for repeat contacts).
    void outcomeReached(const QString& subIssueTypeId);
    void fileRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildPicker();
    void buildStepPage();
    void buildOutcomePage();
    void refreshPicker();
    void pickVisible(int number);
    void showCurrent();
    void showStep();
    void showOutcome();
    void clearDynamic();
    void onFieldEdited();
    void submitFields();
    void choose(int number);
    void proceed();
    void goBack();
    void requestFiling();
    [[nodiscard]] QMap<QString, QString> typedValues() const;
    [[nodiscard]] QString pathText() const;
    [[nodiscard]] SopSession* walk() const { return m_call.walk(); }

    Call& m_call;
    const SopLibrary& m_library;
    const ApktCatalogue& m_catalogue;
    const Clock& m_clock;
    QList<SopLibrary::DocumentPtr> m_offered; // the picker's SOPs, in list order
    bool m_submitTried = false;
    bool m_filing = false;

    QStackedWidget* m_pages = nullptr;
    QWidget* m_waitingPage = nullptr;
    // picker
    QWidget* m_pickerPage = nullptr;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_sopList = nullptr;
    // step
    QWidget* m_stepPage = nullptr;
    QLabel* m_sopTitle = nullptr;
    QLabel* m_path = nullptr;
    QLabel* m_script = nullptr;
    QLabel* m_suggestion = nullptr;
    QWidget* m_choiceBox = nullptr;
    QVBoxLayout* m_choiceLayout = nullptr;
    QWidget* m_fieldBox = nullptr;
    QVBoxLayout* m_fieldLayout = nullptr;
    QList<QPushButton*> m_choiceButtons;
    QMap<QString, QLineEdit*> m_fieldEdits;
    QMap<QString, QLabel*> m_fieldProblems;
    QMap<QString, QLabel*> m_fieldWarnings;
    QCheckBox* m_confirmWarnings = nullptr; // a doubtful stand is kept only when ticked
    QPushButton* m_backButton = nullptr;
    QPushButton* m_continueButton = nullptr;
    // outcome
    QWidget* m_outcomePage = nullptr;
    QLabel* m_outcomeTitle = nullptr;
    QLabel* m_outcomePath = nullptr;
    QLabel* m_outcomeScript = nullptr;
    QLabel* m_previewKind = nullptr;
    QLabel* m_previewType = nullptr;
    QLabel* m_previewUnit = nullptr;
    QLabel* m_previewDescription = nullptr;
    QWidget* m_linkBox = nullptr;
    QComboBox* m_linkRepeat = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_outcomeBack = nullptr;
    QPushButton* m_fileButton = nullptr;
};

} // namespace csodesk::ui
