#pragma once

#include "common/Result.h"

#include <QList>
#include <QMessageBox>
#include <QString>

#include <functional>
#include <memory>

namespace csodesk::ui {

// What a message box is about to ask; tests read these back instead of seeing a window.
struct MessageRequest {
    QMessageBox::Icon tone = QMessageBox::Information;
    QString title;
    QString text;
    QString informativeText;
    QMessageBox::StandardButtons buttons = QMessageBox::Ok;
    QMessageBox::StandardButton defaultButton = QMessageBox::Ok;
};

// Every message box of the app goes through here, for three reasons: the tone of an error
// follows its ErrorKind in one place; Qt's own button labels are replaced with Indonesian ones
// (Debian ships no Indonesian qtbase catalogue); and tests can pre-answer (see
// ScopedMessageAnswers) instead of blocking on a modal dialog.
class Messages {
public:
    // Shows a core Error: the message for the person, a hint on what to do next by kind.
    // Unavailable errors offer "Coba lagi"; returns true when the person chose to retry.
    static bool showError(QWidget* parent, const Error& error);

    static void inform(QWidget* parent, const QString& title, const QString& text);
    // Yes/No question; `destructive` makes "Tidak" the default (ending a call, discarding).
    [[nodiscard]] static bool confirm(
        QWidget* parent, const QString& title, const QString& text, bool destructive = false);

    // Any other question; the answer (or Cancel when closed).
    static QMessageBox::StandardButton ask(QWidget* parent, const MessageRequest& request);

    // The request showError would make, without showing it (screenshots, tests).
    [[nodiscard]] static MessageRequest errorRequest(const Error& error);
    // A ready, unshown message box for a request (Indonesian/English button labels applied).
    [[nodiscard]] static std::unique_ptr<QMessageBox> build(QWidget* parent, const MessageRequest& request);

    [[nodiscard]] static QMessageBox::Icon toneFor(ErrorKind kind);

    // The seam: when set, ask() hands the request to it instead of showing a dialog.
    using Responder = std::function<QMessageBox::StandardButton(const MessageRequest&)>;
    static void setResponder(Responder responder);
};

// Pre-answers the next message boxes in a test, in order, and records what was asked.
// A box asked with no answer left is answered Cancel (or its only button) and recorded, so a
// test that forgot one fails on its assertions instead of hanging on a modal loop.
class ScopedMessageAnswers {
public:
    explicit ScopedMessageAnswers(QList<QMessageBox::StandardButton> answers = {});
    ~ScopedMessageAnswers();
    ScopedMessageAnswers(const ScopedMessageAnswers&) = delete;
    ScopedMessageAnswers& operator=(const ScopedMessageAnswers&) = delete;

    [[nodiscard]] const QList<MessageRequest>& asked() const { return m_state->asked; }
    [[nodiscard]] int unusedAnswers() const { return int(m_state->answers.size()); }

private:
    struct State {
        QList<QMessageBox::StandardButton> answers;
        QList<MessageRequest> asked;
    };
    std::shared_ptr<State> m_state;
};

} // namespace csodesk::ui
