#include "SopSession.h"

#include "sop/SopFieldValidator.h"
#include "sop/SopSuggestion.h"
#include "sop/SopTemplate.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace csodesk {

namespace {

Error invalid(const QString& message, const QString& detail)
{
    return makeError(ErrorKind::InvalidInput, message, detail);
}

} // namespace

SopSession::SopSession(
    std::shared_ptr<const SopDocument> sop, SopContext context, ApktUnit contactCenterUnit, const Clock& clock)
    : m_sop(std::move(sop))
    , m_context(std::move(context))
    , m_contactCenterUnit(std::move(contactCenterUnit))
    , m_clock(clock)
    , m_current(m_sop->start)
{
    passInapplicableSays();
}

void SopSession::passInapplicableSays()
{
    // A say whose condition does not hold for this customer is not read out; the walk goes on.
    // The validator refuses a cycle, so this ends.
    for (const SopNode* node = &currentNode(); node->kind == SopNodeKind::Say && !node->when.holds(m_context.facts);
         node = &currentNode())
        m_current = node->next;
}

const SopNode& SopSession::currentNode() const
{
    // The loader guarantees every reachable id resolves; the session only follows edges.
    return *m_sop->findNode(m_current);
}

QString SopSession::render(const QString& text, SopLanguage language, QStringList* missing) const
{
    const bool english = language == SopLanguage::English;
    const QMap<QString, QString> fields = capturedFields();
    return renderSopTemplate(text, [&](const SopTemplateToken& token) -> QString {
        switch (token.source) {
        case SopTemplateToken::Source::Context: {
            QString value = m_context.value(token.name);
            if (!value.isEmpty())
                return value;
            if (missing && !missing->contains(token.name))
                missing->append(token.name);
            // Chosen by the language asked for, not by the UI's translator: a ticket description
            // is Indonesian whatever language the agent's screen is in.
            return english ? QStringLiteral("(not available)") : QStringLiteral("(tidak tersedia)");
        }
        case SopTemplateToken::Source::Field: {
            const QString value = fields.value(token.name);
            return value.isEmpty() ? QStringLiteral("-") : value;
        }
        case SopTemplateToken::Source::Choice:
            for (const TranscriptStep& step : m_path) {
                if (step.nodeId != token.name)
                    continue;
                const SopChoice* choice = m_sop->findNode(step.nodeId)->findChoice(step.choiceId);
                if (english)
                    return render(choice->labelEn, language, missing);
                return render(choice->summary.isEmpty() ? choice->label : choice->summary, language, missing);
            }
            return QStringLiteral("-");
        case SopTemplateToken::Source::Snippet: {
            const SopSnippet snippet = m_sop->snippets.value(token.name);
            return render(english ? snippet.textEn : snippet.text, language, missing);
        }
        }
        return {};
    });
}

QString SopSession::text(SopLanguage language) const
{
    const SopNode& node = currentNode();
    return render(language == SopLanguage::English ? node.textEn : node.text, language);
}

QString SopSession::choiceLabel(const SopChoice& choice, SopLanguage language) const
{
    return render(language == SopLanguage::English ? choice.labelEn : choice.label, language);
}

QString SopSession::suggestedChoice() const
{
    const SopNode& node = currentNode();
    if (node.kind != SopNodeKind::Ask || !node.suggest)
        return {};
    const SopSuggestRule& rule = *node.suggest;
    const QString suggested = suggestChoice(rule, capturedFields().value(rule.measuredField),
        m_context.value(rule.billed), rule.tolerance.isEmpty() ? QString() : m_context.value(rule.tolerance));
    const SopChoice* choice = node.findChoice(suggested);
    return choice && unavailableReason(*choice).isEmpty() ? suggested : QString();
}

QString SopSession::unavailableReason(const SopChoice& choice) const
{
    return choice.when.unmetReason(m_context.facts);
}

QStringList SopSession::missingForTicket() const
{
    if (!isAtOutcome())
        return {};
    QStringList missing;
    (void)render(currentNode().outcome.descriptionTemplate, SopLanguage::Indonesian, &missing);
    return missing;
}

Error SopSession::wrongKind(const QString& action) const
{
    const SopNode& node = currentNode();
    return invalid(QCoreApplication::translate("SopSession", "Langkah \"%1\" tidak bisa %2: node ini berjenis %3.")
                       .arg(node.id, action, sopNodeKindCode(node.kind)),
        QStringLiteral("sop step kind mismatch"));
}

void SopSession::advance(TranscriptStep step, const QString& next)
{
    step.nodeId = m_current;
    step.nodeKind = sopNodeKindCode(currentNode().kind);
    step.text = text();
    if (!step.at.isValid())
        step.at = m_clock.nowUtc();
    m_path.append(std::move(step));
    m_current = next;
    passInapplicableSays();
    if (isAtOutcome())
        m_arrivedAtOutcome = m_path.last().at;
}

