#pragma once

#include <QDateTime>
#include <QString>

namespace csodesk::ui {

// How amounts and times look on screen. Widgets call these, never QLocale or toString()
// directly, so that every table, card and ticket preview shows them the same way.

// "Rp1.234.567", "-Rp25.000", "Rp0": the Indonesian way, dots between thousands, no decimals
// (bills are whole Rupiah). Forwards to core's billing formatRupiah, so the CLI, exports and
// the screen can never disagree.
[[nodiscard]] QString formatRupiah(qint64 rupiah);

// "22-11-2026 14:05 WIB" for an instant (UTC inside), "" for an invalid one.
[[nodiscard]] QString formatWibDateTime(const QDateTime& instant);
[[nodiscard]] QString formatWibDateTime(qint64 epochMsUtc);
// "22-11-2026" (the Jakarta calendar date of the instant).
[[nodiscard]] QString formatWibDate(const QDateTime& instant);
// "14:05 WIB".
[[nodiscard]] QString formatWibTime(const QDateTime& instant);

// "04:07" or "1:02:15" for a call timer / handle time; negative durations show as 00:00.
[[nodiscard]] QString formatDuration(qint64 seconds);

namespace detail {
// Kept as the seam the format tests use; forwards to core's formatRupiah.
[[nodiscard]] QString rupiahText(qint64 rupiah);
} // namespace detail

} // namespace csodesk::ui
