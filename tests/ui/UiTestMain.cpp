#define CATCH_CONFIG_RUNNER
#include "settings/AppPaths.h"
#include "shell/ApplicationSetup.h"

#include <QApplication>

#include <catch2/catch.hpp>
#include <spdlog/spdlog.h>

// A Catch2 main with a QApplication on the offscreen platform: widget tests need no display.
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    csodesk::ui::prepareHighDpi();
    QApplication app(argc, argv);
    csodesk::setApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("csodesk-ui-tests"));
    csodesk::ui::applyApplicationLook();
    spdlog::set_level(spdlog::level::warn);

    return Catch::Session().run(argc, argv);
}
