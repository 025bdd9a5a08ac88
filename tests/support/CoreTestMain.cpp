#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>

#include <catch2/catch.hpp>
#include <spdlog/spdlog.h>

int main(int argc, char* argv[])
{
    // Qt's SQL plugins and QStandardPaths want an application object.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("csodesk-tests"));
    spdlog::set_level(spdlog::level::warn); // test output is for failures

    return Catch::Session().run(argc, argv);
}
