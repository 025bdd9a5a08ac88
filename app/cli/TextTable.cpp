#include "TextTable.h"

#include <QChar>

#include <algorithm>
#include <array>

namespace csodesk::cli {

namespace {

// East Asian wide and fullwidth characters (and the emoji blocks) take two columns.
bool isWide(char32_t codePoint)
{
    struct Range {
        char32_t first;
        char32_t last;
    };
    static constexpr std::array<Range, 14> kWide { {
        { 0x1100, 0x115F },
        { 0x2E80, 0x303E },
        { 0x3041, 0x33FF },
        { 0x3400, 0x4DBF },
        { 0x4E00, 0x9FFF },
        { 0xA000, 0xA4CF },
        { 0xAC00, 0xD7A3 },
        { 0xF900, 0xFAFF },
        { 0xFE30, 0xFE4F },
        { 0xFF00, 0xFF60 },
        { 0xFFE0, 0xFFE6 },
        { 0x1F300, 0x1F64F },
        { 0x1F900, 0x1F9FF },
        { 0x20000, 0x3FFFD },
    } };
    return std::any_of(kWide.cbegin(), kWide.cend(),
        [codePoint](const Range& range) { return codePoint >= range.first && codePoint <= range.last; });
}

int codePointWidth(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Other_Control:
        return 0;
    default:
        return isWide(codePoint) ? 2 : 1;
    }
}

} // namespace

int displayWidth(const QString& text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t codePoint = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        }
        width += codePointWidth(codePoint);
    }
    return width;
}

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{
}

void TextTable::setAlignment(int column, Align align)
{
    while (m_alignments.size() <= column)
        m_alignments.append(Align::Left);
    m_alignments[column] = align;
}

void TextTable::addRow(QStringList cells)
{
    // One line per row: a line break inside a cell would break every column after it.
    for (QString& cell : cells)
        cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_rows.append(std::move(cells));
}

QString TextTable::line(const QStringList& cells, const QList<int>& widths) const
{
    QString text(m_indent, QLatin1Char(' '));
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const QString& cell = cells.at(column);
        const int padding = widths.at(column) - displayWidth(cell);
        const bool right = m_alignments.value(column, Align::Left) == Align::Right;
        const bool last = column == cells.size() - 1;
        if (column > 0)
            text += QString(m_spacing, QLatin1Char(' '));
        if (right)
            text += QString(padding, QLatin1Char(' '));
        text += cell;
        if (!right && !last)
            text += QString(padding, QLatin1Char(' '));
    }
    while (text.endsWith(QLatin1Char(' '))) // an empty last cell
        text.chop(1);
    return text + QLatin1Char('\n');
}

QString TextTable::toString() const
{
    qsizetype columns = m_headers.size();
    for (const QStringList& row : m_rows)
        columns = std::max(columns, row.size());
    QList<int> widths(columns, 0);
    const auto measure = [&widths](const QStringList& cells) {
        for (qsizetype column = 0; column < cells.size(); ++column)
            widths[column] = std::max(widths.at(column), displayWidth(cells.at(column)));
    };
    measure(m_headers);
    for (const QStringList& row : m_rows)
        measure(row);

    QString text;
    if (!m_headers.isEmpty())
        text += line(m_headers, widths);
    for (const QStringList& row : m_rows)
        text += line(row, widths);
    return text;
}

void TextTable::print(QTextStream& out) const
{
    out << toString();
}

} // namespace csodesk::cli
