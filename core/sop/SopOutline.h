#pragma once

#include "apkt/ApktCatalogue.h"
#include "sop/SopDocument.h"

#include <QString>

namespace csodesk {

// The SOP as an indented tree a person can read (`csodesk-cli sop show`): each node with its
// kind and text, each choice numbered with the subtree it leads to, each outcome with the
// ticket it files. A node reached a second time is referred to, not repeated.
[[nodiscard]] QString sopOutline(const SopDocument& document, const ApktCatalogue& catalogue);

} // namespace csodesk
