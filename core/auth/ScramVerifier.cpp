#include "ScramVerifier.h"

#include <QCoreApplication>

#include <sodium.h>

namespace csodesk::scram {

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.constData()), size_t(key.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(message.constData()),
        static_cast<unsigned long long>(message.size()));
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
        reinterpret_cast<const unsigned char*>(data.constData()), static_cast<unsigned long long>(data.size()));
    return out;
}

// PBKDF2-HMAC-SHA-256 for one 32-byte block: SCRAM's Hi().
QByteArray hi(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (int b = 0; b < result.size(); ++b)
            result[b] = char(result.at(b) ^ u.at(b));
    }
    return result;
}

} // namespace

Result<QString> verifier(const QString& password, const QByteArray& salt, int iterations)
{
    if (password.isEmpty() || salt.isEmpty() || iterations < 1) {
        return makeError(ErrorKind::InvalidInput, QCoreApplication::translate("Auth", "Kata sandi kosong."),
            QStringLiteral("scram: empty password or salt"));
    }
    // libpq normalises the password with SASLprep before it proves it; NFKC is that for the
    // text people type (ASCII is unchanged).
    const QByteArray normalized = password.normalized(QString::NormalizationForm_KC).toUtf8();
    const QByteArray salted = hi(normalized, salt, iterations);
    const QByteArray storedKey = sha256(hmac(salted, QByteArrayLiteral("Client Key")));
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
            QString::fromLatin1(serverKey.toBase64()));
}

Result<QString> verifier(const QString& password)
{
    if (sodium_init() < 0) {
        return makeError(ErrorKind::Internal,
            QCoreApplication::translate("Auth", "Pustaka kriptografi tidak bisa dimulai."),
            QStringLiteral("sodium_init failed"));
    }
    QByteArray salt(16, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return verifier(password, salt, kIterations);
}

} // namespace csodesk::scram
