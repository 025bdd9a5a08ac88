#include "common/CsvReader.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace csodesk;

namespace {

QList<CsvRecord> readAll(const QByteArray& bytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record);
    return records;
}

} // namespace

TEST_CASE("CSV: a BOM is skipped and a semicolon is detected from the header", "[import]")
{
    const auto records = readAll("\xEF\xBB\xBFidpel;name\n541100000123;Budi\n");
    REQUIRE(records.size() == 2);
    CHECK(records.at(0).fields == QStringList { QStringLiteral("idpel"), QStringLiteral("name") });
    CHECK(records.at(1).fields.at(1) == QStringLiteral("Budi"));
    CHECK(records.at(1).line == 2);
}

TEST_CASE("CSV: quoted fields keep delimiters, doubled quotes and line breaks", "[import]")
{
    const auto records = readAll("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,2,3\r\n");
    REQUIRE(records.size() == 3);
    CHECK(records.at(1).fields
        == QStringList { QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines") });
    CHECK(records.at(1).error.isEmpty());
    // The record after a multi-line field starts on physical line 4.
    CHECK(records.at(2).line == 4);
    CHECK(records.at(2).fields.at(0) == QStringLiteral("next"));
    CHECK(records.at(2).fields.at(2) == QStringLiteral("3"));
}

TEST_CASE("CSV: malformed quoting and bad UTF-8 are reported with their column", "[import]")
{
    const auto unterminated = readAll("a,b\n1,\"open\n");
    REQUIRE(unterminated.size() == 2);
    CHECK(unterminated.at(1).error.contains(QStringLiteral("tanda kutip")));
    CHECK(unterminated.at(1).errorColumn == 2);

    const auto trailing = readAll("a,b\n\"x\"y,2\n");
    CHECK(trailing.at(1).error.contains(QStringLiteral("setelah tanda kutip")));
    CHECK(trailing.at(1).errorColumn == 1);

    const auto latin1 = readAll("a,b\n1,Jos\xE9\n");
    CHECK(latin1.at(1).error.contains(QStringLiteral("UTF-8")));
    CHECK(latin1.at(1).errorColumn == 2);
}

TEST_CASE("CSV: blank lines are skipped", "[import]")
{
    const auto records = readAll("a\n\n1\n\n");
    REQUIRE(records.size() == 2);
    CHECK(records.at(1).line == 3);
}
