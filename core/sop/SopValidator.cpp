#include "SopValidator.h"

#include "sop/SopContext.h"
#include "sop/SopTemplate.h"
#include "tickets/DraftValidation.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace csodesk {

namespace {

class Validator {
public:
    Validator(const SopDocument& document, const ApktCatalogue& catalogue, QString file)
        : m_doc(document)
        , m_catalogue(catalogue)
        , m_file(std::move(file))
    {
    }

    QList<SopProblem> run()
    {
        indexNodes();
        checkEdges();
        if (!m_problems.isEmpty())
            return m_problems; // graph checks below assume every edge resolves
        checkReachable();
        checkCycles();
        if (!m_problems.isEmpty())
            return m_problems;
        checkDeadEnds();
        checkSnippets();
        for (const SopNode& node : m_doc.nodes) {
            checkTexts(node);
            if (node.suggest)
                checkSuggest(node, *node.suggest);
            if (node.kind == SopNodeKind::Ask)
                checkConditions(node);
            if (node.kind == SopNodeKind::Outcome)
                checkOutcome(node);
        }
        return m_problems;
    }

private:
    void problem(const QString& node, const QString& reason) { m_problems.append({ m_file, node, reason }); }

    void indexNodes()
    {
        for (const SopNode& node : m_doc.nodes) {
            if (m_index.contains(node.id))
                problem(node.id, QStringLiteral("id node muncul dua kali"));
            else
                m_index.insert(node.id, &node);
        }
    }

    void checkEdges()
    {
        if (!m_index.contains(m_doc.start))
            problem({}, QStringLiteral("\"start\" menunjuk node \"%1\" yang tidak ada").arg(m_doc.start));
        for (const SopNode& node : m_doc.nodes) {
            for (const QString& next : node.successors()) {
                if (!next.isEmpty() && !m_index.contains(next))
                    problem(node.id, QStringLiteral("menunjuk node \"%1\" yang tidak ada").arg(next));
            }
        }
    }

    // Nodes reachable from the start when the nodes in `removed` are taken out of the graph.
    QSet<QString> reachable(const QSet<QString>& removed = {}) const
    {
        QSet<QString> seen;
        if (removed.contains(m_doc.start))
            return seen;
        QList<QString> stack { m_doc.start };
        while (!stack.isEmpty()) {
            const QString id = stack.takeLast();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            for (const QString& next : m_index.value(id)->successors()) {
                if (!removed.contains(next))
                    stack.append(next);
            }
        }
        return seen;
    }

    void checkReachable()
    {
        const QSet<QString> seen = reachable();
        for (const SopNode& node : m_doc.nodes) {
            if (!seen.contains(node.id))
                problem(node.id, QStringLiteral("tidak dapat dicapai dari node awal \"%1\"").arg(m_doc.start));
        }
    }

    // Depth-first with an explicit stack: the depth of a document must not become the depth
    // of the C++ stack (a chain of 50,000 nodes used to crash every workstation reading it).
    void checkCycles()
    {
        enum class Mark { Unvisited, InProgress, Done };
        struct Frame {
            QString id;
            QStringList successors;
            qsizetype next = 0;
        };
        QHash<QString, Mark> marks;
        for (const SopNode& root : m_doc.nodes) {
            if (marks.value(root.id, Mark::Unvisited) != Mark::Unvisited)
                continue;
            QList<Frame> stack { { root.id, root.successors(), 0 } };
            marks[root.id] = Mark::InProgress;
            while (!stack.isEmpty()) {
                Frame& frame = stack.last();
                if (frame.next == frame.successors.size()) {
                    marks[frame.id] = Mark::Done;
                    stack.removeLast();
                    continue;
                }
                const QString next = frame.successors.at(frame.next++);
                const Mark mark = marks.value(next, Mark::Unvisited);
                if (mark == Mark::InProgress) {
                    problem(frame.id, QStringLiteral("membentuk siklus: kembali ke node \"%1\"").arg(next));
                } else if (mark == Mark::Unvisited) {
                    marks[next] = Mark::InProgress;
                    stack.append({ next, m_index.value(next)->successors(), 0 });
                }
            }
        }
    }

