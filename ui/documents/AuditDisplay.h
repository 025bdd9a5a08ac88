#pragma once

#include <QString>

namespace csodesk::ui {

// "Mencari pelanggan", "Ekspor", ... for a stored audit action code, as the console's audit
// trail and the privacy report show it; an unknown code is returned as stored.
[[nodiscard]] QString auditActionName(const QString& action);

} // namespace csodesk::ui
