#include "CsvWriter.h"

namespace csodesk {

bool CsvWriter::writeBom()
{
    static const QByteArray bom("\xEF\xBB\xBF");
    return m_device.write(bom) == bom.size();
}

namespace {

bool startsLikeFormula(QChar first)
{
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

} // namespace

void CsvWriter::appendCell(QString& line, const QString& cell) const
{
    // One pass to decide on quotes: exports format millions of cells. A formula's apostrophe
    // becomes the first character, so a leading tab then no longer counts as an edge space.
    const bool formula = !cell.isEmpty() && startsLikeFormula(cell.front());
    bool needsQuotes = !cell.isEmpty() && ((!formula && cell.front().isSpace()) || cell.back().isSpace());
    for (qsizetype i = 0; i < cell.size() && !needsQuotes; ++i) {
        const QChar c = cell.at(i);
        needsQuotes = c == m_delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
    }
    if (!needsQuotes) {
        if (formula)
            line += QLatin1Char('\'');
        line += cell;
        return;
    }
    line += QLatin1Char('"');
    if (formula)
        line += QLatin1Char('\'');
    for (const QChar c : cell) {
        if (c == QLatin1Char('"'))
            line += QLatin1Char('"');
        line += c;
    }
    line += QLatin1Char('"');
}

QString CsvWriter::encodeCell(const QString& cell) const
{
    QString encoded;
    appendCell(encoded, cell);
    return encoded;
}

bool CsvWriter::writeRow(const QStringList& cells)
{
    m_line.clear(); // keeps its capacity from row to row
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_line += m_delimiter;
        appendCell(m_line, cells.at(i));
    }
    m_line += QLatin1String("\r\n");
    const QByteArray bytes = m_line.toUtf8();
    return m_device.write(bytes) == bytes.size();
}

} // namespace csodesk
