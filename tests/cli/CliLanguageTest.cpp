// The CLI speaks one language at a time: Indonesian by default, English with --english or the
// ui/language setting; numbers in that language's format; columns that line up.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace csodesk::test;

namespace {

const QString kEnglish = QStringLiteral("--english");

// The lines of `text` from the one after `title` up to the next line that does not start with
// two spaces (the end of an indented table).
QStringList tableAfter(const QString& text, const QString& title)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    const qsizetype start = lines.indexOf(title);
    QStringList table;
    if (start < 0)
        return table;
    for (qsizetype i = start + 1; i < lines.size() && lines.at(i).startsWith(QStringLiteral("  ")); ++i)
        table << lines.at(i);
    return table;
}

// Where the value of a "Label: value" line starts.
qsizetype valueColumn(const QString& line)
{
    qsizetype column = line.indexOf(QLatin1Char(':')) + 1;
    while (column < line.size() && line.at(column) == QLatin1Char(' '))
        ++column;
    return column;
}

// Every line of a table whose last column is right-aligned ends in the same column.
bool sameWidth(const QStringList& lines)
{
    QSet<qsizetype> widths;
    for (const QString& line : lines)
        widths.insert(line.size());
    return widths.size() == 1;
}

// Where the second column of an indented table row starts: after the first cell and its padding.
qsizetype secondColumn(const QString& line)
{
    return line.indexOf(QRegularExpression(QStringLiteral("\\S")), line.indexOf(QLatin1Char(' '), 2));
}

