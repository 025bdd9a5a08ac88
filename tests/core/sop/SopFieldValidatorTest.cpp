#include "sop/SopFieldValidator.h"

#include <catch2/catch.hpp>

using namespace csodesk;

namespace {

SopField fieldOf(SopFieldType type, bool required = true)
{
    SopField field;
    field.id = QStringLiteral("x");
    field.label = QStringLiteral("Isian X");
    field.type = type;
    field.required = required;
    return field;
}

} // namespace

TEST_CASE("E-mail addresses", "[sop][fields]")
{
    const SopField email = fieldOf(SopFieldType::Email);
    CHECK(checkSopField(email, QStringLiteral(" Budi.Santoso@Gmail.com ")).value
        == QLatin1String("budi.santoso@gmail.com"));
    CHECK(checkSopField(email, QStringLiteral("a_b+c@pln.co.id")).ok);
    CHECK(checkSopField(email, QStringLiteral("budi@gmail")).message.contains(QStringLiteral("setelah @")));
    CHECK(
        checkSopField(email, QStringLiteral("budi.gmail.com")).message.contains(QStringLiteral("tepat satu tanda @")));
    CHECK(checkSopField(email, QStringLiteral("bu di@gmail.com")).message.contains(QStringLiteral("spasi")));
    CHECK(checkSopField(email, QStringLiteral("a@@b.com")).message.contains(QStringLiteral("tepat satu")));
    CHECK(checkSopField(email, QString()).message == QLatin1String("Isian X wajib diisi."));
}

TEST_CASE("Indonesian phone numbers", "[sop][fields]")
{
    const SopField phone = fieldOf(SopFieldType::Phone);
    CHECK(checkSopField(phone, QStringLiteral("0812-3456-7890")).value == QLatin1String("081234567890"));
    CHECK(checkSopField(phone, QStringLiteral("+62 812 3456 7890")).value == QLatin1String("081234567890"));
    CHECK(checkSopField(phone, QStringLiteral("(022) 1234567")).value == QLatin1String("0221234567"));
    CHECK(checkSopField(phone, QStringLiteral("0812345")).message.contains(QStringLiteral("yang dimasukkan 7 digit")));
    CHECK(checkSopField(phone, QStringLiteral("0812345678901234")).message.contains(QStringLiteral("10 sampai 13")));
    CHECK(checkSopField(phone, QStringLiteral("0812abc7890"))
              .message.contains(QStringLiteral("hanya boleh berisi angka")));
    CHECK(checkSopField(phone, QStringLiteral("812345678")).message.contains(QStringLiteral("diawali 0 atau +62")));
}

TEST_CASE("Meter stands", "[sop][fields]")
{
    const SopField stand = fieldOf(SopFieldType::MeterStand);
    CHECK(checkSopField(stand, QStringLiteral("1335")).value == QLatin1String("1335,0"));
    CHECK(checkSopField(stand, QStringLiteral("1335.5")).value == QLatin1String("1335,5"));
    CHECK(checkSopField(stand, QStringLiteral("001335,25")).value == QLatin1String("1335,25"));
    CHECK(checkSopField(stand, QStringLiteral("0")).value == QLatin1String("0,0"));
    CHECK(checkSopField(stand, QStringLiteral("1335,50")).value == QLatin1String("1335,5"));
    CHECK(checkSopField(stand, QStringLiteral("-5")).message.contains(QStringLiteral("negatif")));
    CHECK(checkSopField(stand, QStringLiteral("1.335,5")).message.contains(QStringLiteral("paling banyak 2 desimal")));
    CHECK(checkSopField(stand, QStringLiteral("12,345")).message.contains(QStringLiteral("paling banyak 2 desimal")));
    CHECK_FALSE(checkSopField(stand, QStringLiteral("seribu")).ok);
}

TEST_CASE("Free text and optional fields", "[sop][fields]")
{
    SopField text = fieldOf(SopFieldType::Text);
    text.maxLength = 10;
    CHECK(checkSopField(text, QStringLiteral("  rusak  ")).value == QLatin1String("rusak"));
    CHECK(checkSopField(text, QStringLiteral("01234567890"))
              .message.contains(QStringLiteral("paling banyak 10 karakter")));
    CHECK(checkSopField(text, QStringLiteral("   ")).message.contains(QStringLiteral("wajib diisi")));

    const SopField optional = fieldOf(SopFieldType::Email, false);
    const SopFieldCheck empty = checkSopField(optional, QStringLiteral("  "));
    CHECK(empty.ok);
    CHECK(empty.value.isEmpty());
    CHECK_FALSE(checkSopField(optional, QStringLiteral("bukan-email")).ok); // optional, but not anything goes
}
