#include "common/Masking.h"

#include <catch2/catch.hpp>

using namespace csodesk;

TEST_CASE("Personal data is masked for logs", "[common][privacy]")
{
    CHECK(maskIdpel(QStringLiteral("541100000123")) == QStringLiteral("54••••••••23"));
    CHECK(maskIdpel(QStringLiteral("5411 0000 0123")) == QStringLiteral("54••••••••23"));
    CHECK(maskIdpel(QStringLiteral("14012345678")) == QStringLiteral("14•••••••78"));
    CHECK(maskEmail(QStringLiteral("budi.santoso@gmail.com")) == QStringLiteral("b•••@g•••.com"));
    CHECK(maskPhone(QStringLiteral("0812-3456-7890")) == QStringLiteral("0812••••••90"));
    CHECK(maskName(QStringLiteral("Budi Santoso")) == QStringLiteral("B••• S•••"));
    CHECK(maskToken(QStringLiteral("1234 5678 9012 3456 7890")) == QStringLiteral("••••-••••-••••-••••-7890"));
}

TEST_CASE("The redactor scrubs identifiers and e-mail addresses from free text", "[common][privacy]")
{
    const QString line
        = QStringLiteral("lookup 541100000123 by agent1, email siti@example.co.id, meter 14012345678, page 3");
    const QString redacted = redactPersonalData(line);
    CHECK_FALSE(redacted.contains(QStringLiteral("541100000123")));
    CHECK_FALSE(redacted.contains(QStringLiteral("siti@example.co.id")));
    CHECK_FALSE(redacted.contains(QStringLiteral("14012345678")));
    CHECK(redacted.contains(QStringLiteral("54••••••••23")));
    CHECK(redacted.contains(QStringLiteral("page 3")));
    CHECK(redacted.contains(QStringLiteral("agent1")));
}
