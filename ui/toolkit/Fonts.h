#pragma once

#include <QFont>

namespace csodesk::ui {

// Fonts are derived from the desktop's own font in points, never set in pixels, so text grows
// with the user's scaling (125-150 % on call-centre monitors) and layouts follow.
[[nodiscard]] QFont headingFont(const QFont& base); // window and card titles
[[nodiscard]] QFont scriptFont(const QFont& base); // the SOP script the agent reads aloud
[[nodiscard]] QFont smallFont(const QFont& base); // hints under fields

} // namespace csodesk::ui
