#pragma once

#include "apkt/ApktCatalogue.h"
#include "sop/SopDocument.h"
#include "sop/SopProblem.h"

#include <QList>

namespace csodesk {

// The checks that make a read document safe to walk: node ids unique, every "next" and
// "start" points at a node, every node reachable from the start, no cycle, every path ends at
// an outcome, every placeholder exists (and a {field:…}/{choice:…} is always filled on the way
// to where it is used), every outcome names a catalogue sub-issue of its issue type with a
// routing and SLA that fit its kind.
[[nodiscard]] QList<SopProblem> validateSopDocument(
    const SopDocument& document, const ApktCatalogue& catalogue, const QString& sourceName);

} // namespace csodesk
