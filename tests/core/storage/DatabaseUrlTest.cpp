#include "storage/DatabaseUrl.h"

#include <catch2/catch.hpp>

using namespace csodesk;

TEST_CASE("Database URLs name a SQLite file or a PostgreSQL database", "[storage]")
{
    auto sqlite = DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/x.db"));
    REQUIRE(sqlite.ok());
    CHECK(sqlite->isSqlite());
    CHECK(sqlite->path() == QStringLiteral("/tmp/x.db"));

    auto tripleSlash = DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/csodesk.db"));
    REQUIRE(tripleSlash.ok());
    CHECK(tripleSlash->path() == QStringLiteral("/var/lib/csodesk.db"));

    auto pg = DatabaseUrl::parse(QStringLiteral("postgresql://agent:s3cr%40t@db.pln.local:6543/csodesk"));
    REQUIRE(pg.ok());
    CHECK(pg->dialect() == SqlDialect::PostgreSql);
    CHECK(pg->host() == QStringLiteral("db.pln.local"));
    CHECK(pg->port() == 6543);
    CHECK(pg->user() == QStringLiteral("agent"));
    CHECK(pg->password() == QStringLiteral("s3cr@t"));
    CHECK(pg->databaseName() == QStringLiteral("csodesk"));
    CHECK_FALSE(pg->displayString().contains(QStringLiteral("s3cr")));
    auto reparsed = DatabaseUrl::parse(pg->toString());
    REQUIRE(reparsed.ok());
    CHECK(reparsed->password() == QStringLiteral("s3cr@t"));

    auto defaultPort = DatabaseUrl::parse(QStringLiteral("postgres://db/csodesk"));
    REQUIRE(defaultPort.ok());
    CHECK(defaultPort->port() == 5432);
}

TEST_CASE("Bad database URLs are refused with a reason", "[storage]")
{
    // "sqLite:/\n/" was found by the fuzzer: a control character inside the path.
    for (const char* bad : { "", "mysql://x/y", "sqlite:", "postgresql://host", "postgresql:///db",
             "postgresql://h:99999/db", "sqLite:/\n/", "postgresql://u@h/d\tb", "sqlite:/ /" }) {
        auto parsed = DatabaseUrl::parse(QString::fromLatin1(bad));
        INFO(bad);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().kind == ErrorKind::InvalidInput);
        CHECK(parsed.error().message.contains(QStringLiteral("tidak valid")));
    }
}

TEST_CASE("The database in force: --db, then CSODESK_DB, then the setting, then the embedded default", "[storage]")
{
    const QString fallback = QStringLiteral("/home/u/.local/share/csodesk/csodesk.db");
    auto r = resolveDatabaseUrl(
        QStringLiteral("sqlite:/a.db"), QStringLiteral("sqlite:/b.db"), QStringLiteral("sqlite:/c.db"), fallback);
    CHECK(r.url == QStringLiteral("sqlite:/a.db"));
    CHECK(r.source == DatabaseUrlSource::CommandLine);
    r = resolveDatabaseUrl({}, QStringLiteral("sqlite:/b.db"), QStringLiteral("sqlite:/c.db"), fallback);
    CHECK(r.source == DatabaseUrlSource::Environment);
    r = resolveDatabaseUrl({}, {}, QStringLiteral("sqlite:/c.db"), fallback);
    CHECK(r.source == DatabaseUrlSource::Settings);
    r = resolveDatabaseUrl({}, {}, {}, fallback);
    CHECK(r.source == DatabaseUrlSource::EmbeddedDefault);
    CHECK(r.url == QStringLiteral("sqlite:") + fallback);
}

// Found by fuzz_database_url: an escaped space in the password and bytes that are not UTF-8 in
// the database name. toString() wrote them back half-decoded, and the strict parser refused
// (or read differently) what it had just written — a URL saved in Settings would not reopen.
TEST_CASE("A URL with a Unicode noncharacter is refused, not saved as another name", "[storage]")
{
    // fuzz_database_url: U+FFFF in a database name came back from toString() as U+FFFD.
    const QByteArray found("postgres://s/\x86\xcc\xef\xef\xef\xef\xbf\xbf\xbf\xbf\xc4");
    auto parsed = DatabaseUrl::parse(QString::fromUtf8(found));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().kind == ErrorKind::InvalidInput);
    CHECK(parsed.error().message.contains(QStringLiteral("bukan teks")));
    CHECK_FALSE(DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/a") + QChar(0xFDD0) + QStringLiteral(".db")).ok());
    // Ordinary non-ASCII names still work.
    CHECK(DatabaseUrl::parse(QStringLiteral("postgresql://db.pln.local/csodesk_bandung_é")).ok());
}

