#include "customers/CustomerKey.h"

#include "customers/Idpel.h"
#include "customers/MeterNumber.h"

#include <catch2/catch.hpp>

using namespace csodesk;

TEST_CASE("An IDPEL is 12 digits, separators typed by an agent are tolerated", "[customers]")
{
    auto plain = Idpel::parse(QStringLiteral("541100000123"));
    REQUIRE(plain.ok());
    CHECK(plain->digits() == QStringLiteral("541100000123"));

    auto spaced = Idpel::parse(QStringLiteral(" 5411 0000-0123. "));
    REQUIRE(spaced.ok());
    CHECK(spaced->digits() == QStringLiteral("541100000123"));
}

TEST_CASE("A wrong IDPEL says why, in Indonesian", "[customers]")
{
    auto shortOne = Idpel::parse(QStringLiteral("54110000012"));
    REQUIRE_FALSE(shortOne.ok());
    CHECK(shortOne.error().kind == ErrorKind::InvalidInput);
    CHECK(shortOne.error().message == QStringLiteral("IDPEL harus 12 digit angka; yang dimasukkan 11 digit."));

    auto letters = Idpel::parse(QStringLiteral("5411OOOO0123"));
    REQUIRE_FALSE(letters.ok());
    CHECK(letters.error().message.contains(QStringLiteral("'O'")));

    auto empty = Idpel::parse(QStringLiteral(" - "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message == QStringLiteral("IDPEL belum diisi."));

    // Arabic-Indic or full-width digits are not what a meter shows.
    CHECK_FALSE(Idpel::parse(QString::fromUtf8("５４１１０００００１２３")).ok());
}

TEST_CASE("A prepaid meter number is 11 digits", "[customers]")
{
    auto meter = MeterNumber::parse(QStringLiteral("142-1234-5678"));
    REQUIRE(meter.ok());
    CHECK(meter->digits() == QStringLiteral("14212345678"));

    auto tooLong = MeterNumber::parse(QStringLiteral("541100000123"));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message == QStringLiteral("Nomor meter harus 11 digit angka; yang dimasukkan 12 digit."));
}

TEST_CASE("A search input is an IDPEL or a meter number, and the parser says which", "[customers]")
{
    auto idpel = parseCustomerKey(QStringLiteral("5411 0000 0123"));
    REQUIRE(idpel.ok());
    CHECK(idpel->kind == CustomerKey::Kind::Idpel);
    CHECK(idpel->digits == QStringLiteral("541100000123"));

    auto meter = parseCustomerKey(QStringLiteral("14212345678"));
    REQUIRE(meter.ok());
    CHECK(meter->kind == CustomerKey::Kind::MeterNumber);

    auto neither = parseCustomerKey(QStringLiteral("123456789"));
    REQUIRE_FALSE(neither.ok());
    CHECK(neither.error().kind == ErrorKind::InvalidInput);
    CHECK(neither.error().message.contains(QStringLiteral("yang dimasukkan 9 digit")));

    auto letters = parseCustomerKey(QStringLiteral("IDPEL541100000123"));
    REQUIRE_FALSE(letters.ok());
    CHECK(letters.error().message.contains(QStringLiteral("'I'")));
}
