// The CLI's table and number helpers, compiled in from app/cli.
#include "TextTable.h"

#include "NumberText.h"

#include <QLocale>

#include <catch2/catch.hpp>

using namespace csodesk::cli;

namespace {

// The default QLocale for one test, as TranslationLoader sets it in the CLI.
class DefaultLocale {
public:
    explicit DefaultLocale(const QLocale& locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(m_saved); }
    DefaultLocale(const DefaultLocale&) = delete;
    DefaultLocale& operator=(const DefaultLocale&) = delete;

private:
    QLocale m_saved;
};

} // namespace

TEST_CASE("displayWidth counts what a terminal shows", "[cli][table]")
{
    CHECK(displayWidth(QStringLiteral("Tagihan")) == 7);
    CHECK(displayWidth(QStringLiteral("KELUHAN — ULP")) == 13); // an em dash is one column
    CHECK(displayWidth(QStringLiteral("Ke\u0301luhan")) == 7); // a combining accent takes none
    CHECK(displayWidth(QStringLiteral("\u7535\u8d39")) == 4); // wide characters take two
    CHECK(displayWidth(QString::fromUcs4(U"\U0001F50C ok")) == 5); // outside the BMP: one character
}

TEST_CASE("TextTable pads every column to its widest cell by display width", "[cli][table]")
{
    TextTable table({ QStringLiteral("Id"), QStringLiteral("Nama"), QStringLiteral("Jumlah") });
    table.setIndent(2);
    table.setAlignment(2, TextTable::Align::Right);
    table.addRow({ QStringLiteral("a"), QStringLiteral("Ke\u0301luhan — tagihan"), QStringLiteral("1.234") });
    table.addRow({ QStringLiteral("bb"), QStringLiteral("\u7535\u8d39"), QStringLiteral("5") });
    table.addRow({ QStringLiteral("ccc"), QString(), QStringLiteral("12") });
    CHECK(table.toString()
        == QStringLiteral("  Id   Nama               Jumlah\n"
                          "  a    Ke\u0301luhan — tagihan   1.234\n"
                          "  bb   \u7535\u8d39                    5\n"
                          "  ccc                         12\n"));

    TextTable labels;
    labels.setSpacing(1);
    labels.addRow({ QStringLiteral("Tiket:"), QStringLiteral("1") });
    labels.addRow({ QStringLiteral("Selesai di kontak pertama:"), QStringLiteral("0,0 %") });
    labels.addRow({ QStringLiteral("Last:"), QString() }); // no trailing spaces
    CHECK(labels.toString()
        == QStringLiteral("Tiket:                     1\n"
                          "Selesai di kontak pertama: 0,0 %\n"
                          "Last:\n"));
}

TEST_CASE("Numbers follow the language: 1.234 and 61,1 % in Indonesian", "[cli][table]")
{
    {
        const DefaultLocale indonesian(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        CHECK(countText(1234567) == QStringLiteral("1.234.567"));
        CHECK(countText(12) == QStringLiteral("12"));
        CHECK(permilleText(611) == QStringLiteral("61,1 %"));
        CHECK(permilleText(1000) == QStringLiteral("100,0 %"));
        CHECK(basisPointsText(1100) == QStringLiteral("11 %"));
        CHECK(basisPointsText(240) == QStringLiteral("2,4 %"));
        CHECK(basisPointsText(25) == QStringLiteral("0,25 %"));
        CHECK(decimalText(-1234505, 3) == QStringLiteral("-1.234,505"));
        CHECK(secondsText(1234999) == QStringLiteral("1.234 s"));
    }
    const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(countText(1234567) == QStringLiteral("1,234,567"));
    CHECK(permilleText(611) == QStringLiteral("61.1 %"));
    CHECK(basisPointsText(240) == QStringLiteral("2.4 %"));
}
