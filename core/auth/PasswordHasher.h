#pragma once

#include "common/Result.h"

#include <QString>

namespace csodesk {

// Argon2id through libsodium's crypto_pwhash_str: the stored string carries the salt and the
// cost parameters, so the cost can be raised later and old hashes still verify (and are
// re-hashed on the next sign-in, see needsRehash).
class PasswordHasher {
public:
    enum class Cost {
        Interactive, // libsodium's "interactive" limits (64 MiB, 2 passes): the product's setting
        Minimum, // the smallest libsodium accepts; only for tests that hash many passwords
    };

    explicit PasswordHasher(Cost cost = Cost::Interactive);

    [[nodiscard]] Result<QString> hash(const QString& password) const;
    [[nodiscard]] bool verify(const QString& storedHash, const QString& password) const;
    [[nodiscard]] bool needsRehash(const QString& storedHash) const;

    // The one password rule: long enough to resist guessing once the lock-out is worked around.
    static constexpr int kMinimumLength = 8;
    [[nodiscard]] static Status checkStrength(const QString& password);

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};

} // namespace csodesk
