#pragma once

#include <QString>
#include <QStringList>

namespace csodesk {

// How typed text and stored names meet in a search. The folding must stay what the databases
// do to what they store (sqlite/007: FTS5's unicode61 tokenizer with remove_diacritics 2;
// postgresql/007: csodesk_search_fold and csodesk_phone_key), or a typed word would miss the
// name it was meant for.

// Lower case, accents dropped, everything but a-z and 0-9 a space, spaces collapsed:
// "Néneng  PATTIASINA, Jl." -> "neneng pattiasina jl".
[[nodiscard]] QString foldForSearch(const QString& text);

// The words of `text` worth searching for: folded, at least 2 characters (an initial or a
// lone "a" would match half the city), in the order typed, each once.
[[nodiscard]] QStringList searchWords(const QString& text);

// The national form of a phone number: digits only, "+62 812-3456" and "628123456" as
// "08123456", "8123456" as "08123456". Separators ( ) . - / and spaces are allowed; anything
// else makes it not a phone number (empty result).
[[nodiscard]] QString nationalPhone(const QString& text);

} // namespace csodesk
