#pragma once

#include "auth/Actor.h"

#include <QString>

namespace csodesk::ui {

// "Agen", "Supervisor", "Admin" (translated) for titles and the status bar.
[[nodiscard]] QString roleDisplayName(Role role);

} // namespace csodesk::ui
