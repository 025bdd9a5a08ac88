#pragma once

#include "sop/SopDocument.h"

#include <QString>

namespace csodesk {

// The outcome of checking one typed value: the value as it is stored (trimmed, normalised),
// or a message for the agent in Indonesian saying what is wrong.
struct SopFieldCheck {
    bool ok = false;
    QString value;
    QString message;
};

// Checks a value against its field: required, and the type's form
//  - email:       one "@", a dotted domain, no spaces;             stored lower-case
//  - phone:       an Indonesian number, 08… or +62…/62…, 10–13 digits; stored as 08…
//  - meter_stand: a non-negative reading with at most 2 decimals (',' or '.'); stored as bills
//                 print stands: decimal comma, at least one decimal ("47800,0")
//  - text:        at most the field's maxLength characters;          stored trimmed
// An empty optional field is ok and stored as "".
[[nodiscard]] SopFieldCheck checkSopField(const SopField& field, const QString& input);

} // namespace csodesk
