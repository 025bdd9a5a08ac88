#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace csodesk {

// The SCRAM-SHA-256 verifier PostgreSQL stores for a login's password (RFC 5802 / 7677, the
// form `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`). Computed on the
// workstation so that a new person's password never reaches the server, its statement log or
// its error log in clear text, the way psql's \password and createuser do it.
namespace scram {

inline constexpr int kIterations = 4096; // PostgreSQL's scram_iterations default

[[nodiscard]] Result<QString> verifier(const QString& password);
// For tests: a fixed salt gives a reproducible verifier.
[[nodiscard]] Result<QString> verifier(const QString& password, const QByteArray& salt, int iterations);

} // namespace scram

} // namespace csodesk
