#pragma once

#include "sop/SopDocument.h"
#include "sop/SopProblem.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace csodesk {

// Reads the JSON form of an SOP (docs/sop-format.md) into `document`, as far as it can, and
// returns every problem of form: missing or mistyped keys, unknown keys, bad ids, unknown
// node kinds and field types. Graph, placeholder and catalogue checks are SopValidator's.
[[nodiscard]] QList<SopProblem> readSopJson(const QByteArray& json, const QString& sourceName, SopDocument* document);

// The document's identity and dates: id, version, title, title_en, effective_from/_to, source.
[[nodiscard]] QJsonObject sopHeaderToJson(const SopDocument& document);

// The same form back (what `sop show --json` prints); reading it again gives an equal document.
[[nodiscard]] QJsonObject sopDocumentToJson(const SopDocument& document);

} // namespace csodesk
