#include "TicketFormat.h"

#include "NumberText.h"
#include "TextTable.h"
#include "common/TimeUtil.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace csodesk::cli {

namespace {

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString percent(const Ratio& ratio)
{
    return QStringLiteral("%1 / %2 = %3")
        .arg(countText(ratio.numerator), countText(ratio.denominator), permilleText(ratio.permille()));
}

QJsonObject ratioToJson(const Ratio& ratio)
{
    return QJsonObject { { QStringLiteral("numerator"), ratio.numerator },
        { QStringLiteral("denominator"), ratio.denominator },
        { QStringLiteral("percent"), double(ratio.permille()) / 10.0 } };
}

QJsonArray countsToJson(const QList<KeyCount>& counts)
{
    QJsonArray array;
    for (const KeyCount& count : counts) {
        array.append(QJsonObject { { QStringLiteral("key"), count.key }, { QStringLiteral("label"), count.label },
            { QStringLiteral("count"), count.count } });
    }
    return array;
}

// A titled table of counts: key, its name where one has a name of its own, the count.
void printCounts(QTextStream& out, const QString& title, const QList<KeyCount>& counts)
{
    out << title << "\n";
    const bool named
        = std::any_of(counts.cbegin(), counts.cend(), [](const KeyCount& count) { return count.label != count.key; });
    QStringList headers { QCoreApplication::translate("CliTickets", "Id") };
    if (named)
        headers << QCoreApplication::translate("CliTickets", "Nama");
    headers << QCoreApplication::translate("CliTickets", "Jumlah");
    TextTable table(headers);
    table.setIndent(2);
    table.setAlignment(int(headers.size()) - 1, TextTable::Align::Right);
    for (const KeyCount& count : counts) {
        QStringList row { count.key };
        if (named)
            row << (count.label == count.key ? QString() : count.label);
        table.addRow(row << countText(count.count));
    }
    table.print(out);
}

} // namespace

QJsonObject ticketToJson(const Ticket& ticket)
{
    QJsonObject json = ticketDraftToJson(ticket.content);
    json.insert(QStringLiteral("number"), ticket.number);
    json.insert(QStringLiteral("status"), ticketStatusCode(ticket.status));
    json.insert(QStringLiteral("agent"), ticket.agentName);
    json.insert(QStringLiteral("call_started_at"), isoUtc(ticket.callStartedAt));
    json.insert(QStringLiteral("filed_at"), isoUtc(ticket.filedAt));
    json.insert(QStringLiteral("handle_time_ms"), ticket.handleTimeMs);
    json.insert(QStringLiteral("sla_due_at"), isoUtc(ticket.slaDueAt));
    json.insert(QStringLiteral("linked_ticket"), ticket.linkedTicketNumber);
    json.insert(QStringLiteral("latest_flag"), ticket.latestFlag);
    json.insert(QStringLiteral("latest_review_note"), ticket.latestReviewNote);
    if (ticket.anonymisedAt.isValid())
        json.insert(QStringLiteral("anonymised_at"), isoUtc(ticket.anonymisedAt));
    return json;
}

QJsonObject ticketEventToJson(const TicketEvent& event)
{
    return QJsonObject { { QStringLiteral("kind"), ticketEventKindCode(event.kind) },
        { QStringLiteral("at"), isoUtc(event.at) }, { QStringLiteral("by"), event.actorName },
        { QStringLiteral("note"), event.note }, { QStringLiteral("flag"), event.flag },
        { QStringLiteral("status"), event.status } };
}