TEST_CASE("A PostgreSQL URL with escaped characters survives a round trip", "[storage]")
{
    const QString text = QStringLiteral("postgresql://cgedt:s3cr%20t@d.b6543/") + QString::fromUtf8("\xff\xff\xff")
        + QStringLiteral("csodesk");
    auto parsed = DatabaseUrl::parse(text);
    REQUIRE(parsed.ok());
    CHECK(parsed->password() == QStringLiteral("s3cr t"));
    auto again = DatabaseUrl::parse(parsed->toString());
    REQUIRE(again.ok());
    CHECK(again->displayString() == parsed->displayString());
    CHECK(again->password() == parsed->password());
    CHECK(again->databaseName() == parsed->databaseName());
}

TEST_CASE("A floor URL takes libpq's TLS, failover and connection parameters, and refuses others by name", "[storage]")
{
    auto url = DatabaseUrl::parse(QStringLiteral(
        "postgresql://db1.pln.local:5432,db2.pln.local:5433/csodesk?target_session_attrs=read-write&sslmode=verify-full"
        "&sslrootcert=/etc/csodesk/ca%20root.crt&connect_timeout=5&application_name=csodesk-ws17"));
    REQUIRE(url.ok());
    CHECK(url->user().isEmpty()); // a workstation's: every person signs in with their own login
    REQUIRE(url->servers().size() == 2);
    CHECK(url->servers().at(1) == qMakePair(QStringLiteral("db2.pln.local"), 5433));
    CHECK(url->serverList() == QStringLiteral("db1.pln.local:5432,db2.pln.local:5433"));
    CHECK(url->parameter(QStringLiteral("sslmode")) == QStringLiteral("verify-full"));
    CHECK(url->parameter(QStringLiteral("sslrootcert")) == QStringLiteral("/etc/csodesk/ca root.crt"));
    // Shown readably, and what is shown parses back to the same URL.
    CHECK(url->displayString().contains(QStringLiteral("sslrootcert=/etc/csodesk/ca%20root.crt")));
    auto shown = DatabaseUrl::parse(url->displayString());
    REQUIRE(shown.ok());
    CHECK(shown->parameters() == url->parameters());
    auto again = DatabaseUrl::parse(url->toString());
    REQUIRE(again.ok());
    CHECK(again->displayString() == url->displayString());
    CHECK(again->parameters() == url->parameters());

    for (const char* bad :
        { "postgresql://h/db?sslmod=require", "postgresql://h/db?password=x", "postgresql://h/db?sslmode=sometimes",
            "postgresql://h/db?sslmode=require&sslmode=disable", "postgresql://h/db?connect_timeout=0",
            "postgresql://h/db?sslrootcert=/a;b", "postgresql://h/db?sslrootcert=%27x", "postgresql://h,/db",
            "postgresql://h:5432,h2:0/db", "postgresql://h/d%zzb" }) {
        INFO(bad);
        auto parsed = DatabaseUrl::parse(QString::fromLatin1(bad));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().kind == ErrorKind::InvalidInput);
    }
    auto unknown = DatabaseUrl::parse(QStringLiteral("postgresql://h/db?sslmod=require"));
    CHECK(unknown.error().message.contains(QStringLiteral("\"sslmod\"")));
}

TEST_CASE("A password never appears in a URL shown, logged or in a refusal", "[storage]")
{
    auto url = DatabaseUrl::parse(QStringLiteral("postgresql://owner:Sangat-Rahasia@db/csodesk?sslmode=require"));
    REQUIRE(url.ok());
    CHECK_FALSE(url->displayString().contains(QStringLiteral("Rahasia")));
    CHECK(url->toString().contains(QStringLiteral("Sangat-Rahasia"))); // what Settings keeps to reopen it
    auto refused = DatabaseUrl::parse(QStringLiteral("postgresql://owner:Sangat-Rahasia@db/csodesk?sslmod=require"));
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().message.contains(QStringLiteral("Rahasia")));
}
