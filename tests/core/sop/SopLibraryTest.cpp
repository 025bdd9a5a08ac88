#include "sop/SopLibrary.h"

#include "SopTestSupport.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

void writeDocument(const QString& directory, const QString& name, const QJsonObject& document)
{
    QFile file(QDir(directory).filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(toBytes(document));
}

QJsonObject revision(const QString& id, int version, const QString& from, const QString& title)
{
    QJsonObject document = minimalSopJson();
    document.insert(QStringLiteral("id"), id);
    document.insert(QStringLiteral("version"), version);
    document.insert(QStringLiteral("effective_from"), from);
    document.insert(QStringLiteral("title"), title);
    return document;
}

} // namespace

TEST_CASE("The built-in SOPs load and are in force today", "[sop][library]")
{
    auto library = SopLibrary::load(builtInCatalogue());
    REQUIRE(library.ok());
    CHECK(library->problems().isEmpty());
    const QList<SopLibrary::DocumentPtr> inForce = library->effectiveOn(QDate(2026, 11, 22));
    REQUIRE(inForce.size() == 2);
    CHECK(inForce.at(0)->id == QLatin1String("info-tagihan-invoice"));
    CHECK(inForce.at(0)->origin == QLatin1String("built-in"));
    CHECK(inForce.at(1)->id == QLatin1String("stand-meter-mandiri"));
    // The invoice SOP is dated 8 Dec 2020: a call the day before has no version of it.
    CHECK(library->find(QStringLiteral("info-tagihan-invoice"), QDate(2020, 12, 7)) == nullptr);
    CHECK(library->find(QStringLiteral("info-tagihan-invoice"), QDate(2020, 12, 8)) != nullptr);
    CHECK(library->find(QStringLiteral("tidak-ada"), QDate(2026, 1, 1)) == nullptr);
}

TEST_CASE("An external folder adds versions, replaces same versions and the date picks one", "[sop][library]")
{
    QTemporaryDir dir;
    // A revision of a built-in SOP from 2021 (above the built-in versions 1 and 2), and a
    // replacement of its version 1.
    writeDocument(dir.path(), QStringLiteral("invoice-v3.json"),
        revision(
            QStringLiteral("info-tagihan-invoice"), 3, QStringLiteral("2021-06-01"), QStringLiteral("Revisi 2021")));
    writeDocument(dir.path(), QStringLiteral("invoice-v1.json"),
        revision(
            QStringLiteral("info-tagihan-invoice"), 1, QStringLiteral("2020-12-08"), QStringLiteral("Koreksi v1")));
    // A new SOP with an end date.
    QJsonObject limited
        = revision(QStringLiteral("sop-baru"), 1, QStringLiteral("2022-01-01"), QStringLiteral("SOP baru"));
    limited.insert(QStringLiteral("effective_to"), QStringLiteral("2022-12-31"));
    writeDocument(dir.path(), QStringLiteral("baru.json"), limited);

    auto library = SopLibrary::load(builtInCatalogue(), dir.path());
    REQUIRE(library.ok());
    CHECK(library->problems().isEmpty());
    CHECK(library->all().size() == 6); // 4 built-in (one replaced) + v3 + sop-baru

    const auto v1 = library->find(QStringLiteral("info-tagihan-invoice"), QDate(2021, 5, 31));
    REQUIRE(v1);
    CHECK(v1->version == 1);
    CHECK(v1->title == QLatin1String("Koreksi v1"));
    CHECK(v1->origin.endsWith(QStringLiteral("invoice-v1.json")));
    const auto v3 = library->find(QStringLiteral("info-tagihan-invoice"), QDate(2021, 6, 1));
    REQUIRE(v3);
    CHECK(v3->version == 3);
    CHECK(library->findVersion(QStringLiteral("info-tagihan-invoice"), 1) == v1);

    CHECK(library->find(QStringLiteral("sop-baru"), QDate(2022, 6, 1)) != nullptr);
    CHECK(library->find(QStringLiteral("sop-baru"), QDate(2023, 1, 1)) == nullptr);
    CHECK(library->effectiveOn(QDate(2022, 6, 1)).size() == 3);
    CHECK(library->effectiveOn(QDate(2023, 1, 1)).size() == 2);
}

TEST_CASE("A bad external document is reported and left out, the rest still loads", "[sop][library]")
{
    QTemporaryDir dir;
    QJsonObject broken = revision(QStringLiteral("sop-baru"), 1, QStringLiteral("2022-01-01"), QStringLiteral("Rusak"));
    broken.insert(QStringLiteral("start"), QStringLiteral("awal"));
    writeDocument(dir.path(), QStringLiteral("a-rusak.json"), broken);
    writeDocument(dir.path(), QStringLiteral("b-baik.json"),
        revision(QStringLiteral("sop-lain"), 1, QStringLiteral("2022-01-01"), QStringLiteral("Baik")));
    writeDocument(dir.path(), QStringLiteral("c-kembar.json"),
        revision(QStringLiteral("sop-lain"), 1, QStringLiteral("2022-01-01"), QStringLiteral("Kembar")));

    auto library = SopLibrary::load(builtInCatalogue(), dir.path());
    REQUIRE(library.ok());
    REQUIRE(library->problems().size() == 2);
    CHECK(library->problems().at(0).file.endsWith(QStringLiteral("a-rusak.json")));
    CHECK(library->problems().at(0).reason.contains(QStringLiteral("\"start\"")));
    CHECK(library->problems().at(1).file.endsWith(QStringLiteral("c-kembar.json")));
    CHECK(library->problems().at(1).reason.contains(QStringLiteral("sudah ada")));
    CHECK(library->find(QStringLiteral("sop-baru"), QDate(2022, 6, 1)) == nullptr);
    const auto kept = library->find(QStringLiteral("sop-lain"), QDate(2022, 6, 1));
    REQUIRE(kept);
    CHECK(kept->title == QLatin1String("Baik"));
}

TEST_CASE("A missing external folder is not a problem", "[sop][library]")
{
    auto library = SopLibrary::load(builtInCatalogue(), QStringLiteral("/nonexistent/csodesk/sop"));
    REQUIRE(library.ok());
    CHECK(library->problems().isEmpty());
    CHECK(library->all().size() == 4); // two documents, versions 1 and 2 of each
}

TEST_CASE("The external SOP folder is the setting, else <data dir>/sop", "[sop][library]")
{
    QTemporaryDir dir;
    QSettings backing(QDir(dir.path()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    Settings settings(backing);
    CHECK(SopLibrary::externalDirectory(settings) == AppPaths::sopDirectory());
    settings.setSopDirectory(QStringLiteral("/srv/pln123/sop"));
    CHECK(SopLibrary::externalDirectory(settings) == QLatin1String("/srv/pln123/sop"));
}
