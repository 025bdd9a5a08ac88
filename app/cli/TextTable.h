#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace csodesk::cli {

// Columns for people: each padded to its widest cell by display width (what a terminal shows:
// a combining mark takes no column, a wide East Asian character two), two spaces apart, no
// trailing spaces. Headers are optional; so is an indent before every line. Every tabular
// output of the CLI (and its "Label:  value" blocks) goes through it, so a translated label
// never pushes a column out of line.
class TextTable {
public:
    enum class Align { Left, Right };

    TextTable() = default;
    explicit TextTable(QStringList headers);

    // Numbers read best right-aligned; everything is left-aligned unless told otherwise.
    void setAlignment(int column, Align align);
    void setIndent(int spaces) { m_indent = spaces; }
    // Spaces between columns (2); "Label: value" blocks use 1, the colon already separates.
    void setSpacing(int spaces) { m_spacing = spaces; }
    void addRow(QStringList cells);

    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }
    [[nodiscard]] QString toString() const;
    void print(QTextStream& out) const;

private:
    [[nodiscard]] QString line(const QStringList& cells, const QList<int>& widths) const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<Align> m_alignments;
    int m_indent = 0;
    int m_spacing = 2;
};

// The columns `text` takes on a terminal.
[[nodiscard]] int displayWidth(const QString& text);

} // namespace csodesk::cli