    void checkDeadEnds()
    {
        // With every edge resolved and no cycle, a path can only miss an outcome by stopping at
        // a node that leads nowhere (the reader already refuses a missing "next").
        for (const SopNode& node : m_doc.nodes) {
            if (node.kind != SopNodeKind::Outcome && node.successors().isEmpty())
                problem(node.id, QStringLiteral("jalur tanpa hasil: node ini tidak menuju node lain"));
        }
    }

    // True when every path from the start to `target` passes through one of `nodes`.
    bool alwaysVisitedBefore(const QSet<QString>& nodes, const QString& target) const
    {
        if (nodes.isEmpty())
            return false;
        return !reachable(nodes).contains(target);
    }

    void checkSnippets()
    {
        for (auto it = m_doc.snippets.cbegin(); it != m_doc.snippets.cend(); ++it) {
            for (const QString& text : { it->text, it->textEn }) {
                const SopTemplateParse parse = parseSopTemplate(text);
                for (const QString& reason : parse.problems)
                    problem({}, QStringLiteral("snippet \"%1\": %2").arg(it.key(), reason));
                for (const SopTemplateToken& token : parse.tokens) {
                    if (token.source != SopTemplateToken::Source::Context)
                        problem({},
                            QStringLiteral("snippet \"%1\": hanya boleh memakai placeholder data pelanggan "
                                           "seperti {name}, bukan field/choice/snippet")
                                .arg(it.key()));
                    else if (!isSopPlaceholder(token.name))
                        problem({},
                            QStringLiteral("snippet \"%1\": placeholder {%2} tidak dikenal").arg(it.key(), token.name));
                }
            }
        }
    }

    void checkTemplate(const SopNode& node, const QString& what, const QString& text)
    {
        const SopTemplateParse parse = parseSopTemplate(text);
        for (const QString& reason : parse.problems)
            problem(node.id, QStringLiteral("%1: %2").arg(what, reason));
        for (const SopTemplateToken& token : parse.tokens) {
            switch (token.source) {
            case SopTemplateToken::Source::Context:
                if (!isSopPlaceholder(token.name))
                    problem(node.id, QStringLiteral("%1: placeholder {%2} tidak dikenal").arg(what, token.name));
                break;
            case SopTemplateToken::Source::Snippet:
                if (!m_doc.snippets.contains(token.name))
                    problem(node.id, QStringLiteral("%1: snippet \"%2\" tidak ada").arg(what, token.name));
                break;
            case SopTemplateToken::Source::Field: {
                QSet<QString> collectors;
                for (const SopNode& other : m_doc.nodes) {
                    for (const SopField& field : other.fields) {
                        if (field.id == token.name && other.id != node.id)
                            collectors.insert(other.id);
                    }
                }
                if (collectors.isEmpty())
                    problem(node.id,
                        QStringLiteral("%1: {field:%2} tidak dikumpulkan oleh node collect mana pun")
                            .arg(what, token.name));
                else if (!alwaysVisitedBefore(collectors, node.id))
                    problem(node.id,
                        QStringLiteral("%1: {field:%2} belum tentu terisi: ada jalur ke node ini yang "
                                       "tidak melewati node collect-nya")
                            .arg(what, token.name));
                break;
            }
            case SopTemplateToken::Source::Choice: {
                const SopNode* asked = m_index.value(token.name);
                if (!asked || asked->kind != SopNodeKind::Ask || asked->id == node.id)
                    problem(
                        node.id, QStringLiteral("%1: {choice:%2} harus menunjuk node ask lain").arg(what, token.name));
                else if (!alwaysVisitedBefore({ asked->id }, node.id))
                    problem(node.id,
                        QStringLiteral("%1: {choice:%2} belum tentu terisi: ada jalur ke node ini yang "
                                       "tidak melewati node itu")
                            .arg(what, token.name));
                break;
            }
            }
        }
    }

    void checkTexts(const SopNode& node)
    {
        checkTemplate(node, QStringLiteral("text"), node.text);
        checkTemplate(node, QStringLiteral("text_en"), node.textEn);
        for (const SopChoice& choice : node.choices) {
            const QString where = QStringLiteral("pilihan \"%1\"").arg(choice.id);
            checkTemplate(node, where, choice.label);
            checkTemplate(node, where, choice.labelEn);
            checkTemplate(node, where, choice.summary);
        }
        if (node.kind == SopNodeKind::Outcome)
            checkTemplate(node, QStringLiteral("ticket.description"), node.outcome.descriptionTemplate);
    }

