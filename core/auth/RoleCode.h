#pragma once

#include "auth/Actor.h"
#include "common/Result.h"

namespace csodesk {

// The inverse of roleCode(): "agent" / "supervisor" / "admin" as stored and typed on the CLI.
[[nodiscard]] Result<Role> roleFromCode(const QString& code);

} // namespace csodesk
