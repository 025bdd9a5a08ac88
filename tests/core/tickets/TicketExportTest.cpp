#include "Golden.h"
#include "TicketFixtures.h"
#include "tickets/CsvWriter.h"
#include "tickets/TicketCsvExporter.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

// Three tickets whose texts need every kind of CSV care: delimiters, quotes, line breaks,
// formula starts, non-ASCII names.
void fileExportFixture(TicketWorld& w)
{
    const QString trickyName = QStringLiteral("Ni Luh Putu Ayu; \"Bu Ayu\"");
    w.seedCustomer(QStringLiteral("541100000123"), trickyName); // a floor files under the record's name
    TicketDraft tricky = keluhanDraft(QStringLiteral("541100000123"));
    tricky.customerName = trickyName;
    tricky.description = QStringLiteral("Koreksi rekening, stand 1.335,0\nmohon dicek ulang");
    tricky.agentNote = QStringLiteral("=HYPERLINK(\"http://contoh\")");
    const Ticket first = w.file(w.agent, tricky, 185);
    w.clock.advanceSeconds(600);
    REQUIRE(w.ticketsOf(w.supervisor)
                .annotate(w.supervisor, first.number, QStringLiteral("Cek ulang; salam \"pembuka\""),
                    ReviewFlag::PerluKoreksi)
                .ok());
    w.clock.advanceSeconds(60);
    REQUIRE(w.ticketsOf(w.supervisor).annotate(w.supervisor, first.number, QStringLiteral("Sudah dikoreksi")).ok());
    TicketDraft followUp = issueClosedDraft(QStringLiteral("541100000123"));
    followUp.customerName = trickyName;
    (void)w.file(w.otherAgent, followUp, 61, first.number);
    w.clock.advanceSeconds(60);
    (void)w.file(w.agent, keluhanDraft(QStringLiteral("541100000789"), QStringLiteral("tusbung.salah_putus")), 300);
}

} // namespace

TEST_CASE("CSV cells are quoted and guarded as Excel needs", "[tickets][export]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter comma(buffer, QLatin1Char(','));
    CHECK(comma.encodeCell(QStringLiteral("biasa")) == QStringLiteral("biasa"));
    CHECK(comma.encodeCell(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(comma.encodeCell(QStringLiteral("a;b")) == QStringLiteral("a;b"));
    CHECK(comma.encodeCell(QStringLiteral("kata \"kutip\"")) == QStringLiteral("\"kata \"\"kutip\"\"\""));
    CHECK(comma.encodeCell(QStringLiteral("baris\nbaru")) == QStringLiteral("\"baris\nbaru\""));
    CHECK(comma.encodeCell(QStringLiteral(" spasi")) == QStringLiteral("\" spasi\""));
    CHECK(comma.encodeCell(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(comma.encodeCell(QStringLiteral("-5")) == QStringLiteral("'-5"));
    CHECK(comma.encodeCell(QStringLiteral("=\"a\",b")) == QStringLiteral("\"'=\"\"a\"\",b\""));
    CHECK(comma.encodeCell(QStringLiteral("\tx")) == QStringLiteral("'\tx")); // the apostrophe leads: no edge space
    CHECK(comma.encodeCell(QStringLiteral("@x ")) == QStringLiteral("\"'@x \""));
    CHECK(comma.encodeCell(QString()).isEmpty());
    CsvWriter semicolon(buffer, QLatin1Char(';'));
    CHECK(semicolon.encodeCell(QStringLiteral("a;b")) == QStringLiteral("\"a;b\""));
}

TEST_CASE("Exporting a filter writes the golden CSV and is recorded in the audit trail", "[tickets][export]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    TicketWorld w(dialect);
    fileExportFixture(w);
    TicketCsvExporter exporter(w.queriesOf(w.supervisor), w.auditOf(w.supervisor));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExportOptions options;
    options.delimiter = QLatin1Char(';');
    QList<std::pair<qint64, qint64>> progress;
    options.progress = [&progress](qint64 written, qint64 total) {
        progress.append({ written, total });
        return true;
    };
    auto exported = exporter.exportCsv(w.supervisor, {}, buffer, options);
    REQUIRE(exported.ok());
    CHECK(exported->rows == 3);
    CHECK_FALSE(exported->cancelled);
    CHECK(progress == QList<std::pair<qint64, qint64>> { { 1, 3 }, { 2, 3 }, { 3, 3 } });

    const QByteArray bytes = buffer.data();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    // A floor's logins carry a suffix unique to the test run; the golden names the people plainly.
    QString text = QString::fromUtf8(bytes.mid(3));
    text.replace(w.agent.userName, QStringLiteral("budi")).replace(w.otherAgent.userName, QStringLiteral("andi"));
    const QString difference = compareWithGolden(QStringLiteral("tickets/export-semicolon.csv"), text);
    INFO(difference.toStdString());
    CHECK(difference.isEmpty());

    AuditFilter exports;
    exports.action = AuditAction::Export;
    auto recorded = w.auditOf(w.supervisor).query(exports);
    REQUIRE(recorded.ok());
    REQUIRE(recorded->size() == 1);
    CHECK(recorded->at(0).actor == w.supervisor.userName);
    CHECK(recorded->at(0).detail.contains(QStringLiteral("rows=3")));
}

TEST_CASE("An export can be cancelled from its progress callback and honours its filter", "[tickets][export]")
{
    TicketWorld w("sqlite");
    fileExportFixture(w);
    TicketCsvExporter exporter(w.queriesOf(w.supervisor), w.auditOf(w.supervisor));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExportOptions options;
    options.progress = [](qint64 written, qint64) { return written < 2; };
    auto cancelled = exporter.exportCsv(w.supervisor, {}, buffer, options);
    REQUIRE(cancelled.ok());
    CHECK(cancelled->cancelled);
    CHECK(cancelled->rows == 2);

    QBuffer filtered;
    filtered.open(QIODevice::WriteOnly);
    TicketFilter onlyClosed;
    onlyClosed.kind = TicketKind::IssueClosed;
    auto one = exporter.exportCsv(w.admin, onlyClosed, filtered);
    REQUIRE(one.ok());
    CHECK(one->rows == 1);
    const QString text = QString::fromUtf8(filtered.data());
    CHECK(text.count(QStringLiteral("\r\n")) == 2); // header + one row
    CHECK(text.contains(QStringLiteral("ISSUE_CLOSED")));

    CsvExportOptions badDelimiter;
    badDelimiter.delimiter = QLatin1Char('|');
    CHECK(exporter.exportCsv(w.supervisor, {}, filtered, badDelimiter).error().kind == ErrorKind::InvalidInput);
}