QJsonObject figuresToJson(const TicketFigures& figures)
{
    QJsonArray byDay;
    for (const DayKindCount& day : figures.byDayAndKind) {
        byDay.append(QJsonObject { { QStringLiteral("day"), day.day.toString(Qt::ISODate) },
            { QStringLiteral("kind"), ticketKindCode(day.kind) }, { QStringLiteral("count"), day.count } });
    }
    QJsonArray ages;
    for (qint64 count : figures.openKeluhanByAge)
        ages.append(count);
    return QJsonObject {
        { QStringLiteral("from"), isoUtc(figures.from) },
        { QStringLiteral("to"), isoUtc(figures.to) },
        { QStringLiteral("as_of"), isoUtc(figures.asOf) },
        { QStringLiteral("total"), figures.total },
        { QStringLiteral("by_day_and_kind"), byDay },
        { QStringLiteral("by_sub_issue_type"), countsToJson(figures.bySubIssueType) },
        { QStringLiteral("by_unit"), countsToJson(figures.byUnit) },
        { QStringLiteral("by_agent"), countsToJson(figures.byAgent) },
        { QStringLiteral("first_contact_resolution"), ratioToJson(figures.firstContactResolution) },
        { QStringLiteral("average_handle_time_ms"), figures.averageHandleTimeMs },
        { QStringLiteral("p90_handle_time_ms"), figures.p90HandleTimeMs },
        { QStringLiteral("repeat_contacts"), ratioToJson(figures.repeatContacts) },
        { QStringLiteral("sla_compliance"), ratioToJson(figures.slaCompliance) },
        { QStringLiteral("open_keluhan_by_age"),
            QJsonObject { { QStringLiteral("0-1d"), ages.at(0) }, { QStringLiteral("1-3d"), ages.at(1) },
                { QStringLiteral("3-7d"), ages.at(2) }, { QStringLiteral(">7d"), ages.at(3) } } },
    };
}

void printTicketList(QTextStream& out, const QList<Ticket>& tickets)
{
    if (tickets.isEmpty())
        return;
    TextTable table({ QCoreApplication::translate("CliTickets", "Nomor"),
        QCoreApplication::translate("CliTickets", "Dilaporkan (WIB)"),
        QCoreApplication::translate("CliTickets", "Jenis"), QCoreApplication::translate("CliTickets", "Status"),
        QStringLiteral("IDPEL"), QCoreApplication::translate("CliTickets", "Sub-jenis"),
        QCoreApplication::translate("CliTickets", "Agen") });
    for (const Ticket& ticket : tickets) {
        table.addRow({ ticket.number, formatWib(ticket.filedAt), ticketKindCode(ticket.content.kind),
            ticketStatusCode(ticket.status), ticket.content.customerIdpel, ticket.content.subIssueTypeId,
            ticket.agentName });
    }
    table.print(out);
}

void printTicketDetail(QTextStream& out, const TicketDetail& detail)
{
    const Ticket& t = detail.ticket;
    TextTable head;
    head.setSpacing(1);
    head.addRow({ QCoreApplication::translate("CliTickets", "Nomor:"), t.number });
    head.addRow({ QCoreApplication::translate("CliTickets", "Jenis:"),
        QStringLiteral("%1 (%2)").arg(ticketKindCode(t.content.kind), ticketStatusCode(t.status)) });
    head.addRow({ QCoreApplication::translate("CliTickets", "Keluhan:"),
        t.content.issueTypeId + QStringLiteral(" / ") + t.content.subIssueTypeId });
    head.addRow({ QCoreApplication::translate("CliTickets", "Pelanggan:"),
        t.content.customerIdpel + QStringLiteral("  ")
            + (t.anonymisedAt.isValid()
                    ? QCoreApplication::translate("CliTickets", "(dianonimkan %1)").arg(formatWib(t.anonymisedAt))
                    : t.content.customerName) });
    head.addRow({ QCoreApplication::translate("CliTickets", "Unit:"),
        QStringLiteral("%1  %2 (%3)")
            .arg(t.content.unitCode, t.content.unitName, ticketRoutingCode(t.content.routing)) });
    head.addRow({ QCoreApplication::translate("CliTickets", "Agen:"), t.agentName });
    head.addRow({ QCoreApplication::translate("CliTickets", "Mulai/lapor:"),
        QStringLiteral("%1 / %2 (%3)")
            .arg(formatWib(t.callStartedAt), formatWib(t.filedAt), secondsText(t.handleTimeMs)) });
    if (t.slaDueAt.isValid())
        head.addRow({ QCoreApplication::translate("CliTickets", "Batas SLA:"), formatWib(t.slaDueAt) });
    if (!t.linkedTicketNumber.isEmpty())
        head.addRow({ QCoreApplication::translate("CliTickets", "Tiket terkait:"), t.linkedTicketNumber });
    head.addRow({ QStringLiteral("SOP:"), QStringLiteral("%1 v%2").arg(t.content.sopId).arg(t.content.sopVersion) });
    head.print(out);
    for (auto it = t.content.fields.cbegin(); it != t.content.fields.cend(); ++it)
        out << "  " << it.key() << ": " << it.value() << "\n";
    out << QCoreApplication::translate("CliTickets", "Uraian:") << "\n  " << t.content.description << "\n";
    if (!t.content.agentNote.isEmpty())
        out << QCoreApplication::translate("CliTickets", "Catatan agen:") << "\n  " << t.content.agentNote << "\n";
    if (!detail.events.isEmpty()) {
        out << QCoreApplication::translate("CliTickets", "Riwayat:") << "\n";
        TextTable events;
        events.setIndent(2);
        for (const TicketEvent& event : detail.events) {
            QString what = ticketEventKindCode(event.kind);
            if (!event.flag.isEmpty())
                what += QLatin1Char(' ') + event.flag;
            if (!event.status.isEmpty())
                what += QLatin1Char(' ') + event.status;
            if (!event.note.isEmpty())
                what += QStringLiteral(": ") + event.note;
            events.addRow({ formatWib(event.at), event.actorName, what });
        }
        events.print(out);
    }
}

