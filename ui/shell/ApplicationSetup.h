#pragma once

#include <QIcon>

namespace csodesk::ui {

// Before the QApplication exists: scale by the screen's exact factor (125 %, 150 %) instead of
// rounding it to 1x or 2x, which made text either tiny or blurry on call-centre monitors.
void prepareHighDpi();

// After it exists: the window icon and the desktop-file name (so the launcher's icon and the
// running window are grouped together).
void applyApplicationLook();

[[nodiscard]] QIcon applicationIcon();

} // namespace csodesk::ui
