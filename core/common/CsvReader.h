#pragma once

#include <QChar>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace csodesk {

// One record of a CSV file. `line` is the physical line it starts on (1 = the header), so a
// problem can be reported as file:line:column.
struct CsvRecord {
    qint64 line = 0;
    QStringList fields;
    QString error; // set when the record itself is malformed (quotes, encoding)
    int errorColumn = 0; // 1-based
};

// A streaming reader for the CSV that real exports contain: UTF-8 with or without a BOM,
// ',' or ';' as the delimiter (Indonesian Excel writes ';'; detected from the header),
// quoted fields with "" for a quote and line breaks inside quotes. Reads one record at a time,
// so a file of millions of rows needs no more memory than one row.
class CsvReader {
public:
    explicit CsvReader(QIODevice& device);

    // The next record; false at the end of the file. The first record is the header.
    bool next(CsvRecord& record);
    [[nodiscard]] QChar delimiter() const { return m_delimiter; }
    [[nodiscard]] qint64 position() const { return m_device.pos(); } // bytes, for progress

private:
    void parseLine(const QString& text, CsvRecord& record, QString& field, bool& inQuotes, bool& quotedField);

    QIODevice& m_device;
    QTextStream m_stream;
    QChar m_delimiter;
    qint64 m_line = 0;
};

} // namespace csodesk
