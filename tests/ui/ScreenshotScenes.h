#pragma once

#include <QPixmap>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace csodesk::test {

// The size every screenshot is taken at: the common call-centre screen.
inline constexpr QSize screenshotSize { 1366, 768 };

// Renders the finished screens (signed-out window, login, a refused login, settings with a
// wrong value, shortcut help, an error message, and the login in English) as PNG files into
// `directory`, and returns their paths. Dialogs are drawn over the main window the way they
// appear, with a simple title bar since the offscreen platform draws no window frames.
QStringList renderScreenshots(const QString& directory);

// The supervisor console over a demo floor (log, ticket detail, dashboard, audit, users, and
// the dashboard in English), as PNG files into `directory`; returns their paths.
QStringList renderConsoleScreenshots(const QString& directory);

// The agent workspace with demo data (a customer, the SOP script, bad field input, the ticket
// preview, a filed ticket, the bill explanation, a prepaid customer, the database lost while
// filing, the offer to resume a call, and the workspace in English); part of renderScreenshots.
inline constexpr int agentScreenshotCount = 12;
QStringList renderAgentScreenshots(const QString& directory);

// `dialog` drawn over `background` as a window manager shows it (title bar, shadow).
QPixmap composeOver(const QPixmap& background, QWidget& dialog);

} // namespace csodesk::test
