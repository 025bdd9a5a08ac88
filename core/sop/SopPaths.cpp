#include "SopPaths.h"

#include <QStringList>

#include <functional>

namespace csodesk {

QString SopPath::signature() const
{
    QStringList choices;
    for (const SopPathStep& step : steps) {
        if (!step.choiceId.isEmpty())
            choices.append(step.choiceId);
    }
    return choices.isEmpty() ? QStringLiteral("direct") : choices.join(QStringLiteral("--"));
}

QSet<QString> SopPath::branches(const SopDocument& document) const
{
    QSet<QString> tags;
    for (const SopPathStep& step : steps) {
        const SopNode* node = document.findNode(step.nodeId);
        if (!node)
            continue;
        for (const QString& tag : node->branches)
            tags.insert(tag);
        if (const SopChoice* choice = node->findChoice(step.choiceId)) {
            for (const QString& tag : choice->branches)
                tags.insert(tag);
        }
    }
    return tags;
}

QList<SopPath> enumerateSopPaths(const SopDocument& document)
{
    QList<SopPath> paths;
    SopPath current;
    std::function<void(const QString&)> walk = [&](const QString& nodeId) {
        const SopNode* node = document.findNode(nodeId);
        if (!node)
            return;
        if (node->kind == SopNodeKind::Outcome) {
            current.steps.append({ nodeId, {} });
            paths.append(current);
            current.steps.removeLast();
            return;
        }
        if (node->kind == SopNodeKind::Ask) {
            for (const SopChoice& choice : node->choices) {
                current.steps.append({ nodeId, choice.id });
                walk(choice.next);
                current.steps.removeLast();
            }
            return;
        }
        current.steps.append({ nodeId, {} });
        walk(node->next);
        current.steps.removeLast();
    };
    walk(document.start);
    return paths;
}

} // namespace csodesk