    void checkSuggest(const SopNode& node, const SopSuggestRule& rule)
    {
        QSet<QString> collectors;
        for (const SopNode& other : m_doc.nodes) {
            for (const SopField& field : other.fields) {
                if (field.id != rule.measuredField)
                    continue;
                collectors.insert(other.id);
                if (field.type != SopFieldType::MeterStand)
                    problem(node.id, QStringLiteral("suggest: isian \"%1\" harus berjenis meter_stand").arg(field.id));
            }
        }
        if (!alwaysVisitedBefore(collectors, node.id))
            problem(node.id,
                QStringLiteral("suggest: isian \"%1\" belum tentu terisi sebelum node ini").arg(rule.measuredField));
        for (const QString& placeholder : { rule.billed, rule.tolerance }) {
            if (!placeholder.isEmpty() && !isSopPlaceholder(placeholder))
                problem(node.id, QStringLiteral("suggest: placeholder {%1} tidak dikenal").arg(placeholder));
        }
        for (const QString& choice : { rule.billedAbove, rule.billedFarBelow, rule.otherwise }) {
            if (!node.findChoice(choice))
                problem(node.id, QStringLiteral("suggest: pilihan \"%1\" tidak ada di node ini").arg(choice));
        }
    }

    // Whoever the customer is, an ask offers at least one choice: the agent is never stuck
    // with every choice greyed out.
    void checkConditions(const SopNode& node)
    {
        for (const SopFacts& facts : possibleSopFacts()) {
            const bool offered = std::any_of(node.choices.cbegin(), node.choices.cend(),
                [&facts](const SopChoice& choice) { return choice.when.holds(facts); });
            if (offered)
                continue;
            QStringList state;
            for (auto it = facts.cbegin(); it != facts.cend(); ++it)
                state << QStringLiteral("%1=%2").arg(
                    it.key(), it.value() ? QStringLiteral("true") : QStringLiteral("false"));
            problem(node.id,
                QStringLiteral("tidak ada pilihan yang berlaku untuk pelanggan dengan %1")
                    .arg(state.join(QStringLiteral(", "))));
            return; // one combination says enough
        }
    }

    void checkOutcome(const SopNode& node)
    {
        const SopOutcome& outcome = node.outcome;
        const ApktIssueType* type = m_catalogue.findIssueType(outcome.issueTypeId);
        if (!type)
            problem(node.id, QStringLiteral("jenis keluhan \"%1\" tidak ada di katalog APKT").arg(outcome.issueTypeId));
        const ApktIssueType* owner = m_catalogue.issueTypeOfSubIssue(outcome.subIssueTypeId);
        if (!owner)
            problem(node.id,
                QStringLiteral("sub-jenis keluhan \"%1\" tidak ada di katalog APKT").arg(outcome.subIssueTypeId));
        else if (type && owner != type)
            problem(node.id,
                QStringLiteral("sub-jenis \"%1\" bukan bagian dari jenis \"%2\"")
                    .arg(outcome.subIssueTypeId, outcome.issueTypeId));
        if (outcome.kind == TicketKind::IssueClosed) {
            if (outcome.routing != TicketRouting::ContactCenter)
                problem(
                    node.id, QStringLiteral("Issue Closed selesai di contact center: routing harus contact_center"));
            if (outcome.slaHours != 0)
                problem(node.id, QStringLiteral("Issue Closed tidak punya SLA: sla_hours harus 0"));
        } else {
            if (outcome.routing != TicketRouting::CustomerUnit)
                problem(node.id, QStringLiteral("KELUHAN diteruskan ke unit pelanggan: routing harus customer_unit"));
            if (outcome.slaHours != kKeluhanSlaHours)
                problem(node.id, QStringLiteral("KELUHAN diselesaikan unit dalam 3 x 24 jam: sla_hours harus 72"));
        }
    }

    const SopDocument& m_doc;
    const ApktCatalogue& m_catalogue;
    QString m_file;
    QHash<QString, const SopNode*> m_index;
    QList<SopProblem> m_problems;
};

} // namespace

QList<SopProblem> validateSopDocument(
    const SopDocument& document, const ApktCatalogue& catalogue, const QString& sourceName)
{
    return Validator(document, catalogue, sourceName).run();
}

} // namespace csodesk
