#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace csodesk::test {

// The size every screenshot is taken at: the common call-centre screen.
inline constexpr QSize screenshotSize{1366, 768};

// Renders the finished screens (signed-out window, login, a refused login, settings with a
// wrong value, shortcut help, an error message, and the login in English) as PNG files into
// `directory`, and returns their paths. Dialogs are drawn over the main window the way they
// appear, with a simple title bar since the offscreen platform draws no window frames.
QStringList renderScreenshots(const QString& directory);

} // namespace csodesk::test
