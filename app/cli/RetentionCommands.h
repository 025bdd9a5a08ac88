#pragma once

#include "CliContext.h"

namespace csodesk::cli {

// The "privacy retention" and "privacy purge" actions (RetentionCommands.cpp).
[[nodiscard]] int runPrivacyRetention(CliContext& context);
[[nodiscard]] int runPrivacyPurge(CliContext& context);

} // namespace csodesk::cli
