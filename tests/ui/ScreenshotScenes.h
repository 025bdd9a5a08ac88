#pragma once

#include <QPixmap>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace csodesk::test {

// The size every screenshot is taken at: the common call-centre screen.
inline constexpr QSize screenshotSize{1366, 768};

// Renders the finished screens (signed-out window, login, a refused login, settings with a
// wrong value, shortcut help, an error message, and the login in English) as PNG files into
// `directory`, and returns their paths. Dialogs are drawn over the main window the way they
// appear, with a simple title bar since the offscreen platform draws no window frames.
QStringList renderScreenshots(const QString& directory);

// The supervisor console over a demo floor (log, ticket detail, dashboard, audit, users, and
// the dashboard in English), as PNG files into `directory`; returns their paths.
QStringList renderConsoleScreenshots(const QString& directory);

// A dialog as the window manager would show it over `background`: centred, with a shadow and
// a title bar carrying its title.
QPixmap composeOver(const QPixmap& background, QWidget& dialog);

} // namespace csodesk::test
