// csodesk-screenshots DIR: renders the finished screens to DIR (docs/screenshots in the repo;
// `cmake --build --preset dev --target screenshots`).
#include "ScreenshotScenes.h"
#include "settings/AppPaths.h"
#include "shell/ApplicationSetup.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    csodesk::ui::prepareHighDpi();
    QApplication app(argc, argv);
    csodesk::setApplicationIdentity();
    csodesk::ui::applyApplicationLook();
    if (argc != 2) {
        std::fputs("usage: csodesk-screenshots DIRECTORY\n", stderr);
        return 2;
    }
    const QString directory = QString::fromLocal8Bit(argv[1]);
    const QStringList written
        = csodesk::test::renderScreenshots(directory) + csodesk::test::renderConsoleScreenshots(directory);
    for (const QString& path : written) {
        if (path.isEmpty()) {
            std::fputs("csodesk-screenshots: a screenshot could not be written\n", stderr);
            return 1;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
