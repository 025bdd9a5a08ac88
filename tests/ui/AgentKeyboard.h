#pragma once

#include "sop/SopContext.h"
#include "sop/SopDocument.h"
#include "sop/SopPaths.h"

#include <QString>
#include <QStringList>

namespace csodesk::test {

class AgentTestApp;

// The path of `document` that makes exactly these choices (throws when there is none).
[[nodiscard]] SopPath pathWithChoices(const SopDocument& document, const QStringList& choices);
// The steps of `path` before node `nodeId`: a walk of it stops in front of that node.
[[nodiscard]] SopPath pathUntil(const SopPath& path, const QString& nodeId);
// The number the SOP picker gives `sopId` today (its place among the SOPs in force).
[[nodiscard]] int sopNumber(AgentTestApp& app, const QString& sopId);

// What an agent would type into a field of each kind (the paths test and the screenshots).
// A value an agent types into `field` for the customer of `context`: a meter stand a little
// past the customer's last accepted reading (a meter only moves forward), when there is one.
[[nodiscard]] QString typedFieldValue(const SopField& field, const SopContext& context);

// Drives one SOP path in the agent workspace with the keyboard only, from the focused search
// field: types the IDPEL, Enter, picks the SOP by its number, then at each node Enter (say),
// the choice's number (ask), the fields with Tab between them and Enter (collect), and stops
// at the outcome preview (the caller files with Ctrl+Enter). REQUIREs each step to land where
// the path says.
void walkPathWithKeyboard(
    AgentTestApp& app, const SopDocument& document, int sopNumber, const SopPath& path, const QString& idpel);

} // namespace csodesk::test
