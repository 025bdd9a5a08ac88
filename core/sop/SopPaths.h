#pragma once

#include "sop/SopDocument.h"

#include <QList>
#include <QSet>
#include <QString>

namespace csodesk {

// One route from the start to an outcome: the nodes in order and, at each ask, the choice.
struct SopPathStep {
    QString nodeId;
    QString choiceId; // ask nodes only
};

struct SopPath {
    QList<SopPathStep> steps; // ends with the outcome node
    [[nodiscard]] QString outcomeId() const { return steps.isEmpty() ? QString() : steps.last().nodeId; }
    // "choice1--choice2": the choices made, which name the path uniquely (golden file names).
    [[nodiscard]] QString signature() const;
    // The branch tags of the nodes visited and choices made.
    [[nodiscard]] QSet<QString> branches(const SopDocument& document) const;
};

// Every path through a valid (acyclic) document, in choice order. The tests walk each one.
[[nodiscard]] QList<SopPath> enumerateSopPaths(const SopDocument& document);
// How many paths there are, without listing them: a document of many asks in a row has more
// paths than memory holds (`sop show` and `sop list` print this). Saturates at INT64_MAX.
[[nodiscard]] qint64 countSopPaths(const SopDocument& document);

} // namespace csodesk
