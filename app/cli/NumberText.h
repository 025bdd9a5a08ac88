#pragma once

#include <QLocale>
#include <QString>

// Numbers as people read them in the CLI's language: Indonesian "1.234", "61,1 %"; English
// "1,234", "61.1 %". The language is chosen once in main (TranslationLoader makes its locale
// the default); JSON and CSV never go through these.
namespace csodesk::cli {

[[nodiscard]] QLocale numberLocale();

[[nodiscard]] QString countText(qint64 count); // "1.234"
[[nodiscard]] QString decimalText(qint64 scaled, int decimals); // (6115, 2) -> "61,15"
[[nodiscard]] QString permilleText(qint64 permille); // 611 -> "61,1 %"
[[nodiscard]] QString basisPointsText(qint64 basisPoints); // 1100 -> "11 %", 240 -> "2,4 %"
[[nodiscard]] QString secondsText(qint64 milliseconds); // 95000 -> "95 s"

} // namespace csodesk::cli
