#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace csodesk {

// One reason an SOP document is refused: which file, which node (empty for the document
// itself) and why, in Indonesian for the supervisor who wrote it.
struct SopProblem {
    QString file;
    QString node;
    QString reason;

    [[nodiscard]] QString toString() const; // "file: node \"x\": reason"
    friend bool operator==(const SopProblem&, const SopProblem&) = default;
};

// All problems as one InvalidInput error, one problem per line.
[[nodiscard]] Error sopProblemsError(const QList<SopProblem>& problems);

} // namespace csodesk
