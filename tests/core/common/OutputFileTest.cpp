// Files the program writes for people are never clobbered and never readable by others
// (issue 13: an export overwrote the live database, wrote through symlinks, replaced /dev/full).
#include "common/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace csodesk;

namespace {

// The umask most desktops run with: group and others may read what is not restricted.
class Umask022 {
public:
    Umask022()
        : m_previous(::umask(022))
    {
    }
    ~Umask022() { ::umask(m_previous); }
    Umask022(const Umask022&) = delete;
    Umask022& operator=(const Umask022&) = delete;

private:
    mode_t m_previous;
};

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

mode_t modeOf(const QString& path)
{
    struct stat info { };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

QStringList entries(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

TEST_CASE("An output file appears whole, owner-only, and only when committed", "[common][files]")
{
    const Umask022 umask;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("tiket.csv"));
    {
        auto file = OutputFile::create(target, {});
        REQUIRE(file.ok());
        file.value()->device().write("a,b\n");
        CHECK_FALSE(QFileInfo::exists(target)); // nothing under the name before commit
        CHECK(modeOf(file.value()->temporaryPath()) == 0600);
        REQUIRE(file.value()->commit().ok());
    }
    CHECK(contents(target) == "a,b\n");
    CHECK(modeOf(target) == 0600);
    CHECK(entries(dir) == QStringList { QStringLiteral("tiket.csv") });

    // Abandoned (failed or cancelled) before commit: nothing is left, not even the temporary.
    {
        auto file = OutputFile::create(dir.filePath(QStringLiteral("batal.csv")), {});
        REQUIRE(file.ok());
        file.value()->device().write("setengah");
    }
    CHECK(entries(dir) == QStringList { QStringLiteral("tiket.csv") });
}

TEST_CASE("An existing file is refused unless replacing was asked, and then made owner-only", "[common][files]")
{
    const Umask022 umask;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("ada.csv"));
    write(target, "lama");
    REQUIRE(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));

    auto refused = OutputFile::create(target, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("sudah ada; pakai --force untuk menimpanya")));
    CHECK(contents(target) == "lama");

    OutputFile::Options replace;
    replace.replace = true;
    auto file = OutputFile::create(target, replace);
    REQUIRE(file.ok());
    file.value()->device().write("baru");
    REQUIRE(file.value()->commit().ok());
    CHECK(contents(target) == "baru");
    CHECK(modeOf(target) == 0600);
}

TEST_CASE("A file that appears while writing is not clobbered", "[common][files]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("balapan.csv"));
    auto file = OutputFile::create(target, {});
    REQUIRE(file.ok());
    file.value()->device().write("punya kita");
    write(target, "punya orang lain");
    const Status committed = file.value()->commit();
    REQUIRE_FALSE(committed.ok());
    CHECK(committed.error().kind == ErrorKind::Conflict);
    CHECK(contents(target) == "punya orang lain");
}

TEST_CASE("Links, devices, folders and the open database are never targets", "[common][files]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    OutputFile::Options force;
    force.replace = true;

    const QString real = dir.filePath(QStringLiteral("asli.txt"));
    write(real, "jangan diubah");
    const QString link = dir.filePath(QStringLiteral("tautan.csv"));
    REQUIRE(QFile::link(real, link));
    auto viaLink = OutputFile::create(link, force);
    REQUIRE_FALSE(viaLink.ok());
    CHECK(viaLink.error().message.contains(QStringLiteral("tautan simbolik")));
    const QString dangling = dir.filePath(QStringLiteral("menggantung.csv"));
    REQUIRE(QFile::link(dir.filePath(QStringLiteral("tidak-ada")), dangling));
    CHECK_FALSE(OutputFile::create(dangling, force).ok());
    CHECK(contents(real) == "jangan diubah");

    auto device = OutputFile::create(QStringLiteral("/dev/null"), force);
    REQUIRE_FALSE(device.ok());
    CHECK(device.error().message.contains(QStringLiteral("bukan berkas biasa")));
    CHECK_FALSE(OutputFile::create(dir.path(), force).ok());

    const QString database = dir.filePath(QStringLiteral("csodesk.db"));
    write(database, "SQLite format 3");
    OutputFile::Options guarded = force;
    guarded.protectedPaths = OutputFile::sqliteFiles(database);
    auto overDatabase = OutputFile::create(dir.filePath(QStringLiteral("./csodesk.db")), guarded);
    REQUIRE_FALSE(overDatabase.ok());
    CHECK(overDatabase.error().message.contains(QStringLiteral("berkas basis data yang sedang dipakai")));
    CHECK_FALSE(OutputFile::create(database + QStringLiteral("-wal"), guarded).ok());
    CHECK(contents(database) == "SQLite format 3");

    auto noFolder = OutputFile::create(dir.filePath(QStringLiteral("tidak/ada/x.csv")), {});
    REQUIRE_FALSE(noFolder.ok());
    CHECK(noFolder.error().kind == ErrorKind::NotFound);
}