Status SopSession::proceed()
{
    if (currentNode().kind != SopNodeKind::Say)
        return wrongKind(QCoreApplication::translate("SopSession", "dilanjutkan tanpa jawaban"));
    advance({}, currentNode().next);
    return {};
}

Status SopSession::choose(const QString& choiceId)
{
    const SopNode& node = currentNode();
    if (node.kind != SopNodeKind::Ask)
        return wrongKind(QCoreApplication::translate("SopSession", "dijawab dengan pilihan"));
    const SopChoice* choice = node.findChoice(choiceId);
    if (!choice) {
        QStringList ids;
        for (const SopChoice& candidate : node.choices)
            ids.append(candidate.id);
        return invalid(QCoreApplication::translate(
                           "SopSession", "Pilihan \"%1\" tidak ada di langkah \"%2\"; pilihan yang ada: %3.")
                           .arg(choiceId, node.id, ids.join(QStringLiteral(", "))),
            QStringLiteral("unknown sop choice"));
    }
    if (const QString reason = unavailableReason(*choice); !reason.isEmpty()) {
        return invalid(
            QCoreApplication::translate("SopSession", "Pilihan \"%1\" tidak berlaku untuk pelanggan ini: %2.")
                .arg(choiceLabel(*choice), reason),
            QStringLiteral("sop choice condition not met"));
    }
    TranscriptStep step;
    step.choiceId = choice->id;
    step.choiceLabel = choiceLabel(*choice);
    advance(std::move(step), choice->next);
    return {};
}

QMap<QString, QString> SopSession::fieldProblems(const QMap<QString, QString>& values) const
{
    QMap<QString, QString> problems;
    for (const SopField& field : currentNode().fields) {
        const SopFieldCheck check = checkSopField(field, values.value(field.id));
        if (!check.ok)
            problems.insert(field.id, check.message);
    }
    return problems;
}

QMap<QString, QString> SopSession::fieldWarnings(const QMap<QString, QString>& values) const
{
    QMap<QString, QString> warnings;
    const std::optional<qint64> lastRead = parseHundredths(m_context.value(QStringLiteral("last_read_stand")));
    if (!lastRead)
        return warnings;
    for (const SopField& field : currentNode().fields) {
        if (field.type != SopFieldType::MeterStand)
            continue;
        const SopFieldCheck check = checkSopField(field, values.value(field.id));
        const std::optional<qint64> typed = check.ok ? parseHundredths(check.value) : std::nullopt;
        if (!typed || *typed >= *lastRead)
            continue;
        warnings.insert(field.id,
            QCoreApplication::translate("SopSession",
                "Stand %1 lebih kecil dari stand terakhir yang diterima PLN (%2, %3). Meter berputar maju: "
                "pastikan dengan pelanggan apakah meter sudah diganti atau angkanya salah baca.")
                .arg(check.value, m_context.value(QStringLiteral("last_read_stand")),
                    m_context.value(QStringLiteral("last_read_from"))));
    }
    return warnings;
}

Status SopSession::submit(const QMap<QString, QString>& values, bool warningsConfirmed)
{
    const SopNode& node = currentNode();
    if (node.kind != SopNodeKind::Collect)
        return wrongKind(QCoreApplication::translate("SopSession", "diisi"));
    QStringList problems;
    TranscriptStep step;
    for (const SopField& field : node.fields) {
        const SopFieldCheck check = checkSopField(field, values.value(field.id));
        if (!check.ok)
            problems.append(QStringLiteral("%1: %2").arg(field.id, check.message));
        else if (!check.value.isEmpty())
            step.fields.insert(field.id, check.value);
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        bool known = false;
        for (const SopField& field : node.fields)
            known = known || field.id == it.key();
        if (!known)
            problems.append(
                QCoreApplication::translate("SopSession", "isian \"%1\" tidak ada di langkah ini").arg(it.key()));
    }
    if (!problems.isEmpty())
        return invalid(QCoreApplication::translate("SopSession", "Isian di langkah \"%1\" belum benar:\n%2")
                           .arg(node.id, problems.join(QLatin1Char('\n'))),
            QStringLiteral("sop field validation failed"));
    const QMap<QString, QString> warnings = fieldWarnings(values);
    if (!warnings.isEmpty() && !warningsConfirmed) {
        return makeError(ErrorKind::Conflict,
            QCoreApplication::translate("SopSession", "Isian di langkah \"%1\" perlu dikonfirmasi:\n%2")
                .arg(node.id, QStringList(warnings.values()).join(QLatin1Char('\n'))),
            QStringLiteral("sop field needs confirmation"));
    }
    step.confirmed = warnings.values();
    advance(std::move(step), node.next);
    return {};
}

Status SopSession::back()
{
    if (m_path.isEmpty())
        return invalid(
            QCoreApplication::translate("SopSession", "Sudah di langkah pertama; tidak ada yang bisa dibatalkan."),
            QStringLiteral("sop back at start"));
    m_current = m_path.takeLast().nodeId;
    m_arrivedAtOutcome = {};
    return {};
}

