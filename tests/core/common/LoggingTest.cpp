#include "common/Logging.h"

#include "common/LogFormat.h"
#include "common/Masking.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <spdlog/spdlog.h>

#include <sys/stat.h>

using namespace csodesk;

TEST_CASE("Log files never hold unmasked identifiers, even when a caller forgets to mask", "[common][privacy]")
{
    const mode_t umaskBefore = ::umask(022); // what most desktops run with
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    LoggingOptions options;
    options.logDirectory = dir.filePath(QStringLiteral("log"));
    options.level = QStringLiteral("debug");
    REQUIRE(initLogging(options));

    const QString idpel = QStringLiteral("532100012345");
    const QString email = QStringLiteral("rina.wulandari@example.com");
    const QString phone = QStringLiteral("081298765432");
    spdlog::info("masked lookup {} for {}", maskIdpel(idpel), maskName(QStringLiteral("Rina Wulandari")));
    spdlog::warn("careless line with {} and {} and {}", idpel, email, phone); // the redactor's job
    qWarning("qt message about %s", "541100000999");
    shutdownLogging();

    ::umask(umaskBefore);
    QFile file(QDir(options.logDirectory).filePath(QStringLiteral("csodesk.log")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    // Owner-only, file and folder.
    constexpr auto kOwner
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    CHECK(file.permissions() == kOwner);
    CHECK(QFile::permissions(options.logDirectory) == (kOwner | QFileDevice::ExeOwner | QFileDevice::ExeUser));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("masked lookup 53••••••••45")));
    CHECK(text.contains(QStringLiteral("qt message about")));
    for (const QString& secret :
        { idpel, email, phone, QStringLiteral("541100000999"), QStringLiteral("Rina Wulandari") })
        CHECK_FALSE(text.contains(secret));
}

TEST_CASE("Log levels are validated", "[common]")
{
    CHECK(isValidLogLevel(QStringLiteral("debug")));
    CHECK(isValidLogLevel(QStringLiteral("WARN")));
    CHECK(isValidLogLevel(QStringLiteral("off")));
    CHECK_FALSE(isValidLogLevel(QStringLiteral("loud")));
}
