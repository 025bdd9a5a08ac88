#pragma once

#include "apkt/ApktCatalogue.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "sop/SopContext.h"
#include "sop/SopDocument.h"
#include "tickets/TicketDraft.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace csodesk {

enum class SopLanguage { Indonesian, English };

// One walk of one SOP for one customer. The desktop panel and the CLI drive the same session:
//   say     -> show text(), then proceed()
//   ask     -> show text() and the choices (choiceLabel()), then choose(choiceId)
//   collect -> show text() and currentNode().fields, check as typed with fieldProblems(),
//              then submit(values)
//   outcome -> show text() (closing script) and draft(); file the draft
// back() undoes the last step at any point. Every step is recorded (node, text, choice or
// values, time from the Clock) and becomes the draft's transcript.
class SopSession {
public:
    SopSession(
        std::shared_ptr<const SopDocument> sop, SopContext context, ApktUnit contactCenterUnit, const Clock& clock);

    [[nodiscard]] const SopDocument& sop() const { return *m_sop; }
    [[nodiscard]] const SopContext& context() const { return m_context; }
    [[nodiscard]] const SopNode& currentNode() const;
    [[nodiscard]] bool isAtOutcome() const { return currentNode().kind == SopNodeKind::Outcome; }

    // The current node's text with the customer's data filled in.
    [[nodiscard]] QString text(SopLanguage language = SopLanguage::Indonesian) const;
    [[nodiscard]] QString choiceLabel(const SopChoice& choice, SopLanguage language = SopLanguage::Indonesian) const;

    // At an ask node with a suggestion rule: the choice the captured values point to, or an
    // empty string (no rule, or a value missing). The agent still chooses.
    [[nodiscard]] QString suggestedChoice() const;
    // Why a choice of the current ask does not apply to this customer (its "when"), or an empty
    // string when it does. A choice that does not apply is refused by choose().
    [[nodiscard]] QString unavailableReason(const SopChoice& choice) const;
    // At an outcome: the placeholders its ticket description needs that the look-up did not
    // provide. draft() refuses while any is missing.
    [[nodiscard]] QStringList missingForTicket() const;

    [[nodiscard]] Status proceed();
    [[nodiscard]] Status choose(const QString& choiceId);
    // Per-field messages (field id -> Indonesian message) for the values as typed; empty = all good.
    [[nodiscard]] QMap<QString, QString> fieldProblems(const QMap<QString, QString>& values) const;
    // Per-field warnings (field id -> Indonesian message) for values that are well-formed but
    // doubtful: a meter stand below the last stand PLN accepted (meter replaced? misread?). The
    // agent checks with the customer and confirms; empty = nothing to confirm.
    [[nodiscard]] QMap<QString, QString> fieldWarnings(const QMap<QString, QString>& values) const;
    // Checks every field of the current collect node and, when all are good, stores them
    // normalised and moves on. Otherwise nothing changes and the error lists the problems.
    // While fieldWarnings() has any, it also refuses unless `warningsConfirmed`; confirmed
    // warnings are kept in the step (TranscriptStep::confirmed), so the ticket shows them.
    [[nodiscard]] Status submit(const QMap<QString, QString>& values, bool warningsConfirmed = false);

    // Walks on with another customer context (the agent picked another month's bill) when
    // nothing read out so far changes with it: the steps taken and the current text must
    // render the same. Otherwise refuses and keeps the context: what was said stays true.
    [[nodiscard]] Status replaceContext(const SopContext& context);

    [[nodiscard]] bool canGoBack() const { return !m_path.isEmpty(); }
    [[nodiscard]] Status back();

    // The steps taken so far (the current node is not in it yet).
    [[nodiscard]] const QList<TranscriptStep>& path() const { return m_path; }
    // Everything captured on the path so far, by field id (a later capture of an id wins).
    [[nodiscard]] QMap<QString, QString> capturedFields() const;

    // At an outcome: the ticket draft, its transcript ending with the outcome step.
    [[nodiscard]] Result<TicketDraft> draft() const;

    // Re-walks recorded steps (a saved call in progress, the CLI's answers), keeping their
    // times. Stops at the first step that does not fit, leaving the session where it was.
    [[nodiscard]] Status replay(const QList<TranscriptStep>& steps);

private:
    [[nodiscard]] QString render(const QString& text, SopLanguage language, QStringList* missing = nullptr) const;
    void passInapplicableSays();
    [[nodiscard]] Error wrongKind(const QString& action) const;
    void advance(TranscriptStep step, const QString& next);

    std::shared_ptr<const SopDocument> m_sop;
    SopContext m_context;
    ApktUnit m_contactCenterUnit;
    const Clock& m_clock;
    QString m_current;
    QList<TranscriptStep> m_path;
    QDateTime m_arrivedAtOutcome;
};

} // namespace csodesk