QMap<QString, QString> SopSession::capturedFields() const
{
    QMap<QString, QString> fields;
    for (const TranscriptStep& step : m_path) {
        for (auto it = step.fields.cbegin(); it != step.fields.cend(); ++it)
            fields.insert(it.key(), it.value());
    }
    return fields;
}

Result<TicketDraft> SopSession::draft() const
{
    if (!isAtOutcome())
        return invalid(
            QCoreApplication::translate("SopSession", "Tiket belum bisa dibuat: langkah SOP belum sampai pada hasil."),
            QStringLiteral("sop draft before outcome"));
    // What the ticket says must be true for this customer: a value the look-up did not give
    // is never filed as "(tidak tersedia)". Avoiding it is the SOP's job (its conditions).
    if (const QStringList missing = missingForTicket(); !missing.isEmpty()) {
        return invalid(QCoreApplication::translate("SopSession",
                           "Tiket tidak dapat dibuat: data pelanggan berikut tidak tersedia untuk uraiannya: %1. "
                           "Kembali dan pilih jalur atau rekening lain.")
                           .arg(missing.join(QStringLiteral(", "))),
            QStringLiteral("sop outcome with unfilled placeholders: %1").arg(missing.join(QStringLiteral(", "))));
    }
    const SopNode& node = currentNode();
    const SopOutcome& outcome = node.outcome;
    TicketDraft draft;
    draft.kind = outcome.kind;
    draft.issueTypeId = outcome.issueTypeId;
    draft.subIssueTypeId = outcome.subIssueTypeId;
    draft.routing = outcome.routing;
    draft.slaHours = outcome.slaHours;
    draft.customerIdpel = m_context.customerIdpel;
    draft.customerName = m_context.customerName;
    if (outcome.routing == TicketRouting::CustomerUnit) {
        draft.unitCode = m_context.unitCode;
        draft.unitName = m_context.unitName;
    } else {
        draft.unitCode = m_contactCenterUnit.code;
        draft.unitName = m_contactCenterUnit.name;
    }
    draft.fields = capturedFields();
    draft.description = render(outcome.descriptionTemplate, SopLanguage::Indonesian);
    draft.sopId = m_sop->id;
    draft.sopVersion = m_sop->version;
    draft.path = m_path;
    TranscriptStep last;
    last.nodeId = node.id;
    last.nodeKind = sopNodeKindCode(node.kind);
    last.text = text();
    last.at = m_arrivedAtOutcome.isValid() ? m_arrivedAtOutcome : m_clock.nowUtc();
    draft.path.append(last);
    return draft;
}

Status SopSession::replaceContext(const SopContext& context)
{
    SopSession trial(m_sop, context, m_contactCenterUnit, m_clock);
    const bool same = trial.replay(m_path).ok() && trial.m_current == m_current && trial.text() == text()
        && std::equal(m_path.cbegin(), m_path.cend(), trial.m_path.cbegin(), trial.m_path.cend(),
            [](const TranscriptStep& a, const TranscriptStep& b) {
                return a.text == b.text && a.choiceLabel == b.choiceLabel;
            });
    if (!same) {
        return makeError(ErrorKind::Conflict,
            QCoreApplication::translate("SopSession",
                "Rekening yang dibicarakan tidak bisa diganti di tengah SOP: yang sudah dibacakan menyebut "
                "rekening ini. Kembali ke awal SOP untuk mengganti bulan."),
            QStringLiteral("sop context change would alter what was read out"));
    }
    m_context = context;
    return {};
}

Status SopSession::replay(const QList<TranscriptStep>& steps)
{
    const QString startNode = m_current;
    const QList<TranscriptStep> startPath = m_path;
    const QDateTime startArrived = m_arrivedAtOutcome;
    for (const TranscriptStep& step : steps) {
        Status applied;
        if (step.nodeId != m_current) {
            applied = invalid(QCoreApplication::translate(
                                  "SopSession", "Langkah tersimpan \"%1\" tidak cocok: SOP berada di langkah \"%2\".")
                                  .arg(step.nodeId, m_current),
                QStringLiteral("sop replay out of step"));
        } else {
            switch (currentNode().kind) {
            case SopNodeKind::Say:
                applied = proceed();
                break;
            case SopNodeKind::Ask:
                applied = choose(step.choiceId);
                break;
            case SopNodeKind::Collect:
                applied = submit(step.fields, !step.confirmed.isEmpty());
                break;
            case SopNodeKind::Outcome:
                continue; // the outcome step is the draft's last line, not an action
            }
        }
        if (!applied.ok()) {
            m_current = startNode;
            m_path = startPath;
            m_arrivedAtOutcome = startArrived;
            return applied;
        }
        if (step.at.isValid()) {
            m_path.last().at = step.at;
            if (isAtOutcome())
                m_arrivedAtOutcome = step.at;
        }
    }
    return {};
}

} // namespace csodesk
