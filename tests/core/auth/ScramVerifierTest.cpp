#include "auth/ScramVerifier.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace csodesk;

// RFC 7677's SCRAM-SHA-256 example (user "user", password "pencil"): the server's signature
// computed from the ServerKey of our verifier must be the one the RFC's server sends.
TEST_CASE("The SCRAM-SHA-256 verifier matches RFC 7677's example", "[auth]")
{
    const QByteArray salt = QByteArray::fromBase64("W22ZaJ0SNY7soEsUEjb6gQ==");
    auto verifier = scram::verifier(QStringLiteral("pencil"), salt, 4096);
    REQUIRE(verifier.ok());
    static const QRegularExpression form(QStringLiteral("^SCRAM-SHA-256\\$4096:([^$]+)\\$([^:]+):(.+)$"));
    const auto match = form.match(verifier.value());
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1) == QStringLiteral("W22ZaJ0SNY7soEsUEjb6gQ=="));
    const QByteArray serverKey = QByteArray::fromBase64(match.captured(3).toLatin1());
    const QByteArray authMessage(
        "n=user,r=rOprNGfwEbeRWgbNEkqO,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
        "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0");
    const QByteArray signature = QMessageAuthenticationCode::hash(authMessage, serverKey, QCryptographicHash::Sha256);
    CHECK(signature.toBase64() == QByteArray("6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="));
}

TEST_CASE("Each verifier has a fresh salt and no trace of the password", "[auth]")
{
    auto first = scram::verifier(QStringLiteral("Rahasia-123"));
    auto second = scram::verifier(QStringLiteral("Rahasia-123"));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first.value() != second.value());
    CHECK_FALSE(first->contains(QStringLiteral("Rahasia")));
    CHECK_FALSE(scram::verifier(QString()).ok());
}
