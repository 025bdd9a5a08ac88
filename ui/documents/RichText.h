#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace csodesk::ui::rich {

// The pieces of the program's printed documents (the ticket, the privacy report), so that
// they escape text and lay out their label lists and tables the same way.

// Plain text as HTML: escaped, line breaks kept.
[[nodiscard]] QString escape(const QString& text);
// One "label: value" line of a two-column label list; `valueHtml` is HTML already.
[[nodiscard]] QString labelRow(const QString& label, const QString& valueHtml);
// A label list of rows made with labelRow.
[[nodiscard]] QString labelList(const QString& rowsHtml);
// A full-width table with a shaded header row; cells are plain text (escaped here), the
// columns in `rightAligned` (numbers, amounts) are set flush right; `widths`, when given, are
// the columns' shares of the width in percent.
[[nodiscard]] QString table(const QStringList& headers, const QList<QStringList>& rows,
    const QSet<int>& rightAligned = {}, const QList<int>& widths = {});

} // namespace csodesk::ui::rich
