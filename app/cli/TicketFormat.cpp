#include "TicketFormat.h"

#include "common/TimeUtil.h"

#include <QJsonArray>

namespace csodesk::cli {

namespace {

QString isoUtc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString percent(const Ratio& ratio)
{
    const qint64 permille = ratio.permille();
    return QStringLiteral("%1 / %2 = %3.%4 %")
        .arg(ratio.numerator)
        .arg(ratio.denominator)
        .arg(permille / 10)
        .arg(permille % 10);
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

QString seconds(qint64 ms)
{
    return QStringLiteral("%1 s").arg(ms / 1000);
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

void printTicketLine(QTextStream& out, const Ticket& ticket)
{
    out << ticket.number << "  " << formatWib(ticket.filedAt) << "  "
        << ticketKindCode(ticket.content.kind).leftJustified(12) << ticketStatusCode(ticket.status).leftJustified(13)
        << ticket.content.customerIdpel << "  " << ticket.content.subIssueTypeId.leftJustified(40) << ticket.agentName
        << "\n";
}

void printTicketDetail(QTextStream& out, const TicketDetail& detail)
{
    const Ticket& t = detail.ticket;
    out << "Nomor:          " << t.number << "\n"
        << "Jenis:          " << ticketKindCode(t.content.kind) << " (" << ticketStatusCode(t.status) << ")\n"
        << "Keluhan:        " << t.content.issueTypeId << " / " << t.content.subIssueTypeId << "\n"
        << "Pelanggan:      " << t.content.customerIdpel << "  " << t.content.customerName << "\n"
        << "Unit:           " << t.content.unitCode << "  " << t.content.unitName << " ("
        << ticketRoutingCode(t.content.routing) << ")\n"
        << "Agen:           " << t.agentName << "\n"
        << "Mulai/lapor:    " << formatWib(t.callStartedAt) << " / " << formatWib(t.filedAt) << " ("
        << seconds(t.handleTimeMs) << ")\n";
    if (t.slaDueAt.isValid())
        out << "Batas SLA:      " << formatWib(t.slaDueAt) << "\n";
    if (!t.linkedTicketNumber.isEmpty())
        out << "Tiket terkait:  " << t.linkedTicketNumber << "\n";
    out << "SOP:            " << t.content.sopId << " v" << t.content.sopVersion << "\n";
    for (auto it = t.content.fields.cbegin(); it != t.content.fields.cend(); ++it)
        out << "  " << it.key() << ": " << it.value() << "\n";
    out << "Uraian:\n  " << t.content.description << "\n";
    if (!t.content.agentNote.isEmpty())
        out << "Catatan agen:\n  " << t.content.agentNote << "\n";
    if (!detail.events.isEmpty()) {
        out << "Riwayat:\n";
        for (const TicketEvent& event : detail.events) {
            out << "  " << formatWib(event.at) << "  " << event.actorName << "  " << ticketEventKindCode(event.kind);
            if (!event.flag.isEmpty())
                out << " " << event.flag;
            if (!event.status.isEmpty())
                out << " " << event.status;
            if (!event.note.isEmpty())
                out << ": " << event.note;
            out << "\n";
        }
    }
}

void printFigures(QTextStream& out, const TicketFigures& f)
{
    // The period ends exclusively; people read it as its last day.
    out << "Periode:                   " << wibDate(f.from).toString(QStringLiteral("dd-MM-yyyy")) << " s.d. "
        << wibDate(f.to.addMSecs(-1)).toString(QStringLiteral("dd-MM-yyyy")) << " (WIB)\n"
        << "Tiket:                     " << f.total << "\n"
        << "Selesai di kontak pertama: " << percent(f.firstContactResolution) << "\n"
        << "Durasi rata-rata / p90:    " << seconds(f.averageHandleTimeMs) << " / " << seconds(f.p90HandleTimeMs)
        << "\n"
        << "Kontak berulang (7 hari):  " << percent(f.repeatContacts) << "\n"
        << "KELUHAN tepat SLA:         " << percent(f.slaCompliance) << "\n"
        << "KELUHAN terbuka per umur:  0-1 h " << f.openKeluhanByAge[0] << ", 1-3 h " << f.openKeluhanByAge[1]
        << ", 3-7 h " << f.openKeluhanByAge[2] << ", >7 h " << f.openKeluhanByAge[3] << "\n";
    out << "Per hari:\n";
    for (const DayKindCount& day : f.byDayAndKind)
        out << "  " << day.day.toString(QStringLiteral("dd-MM-yyyy")) << "  "
            << ticketKindCode(day.kind).leftJustified(13) << day.count << "\n";
    const std::initializer_list<std::pair<const char*, const QList<KeyCount>*>> groups {
        { "Per sub-jenis:", &f.bySubIssueType }, { "Per unit:", &f.byUnit }, { "Per agen:", &f.byAgent }
    };
    for (const auto& [title, counts] : groups) {
        out << title << "\n";
        for (const KeyCount& count : *counts) {
            const QString label = count.label == count.key ? count.key : count.key + QStringLiteral(" ") + count.label;
            out << "  " << label.leftJustified(44) << count.count << "\n";
        }
    }
}

} // namespace csodesk::cli
