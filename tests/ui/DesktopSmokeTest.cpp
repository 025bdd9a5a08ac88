#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// Starts the real csodesk binary, as a person or a start-up script would.

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

Run runDesktop(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CSODESK_DESKTOP_PATH), arguments);
    REQUIRE(process.waitForFinished(120000));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardError()) };
}

QProcessEnvironment isolated(const QTemporaryDir& dir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CSODESK_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("CSODESK_DB"));
    return environment;
}

} // namespace

TEST_CASE("csodesk --screenshot renders the main window to a PNG", "[smoke]")
{
    QTemporaryDir dir;
    QProcessEnvironment environment = isolated(dir);
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const QString png = dir.filePath(QStringLiteral("main.png"));

    const Run run = runDesktop({ QStringLiteral("--screenshot"), png }, environment);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1366, 768));
}

TEST_CASE("csodesk without a display says so in one line and exits 1", "[smoke]")
{
    QTemporaryDir dir;
    QProcessEnvironment environment = isolated(dir);
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));

    const Run run = runDesktop({}, environment);
    CHECK(run.exitCode == 1);
    const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 1);
    CHECK(lines.front().startsWith(QStringLiteral("csodesk: tidak ada layar")));
    CHECK(lines.front().contains(QStringLiteral("--screenshot")));
}

TEST_CASE("csodesk with a wrong database URL explains it and exits 4", "[smoke]")
{
    QTemporaryDir dir;
    QProcessEnvironment environment = isolated(dir);
    const QString png = dir.filePath(QStringLiteral("main.png"));
    const Run run = runDesktop(
        { QStringLiteral("--screenshot"), png, QStringLiteral("--db"), QStringLiteral("mysql://x/y") }, environment);
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(QStringLiteral("harus diawali sqlite: atau postgresql://")));
}
