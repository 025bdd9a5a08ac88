#include "CsvReader.h"

#include <QCoreApplication>

namespace csodesk {

namespace {

QChar detectDelimiter(const QString& header)
{
    int commas = 0;
    int semicolons = 0;
    bool inQuotes = false;
    for (const QChar c : header) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && c == QLatin1Char(','))
            ++commas;
        else if (!inQuotes && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

CsvReader::CsvReader(QIODevice& device)
    : m_device(device)
    , m_stream(&device)
{
    m_stream.setEncoding(QStringConverter::Utf8);
    m_stream.setAutoDetectUnicode(true); // skips a UTF-8 BOM
}

void CsvReader::parseLine(const QString& text, CsvRecord& record, QString& field, bool& inQuotes, bool& quotedField)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                    // After a closing quote only a delimiter or the end of the line may follow.
                    if (i + 1 < text.size() && text.at(i + 1) != m_delimiter && record.error.isEmpty()) {
                        record.error = QCoreApplication::translate("Import", "ada teks setelah tanda kutip penutup");
                        record.errorColumn = static_cast<int>(record.fields.size()) + 1;
                    }
                }
            } else {
                field.append(c);
            }
        } else if (c == m_delimiter) {
            record.fields.append(quotedField ? field : field.trimmed());
            field.clear();
            quotedField = false;
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !quotedField) {
            field.clear();
            inQuotes = true;
            quotedField = true;
        } else {
            field.append(c);
        }
    }
}

bool CsvReader::next(CsvRecord& record)
{
    record = CsvRecord();
    QString line;
    // Skip blank lines (a trailing newline, an empty line between records).
    do {
        if (m_stream.atEnd())
            return false;
        line = m_stream.readLine();
        ++m_line;
    } while (line.trimmed().isEmpty());
    if (m_delimiter.isNull())
        m_delimiter = detectDelimiter(line);
    record.line = m_line;

    QString field;
    bool inQuotes = false;
    bool quotedField = false;
    parseLine(line, record, field, inQuotes, quotedField);
    while (inQuotes && !m_stream.atEnd()) {
        // A quoted field continues on the next physical line.
        field.append(QLatin1Char('\n'));
        line = m_stream.readLine();
        ++m_line;
        parseLine(line, record, field, inQuotes, quotedField);
    }
    record.fields.append(quotedField ? field : field.trimmed());
    if (inQuotes && record.error.isEmpty()) {
        record.error = QCoreApplication::translate("Import", "tanda kutip tidak ditutup sampai akhir berkas");
        record.errorColumn = static_cast<int>(record.fields.size());
    }
    if (record.error.isEmpty()) {
        for (int column = 0; column < record.fields.size(); ++column) {
            if (record.fields.at(column).contains(QChar::ReplacementCharacter)) {
                record.error = QCoreApplication::translate(
                    "Import", "teks bukan UTF-8 yang sah (simpan berkas sebagai CSV UTF-8)");
                record.errorColumn = column + 1;
                break;
            }
        }
    }
    return true;
}

} // namespace csodesk
