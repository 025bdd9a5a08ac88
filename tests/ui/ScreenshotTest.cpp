#include "ScreenshotScenes.h"

#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("The screenshots render at the call-centre screen size", "[screenshots]")
{
    QTemporaryDir dir;
    const QStringList written = csodesk::test::renderScreenshots(dir.path());
    REQUIRE(written.size() == 8 + csodesk::test::agentScreenshotCount);
    for (const QString& path : written) {
        INFO(path.toStdString());
        REQUIRE_FALSE(path.isEmpty());
        const QImage image(path);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == csodesk::test::screenshotSize);
        // Not a blank canvas: a rendered window has many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        CHECK(colours.size() > 20);
    }
}

TEST_CASE("The console screenshots render at the call-centre screen size", "[screenshots][console]")
{
    QTemporaryDir dir;
    const QStringList written = csodesk::test::renderConsoleScreenshots(dir.path());
    REQUIRE(written.size() == 6);
    for (const QString& path : written) {
        INFO(path.toStdString());
        REQUIRE_FALSE(path.isEmpty());
        const QImage image(path);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == csodesk::test::screenshotSize);
    }
}
