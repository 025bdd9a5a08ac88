#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace csodesk {

// RFC 4180 CSV for Excel users: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as
// the ANSI code page), CRLF line ends, `,` or `;` (Indonesian Excel expects `;`).
class CsvWriter {
public:
    CsvWriter(QIODevice& device, QChar delimiter)
        : m_device(device)
        , m_delimiter(delimiter)
    {
    }

    [[nodiscard]] bool writeBom();
    [[nodiscard]] bool writeRow(const QStringList& cells);

    // A cell as written: quoted when it holds the delimiter, a quote, a line break or edge
    // spaces; a cell that Excel would run as a formula (= + - @ at the start) gets a leading
    // apostrophe, so a description like "=HYPERLINK(...)" stays text (OWASP CSV injection).
    [[nodiscard]] QString encodeCell(const QString& cell) const;

private:
    void appendCell(QString& line, const QString& cell) const;

    QIODevice& m_device;
    QChar m_delimiter;
    QString m_line;
};

} // namespace csodesk
