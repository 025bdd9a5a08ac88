#pragma once

#include <QString>

namespace csodesk {

// Every log line that mentions a customer goes through one of these (UU 27/2022: logs are
// read by more people than the data is meant for). The redacting log sink is a second net,
// not a reason to skip these.
[[nodiscard]] QString maskIdpel(const QString& idpelOrMeter); // "541100000123" -> "54••••••••23"
[[nodiscard]] QString maskEmail(const QString& email); // "budi.s@gmail.com" -> "b•••@g•••.com"
[[nodiscard]] QString maskPhone(const QString& phone); // "081234567890" -> "0812••••••90"
[[nodiscard]] QString maskName(const QString& name); // "Budi Santoso" -> "B••• S•••"
[[nodiscard]] QString maskToken(const QString& token); // 20-digit token -> "••••-••••-••••-••••-1234"

// Scrubs anything in free text that looks like personal data (runs of 10+ digits, e-mail
// addresses) — used by the log sink so that a forgotten mask does not leak.
[[nodiscard]] QString redactPersonalData(const QString& text);

} // namespace csodesk