void printFigures(QTextStream& out, const TicketFigures& f)
{
    // The period ends exclusively; people read it as its last day.
    const QString period = QCoreApplication::translate("CliTickets", "%1 s.d. %2 (WIB)")
                               .arg(wibDate(f.from).toString(QStringLiteral("dd-MM-yyyy")),
                                   wibDate(f.to.addMSecs(-1)).toString(QStringLiteral("dd-MM-yyyy")));
    const QString ages
        = QCoreApplication::translate("CliTickets", "0-1 hari: %1, 1-3 hari: %2, 3-7 hari: %3, >7 hari: %4")
              .arg(countText(f.openKeluhanByAge[0]), countText(f.openKeluhanByAge[1]), countText(f.openKeluhanByAge[2]),
                  countText(f.openKeluhanByAge[3]));
    TextTable summary;
    summary.setSpacing(1);
    summary.addRow({ QCoreApplication::translate("CliTickets", "Periode:"), period });
    summary.addRow({ QCoreApplication::translate("CliTickets", "Tiket:"), countText(f.total) });
    summary.addRow(
        { QCoreApplication::translate("CliTickets", "Selesai di kontak pertama:"), percent(f.firstContactResolution) });
    summary.addRow({ QCoreApplication::translate("CliTickets", "Durasi rata-rata / p90:"),
        secondsText(f.averageHandleTimeMs) + QStringLiteral(" / ") + secondsText(f.p90HandleTimeMs) });
    summary.addRow(
        { QCoreApplication::translate("CliTickets", "Kontak berulang (7 hari):"), percent(f.repeatContacts) });
    summary.addRow({ QCoreApplication::translate("CliTickets", "KELUHAN tepat SLA:"), percent(f.slaCompliance) });
    summary.addRow({ QCoreApplication::translate("CliTickets", "KELUHAN terbuka per umur:"), ages });
    summary.print(out);

    out << QCoreApplication::translate("CliTickets", "Per hari:") << "\n";
    TextTable days({ QCoreApplication::translate("CliTickets", "Tanggal"),
        QCoreApplication::translate("CliTickets", "Jenis"), QCoreApplication::translate("CliTickets", "Jumlah") });
    days.setIndent(2);
    days.setAlignment(2, TextTable::Align::Right);
    for (const DayKindCount& day : f.byDayAndKind)
        days.addRow({ day.day.toString(QStringLiteral("dd-MM-yyyy")), ticketKindCode(day.kind), countText(day.count) });
    days.print(out);
    printCounts(out, QCoreApplication::translate("CliTickets", "Per sub-jenis:"), f.bySubIssueType);
    printCounts(out, QCoreApplication::translate("CliTickets", "Per unit:"), f.byUnit);
    printCounts(out, QCoreApplication::translate("CliTickets", "Per agen:"), f.byAgent);
}

} // namespace csodesk::cli
