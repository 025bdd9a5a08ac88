#include "PasswordHasher.h"

#include <QCoreApplication>

#include <sodium.h>

namespace csodesk {

namespace {

bool sodiumReady()
{
    // sodium_init() is idempotent and thread-safe; it returns 1 when already initialised.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

PasswordHasher::PasswordHasher(Cost cost)
    : m_opsLimit(cost == Cost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN)
    , m_memLimit(cost == Cost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN)
{
}

Status PasswordHasher::checkStrength(const QString& password)
{
    if (password.size() < kMinimumLength) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Auth", "Kata sandi minimal %1 karakter.").arg(kMinimumLength),
            QStringLiteral("password too short"));
    }
    return {};
}

Result<QString> PasswordHasher::hash(const QString& password) const
{
    if (!sodiumReady()) {
        return makeError(ErrorKind::Internal, QCoreApplication::translate("Auth", "Modul kriptografi tidak siap."),
            QStringLiteral("sodium_init failed"));
    }
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), m_opsLimit, m_memLimit)
        != 0) {
        return makeError(ErrorKind::Internal,
            QCoreApplication::translate("Auth", "Kata sandi tidak bisa diproses (memori tidak cukup)."),
            QStringLiteral("crypto_pwhash_str failed"));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password) const
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

bool PasswordHasher::needsRehash(const QString& storedHash) const
{
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), m_opsLimit, m_memLimit) != 0;
}

} // namespace csodesk
