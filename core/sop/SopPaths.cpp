#include "SopPaths.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>
#include <limits>

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

qint64 countSopPaths(const SopDocument& document)
{
    // Paths from a node = the sum over its edges (an ask's choices) of the paths from there;
    // an outcome has one. Computed children first with an explicit stack; a node met again
    // while in progress (a cycle, refused by the validator anyway) counts nothing.
    QHash<QString, qint64> paths;
    QSet<QString> inProgress;
    QList<QString> stack { document.start };
    while (!stack.isEmpty()) {
        const QString id = stack.last();
        const SopNode* node = document.findNode(id);
        if (!node || paths.contains(id)) {
            stack.removeLast();
            continue;
        }
        if (node->kind == SopNodeKind::Outcome) {
            paths.insert(id, 1);
            stack.removeLast();
            continue;
        }
        const QStringList edges
            = node->kind == SopNodeKind::Ask ? [&] {
                  QStringList nexts;
                  for (const SopChoice& choice : node->choices)
                      nexts << choice.next;
                  return nexts;
              }()
                                            : QStringList { node->next };
        bool ready = true;
        if (!inProgress.contains(id)) {
            inProgress.insert(id);
            for (const QString& next : edges) {
                if (!paths.contains(next) && !inProgress.contains(next) && document.findNode(next)) {
                    stack.append(next);
                    ready = false;
                }
            }
        }
        if (!ready)
            continue;
        qint64 total = 0;
        for (const QString& next : edges) {
            const qint64 more = paths.value(next, 0);
            total
                = more > std::numeric_limits<qint64>::max() - total ? std::numeric_limits<qint64>::max() : total + more;
        }
        paths.insert(id, total);
        inProgress.remove(id);
        stack.removeLast();
    }
    return paths.value(document.start, 0);
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