qsizetype matches(const QString& text, const QRegularExpression& pattern)
{
    qsizetype count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

// A settings file that says ui/language=en, for the config directory `dir`.
QProcessEnvironment englishSettings(const QTemporaryDir& dir)
{
    QDir(dir.path()).mkpath(QStringLiteral("PLN123"));
    QFile file(QDir(dir.path()).filePath(QStringLiteral("PLN123/csodesk.conf")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[ui]\nlanguage=en\n");
    file.close();
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    return environment;
}

// A demo database: 400 customers (over a thousand token purchases), the demo accounts and 60
// tickets (supervisor spv1).
struct DemoFloor {
    QTemporaryDir dir;
    QString url = QStringLiteral("sqlite:") + QDir(dir.path()).filePath(QStringLiteral("demo.db"));
    CliRun filled = runCli({ QStringLiteral("--db"), url, QStringLiteral("demo-data"), QStringLiteral("--customers"),
        QStringLiteral("400"), QStringLiteral("--months"), QStringLiteral("4"), QStringLiteral("--tickets"),
        QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("3") });

    [[nodiscard]] CliRun stats(const QStringList& extra = {}) const
    {
        QProcessEnvironment supervisor;
        supervisor.insert(QStringLiteral("CSODESK_PASSWORD"), QStringLiteral("spv1-demo"));
        return runCli(QStringList { QStringLiteral("--db"), url, QStringLiteral("tickets"), QStringLiteral("stats"),
                          QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                          QStringLiteral("2099-12-31"), QStringLiteral("--user"), QStringLiteral("spv1") }
                + extra,
            {}, supervisor);
    }
};

} // namespace

TEST_CASE("csodesk-cli help is Indonesian by default and English with --english", "[cli][language]")
{
    const CliRun indonesian = runCli({ QStringLiteral("--help") });
    REQUIRE(indonesian.exitCode == 0);
    CHECK(indonesian.out.startsWith(QStringLiteral("Pemakaian: ")));
    CHECK(indonesian.out.contains(QStringLiteral("csodesk-cli [opsi] perintah\n")));
    CHECK(indonesian.out.contains(QStringLiteral("Pendamping baris perintah csodesk.")));
    CHECK(indonesian.out.contains(QStringLiteral("URL basis data (sqlite:PATH atau postgresql://...).")));
    CHECK(indonesian.out.contains(QStringLiteral("Tampilkan bantuan tentang opsi baris perintah.")));
    CHECK_FALSE(indonesian.out.contains(QStringLiteral("Usage:")));
    CHECK_FALSE(indonesian.out.contains(QStringLiteral("Database URL")));
    // The command list lines up: every summary starts in one column.
    const QStringList commands = tableAfter(indonesian.out, QStringLiteral("Perintah:"));
    REQUIRE(commands.size() >= 9);
    QSet<qsizetype> summaryColumns;
    for (const QString& line : commands)
        summaryColumns.insert(secondColumn(line));
    CHECK(summaryColumns.size() == 1);

    const CliRun english = runCli({ kEnglish, QStringLiteral("--help") });
    REQUIRE(english.exitCode == 0);
    CHECK(english.out.startsWith(QStringLiteral("Usage: ")));
    CHECK(english.out.contains(QStringLiteral("csodesk-cli [options] command\n")));
    CHECK(english.out.contains(QStringLiteral("csodesk command-line companion.")));
    CHECK(english.out.contains(QStringLiteral("Database URL (sqlite:PATH or postgresql://...).")));
    CHECK(english.out.contains(QStringLiteral("File, list, show, export, review tickets; period figures")));
    CHECK_FALSE(english.out.contains(QStringLiteral("Pemakaian")));
    CHECK_FALSE(english.out.contains(QStringLiteral("basis data")));

    // A command's own help, with --english before or after the command's name.
    const CliRun listHelp = runCli({ QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--help") });
    REQUIRE(listHelp.exitCode == 0);
    CHECK(listHelp.out.contains(QStringLiteral("Hari pelaporan pertama, YYYY-MM-DD (WIB).")));
    CHECK(listHelp.out.contains(QStringLiteral("--from <tanggal>")));
    CHECK(listHelp.out.contains(QStringLiteral("Opsi:")));
    CHECK_FALSE(listHelp.out.contains(QStringLiteral("First filing day")));
    for (const QStringList& args :
        { QStringList { kEnglish, QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--help") },
            QStringList { QStringLiteral("tickets"), kEnglish, QStringLiteral("list"), QStringLiteral("--help") },
            QStringList { QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--help"), kEnglish } }) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliRun help = runCli(args);
        REQUIRE(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("First filing day, YYYY-MM-DD (WIB).")));
        CHECK(help.out.contains(QStringLiteral("--from <date>")));
        CHECK(help.out.contains(QStringLiteral("Print JSON (not translated).")));
        CHECK_FALSE(help.out.contains(QStringLiteral("Hari pelaporan")));
    }

    // A group's help.
    CHECK(runCli({ QStringLiteral("tickets"), QStringLiteral("--help") })
              .out.contains(QStringLiteral("Pemakaian: csodesk-cli tickets TINDAKAN ... --user NAMA")));
    CHECK(runCli({ kEnglish, QStringLiteral("tickets"), QStringLiteral("--help") })
              .out.contains(QStringLiteral("Usage: csodesk-cli tickets ACTION ... --user NAME")));
    const CliRun sopHelp = runCli({ QStringLiteral("sop"), QStringLiteral("catalogue"), QStringLiteral("--help") });
    CHECK(sopHelp.out.contains(QStringLiteral("Daftar jenis dan sub-jenis keluhan APKT beserta id-nya.")));
    CHECK(runCli({ QStringLiteral("sop"), QStringLiteral("catalogue"), QStringLiteral("--help"), kEnglish })
              .out.contains(QStringLiteral("List the APKT issue types and sub-issue types with their ids.")));
}

TEST_CASE("csodesk-cli errors are in the language in force", "[cli][language]")
{
    const CliRun unknown = runCli({ QStringLiteral("frobnicate") });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("kesalahan: perintah 'frobnicate' tidak dikenal")));
    const CliRun unknownEnglish = runCli({ kEnglish, QStringLiteral("frobnicate") });
    CHECK(unknownEnglish.exitCode == 2);
    CHECK(unknownEnglish.err.contains(QStringLiteral("error: unknown command 'frobnicate'")));
    CHECK(unknownEnglish.err.contains(QStringLiteral("Run 'csodesk-cli --help' for the list.")));

    // Qt's own parser messages too.
    const CliRun option = runCli({ QStringLiteral("check"), QStringLiteral("--no-such-option") });
    CHECK(option.exitCode == 2);
    CHECK(option.err.contains(QStringLiteral("kesalahan: Opsi 'no-such-option' tidak dikenal.")));
    CHECK(option.err.contains(QStringLiteral("Jalankan 'csodesk-cli check --help' untuk cara pakai.")));
    const CliRun optionEnglish = runCli({ QStringLiteral("check"), QStringLiteral("--no-such-option"), kEnglish });
    CHECK(optionEnglish.err.contains(QStringLiteral("error: Unknown option 'no-such-option'.")));
    CHECK(optionEnglish.err.contains(QStringLiteral("Run 'csodesk-cli check --help' for usage.")));

    // The CLI's own usage messages and core's messages.
    CHECK(runCli({ kEnglish, QStringLiteral("tickets"), QStringLiteral("stats") })
              .err.contains(QStringLiteral("error: --from and --to are required")));
    const CliRun badUrl
        = runCli({ kEnglish, QStringLiteral("--db"), QStringLiteral("mysql://x/y"), QStringLiteral("check") });
    CHECK(badUrl.exitCode == 1);
    CHECK(badUrl.err.contains(QStringLiteral("error: Invalid database address \"mysql://x/y\"")));
    CHECK_FALSE(badUrl.err.contains(QStringLiteral("tidak valid")));
    const CliRun badUrlIndonesian
        = runCli({ QStringLiteral("--db"), QStringLiteral("mysql://x/y"), QStringLiteral("check") });
    CHECK(badUrlIndonesian.err.contains(QStringLiteral("kesalahan: Alamat basis data \"mysql://x/y\" tidak valid")));
}

TEST_CASE("csodesk-cli follows the ui/language setting", "[cli][language]")
{
    QTemporaryDir config;
    const QProcessEnvironment english = englishSettings(config);
    const CliRun help = runCli({ QStringLiteral("--help") }, {}, english);
    REQUIRE(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("csodesk-cli [options] command\n")));
    const CliRun unknown = runCli({ QStringLiteral("frobnicate") }, {}, english);
    CHECK(unknown.err.contains(QStringLiteral("error: unknown command 'frobnicate'")));
}

TEST_CASE("csodesk-cli tickets stats writes Indonesian numbers in aligned columns", "[cli][language][tickets]")
{
    const DemoFloor demo;
    INFO(demo.filled.err.toStdString());
    REQUIRE(demo.filled.exitCode == 0);
    CHECK(demo.filled.err.contains(QRegularExpression(QStringLiteral("\\d\\.\\d{3} pembelian token"))));

    const CliRun stats = demo.stats();
    INFO(stats.out.toStdString() << stats.err.toStdString());
    REQUIRE(stats.exitCode == 0);
    // "45 / 60 = 75,0 %": a decimal comma, never a point, in every percentage.
    const QRegularExpression indonesianPercent(QStringLiteral("= \\d+,\\d %"));
    const QRegularExpression englishPercent(QStringLiteral("= \\d+\\.\\d %"));
    CHECK(matches(stats.out, indonesianPercent) == 3);
    CHECK_FALSE(stats.out.contains(englishPercent));
    CHECK(stats.out.contains(QStringLiteral("Tiket:")));
    CHECK_FALSE(stats.out.contains(QStringLiteral("Tickets:")));

    // The summary's values start in one column; each table's rows are as wide as its header.
    const QStringList lines = stats.out.split(QLatin1Char('\n'));
    const qsizetype summaryEnd = lines.indexOf(QStringLiteral("Per hari:"));
    REQUIRE(summaryEnd == 7);
    QSet<qsizetype> valueColumns;
    for (qsizetype i = 0; i < summaryEnd; ++i)
        valueColumns.insert(valueColumn(lines.at(i)));
    CHECK(valueColumns.size() == 1);
    for (const QString& title : { QStringLiteral("Per hari:"), QStringLiteral("Per sub-jenis:"),
             QStringLiteral("Per unit:"), QStringLiteral("Per agen:") }) {
        INFO(title.toStdString());
        const QStringList table = tableAfter(stats.out, title);
        REQUIRE(table.size() >= 2);
        CHECK(table.first().trimmed().endsWith(QStringLiteral("Jumlah")));
        CHECK(sameWidth(table));
    }
    // The units' names start in one column too.
    const QStringList units = tableAfter(stats.out, QStringLiteral("Per unit:"));
    QSet<qsizetype> nameColumns;
    for (const QString& line : units)
        nameColumns.insert(secondColumn(line));
    CHECK(nameColumns.size() == 1);

    const CliRun english = demo.stats({ kEnglish });
    REQUIRE(english.exitCode == 0);
    CHECK(matches(english.out, englishPercent) == 3);
    CHECK_FALSE(english.out.contains(indonesianPercent));
    CHECK(english.out.contains(QStringLiteral("First-contact resolution:")));
    const QStringList englishLines = english.out.split(QLatin1Char('\n'));
    QSet<qsizetype> englishColumns;
    for (qsizetype i = 0; i < englishLines.indexOf(QStringLiteral("By day:")); ++i)
        englishColumns.insert(valueColumn(englishLines.at(i)));
    CHECK(englishColumns.size() == 1);
    CHECK(sameWidth(tableAfter(english.out, QStringLiteral("By agent:"))));

    // JSON is the same in every language.
    const CliRun json = demo.stats({ QStringLiteral("--json") });
    const CliRun jsonEnglish = demo.stats({ QStringLiteral("--json"), kEnglish });
    REQUIRE(json.exitCode == 0);
    CHECK(json.out.contains(QStringLiteral("\"first_contact_resolution\"")));
    CHECK(json.out.section(QStringLiteral("\"as_of\""), 1).section(QLatin1Char('\n'), 1)
        == jsonEnglish.out.section(QStringLiteral("\"as_of\""), 1).section(QLatin1Char('\n'), 1));

    // Thousands: "1.289" in Indonesian, "1,289" in English, right-aligned.
    const CliRun check = runCli({ QStringLiteral("--db"), demo.url, QStringLiteral("check") });
    REQUIRE(check.exitCode == 0);
    const QStringList rows = tableAfter(check.out, QStringLiteral("Baris:"));
    CHECK(rows.filter(QRegularExpression(QStringLiteral("^  token_purchases +\\d{1,3}\\.\\d{3}$"))).size() == 1);
    CHECK(sameWidth(rows));
    const CliRun checkEnglish = runCli({ QStringLiteral("--db"), demo.url, QStringLiteral("check"), kEnglish });
    CHECK(tableAfter(checkEnglish.out, QStringLiteral("Rows:"))
              .filter(QRegularExpression(QStringLiteral("^  token_purchases +\\d{1,3},\\d{3}$")))
              .size()
        == 1);
}

TEST_CASE("csodesk-cli sop catalogue and sop list line their columns up", "[cli][language][sop]")
{
    for (const QStringList& args : { QStringList { QStringLiteral("sop"), QStringLiteral("catalogue") },
             QStringList { QStringLiteral("sop"), QStringLiteral("catalogue"), kEnglish } }) {
        const CliRun catalogue = runCli(args);
        REQUIRE(catalogue.exitCode == 0);
        const QStringList lines = catalogue.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() > 20);
        // The header's second column ("Nama" / "Name") is where every name starts.
        const qsizetype nameColumn = lines.first().indexOf(QRegularExpression(QStringLiteral("N(ama|ame)$")));
        REQUIRE(nameColumn > 10);
        for (const QString& line : lines) {
            INFO(line.toStdString());
            CHECK(line.mid(nameColumn - 2, 2) == QStringLiteral("  "));
            CHECK_FALSE(line.at(nameColumn).isSpace());
            CHECK_FALSE(line.left(nameColumn).trimmed().contains(QLatin1Char(' '))); // the id alone before it
        }
        CHECK(catalogue.out.contains(QStringLiteral("\n  cater.kurang_tagih ")));
    }

    const CliRun list = runCli({ QStringLiteral("sop"), QStringLiteral("list"), QStringLiteral("--all") });
    REQUIRE(list.exitCode == 0);
    const QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 5);
    const qsizetype titleColumn = lines.first().indexOf(QStringLiteral("Judul"));
    REQUIRE(titleColumn > 0);
    for (const QString& line : lines.mid(1)) {
        INFO(line.toStdString());
        CHECK(line.mid(titleColumn - 2, 2) == QStringLiteral("  "));
        CHECK_FALSE(line.at(titleColumn).isSpace());
    }
}
