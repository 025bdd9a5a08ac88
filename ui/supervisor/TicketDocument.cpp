#include "TicketDocument.h"

#include "TicketDisplay.h"
#include "apkt/ApktCatalogue.h"
#include "toolkit/Format.h"

#include <QLocale>
#include <QPrinter>
#include <QTextDocument>

namespace csodesk::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='color:#555; padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(esc(label), value);
}

} // namespace

QString countText(qint64 count)
{
    return QLocale().toString(count);
}

QString TicketDocument::transcriptHtml(const Ticket& ticket)
{
    const QList<TranscriptStep>& path = ticket.content.path;
    if (path.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Tiket ini tidak menyimpan jalur SOP.")));
    QString html = QStringLiteral("<p style='color:#555'>%1</p><ol>")
                       .arg(esc(tr("SOP %1 versi %2").arg(ticket.content.sopId).arg(ticket.content.sopVersion)));
    for (const TranscriptStep& step : path) {
        html += QStringLiteral("<li style='margin-bottom:6px'><b>%1</b> <span style='color:#777'>%2</span><br>%3")
                    .arg(esc(TicketDisplay::stepKind(step.nodeKind)), esc(formatWibTime(step.at)), esc(step.text));
        if (!step.choiceLabel.isEmpty())
            html += QStringLiteral("<br>&rarr; <b>%1</b> %2").arg(esc(tr("Pilihan pelanggan:")), esc(step.choiceLabel));
        for (auto it = step.fields.cbegin(); it != step.fields.cend(); ++it)
            html += QStringLiteral("<br>&rarr; %1: <b>%2</b>").arg(esc(it.key()), esc(it.value()));
        for (const QString& warning : step.confirmed)
            html += QStringLiteral("<br><span style='color:#8a5a00'>&#9888; %1 %2</span>")
                        .arg(esc(tr("Dikonfirmasi agen:")), esc(warning));
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

QString TicketDocument::historyHtml(const TicketDetail& detail)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
    html += QStringLiteral(
        "<tr style='background:#eef2f6'><th align='left'>%1</th><th align='left'>%2</th><th align='left'>%3</th>"
        "<th align='left'>%4</th></tr>")
                .arg(esc(tr("Waktu")), esc(tr("Oleh")), esc(tr("Peristiwa")), esc(tr("Catatan")));
    html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                .arg(esc(formatWibDateTime(detail.ticket.filedAt)), esc(detail.ticket.agentName),
                    esc(tr("Tiket dicatat")), esc(detail.ticket.content.agentNote));
    for (const TicketEvent& event : detail.events) {
        QString what = TicketDisplay::eventKind(event.kind);
        if (!event.flag.isEmpty())
            what += QStringLiteral(": ") + TicketDisplay::flag(event.flag);
        if (!event.status.isEmpty()) {
            auto status = ticketStatusFromCode(event.status);
            what += QStringLiteral(": ") + (status.ok() ? TicketDisplay::status(status.value()) : event.status);
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(formatWibDateTime(event.at)), esc(event.actorName), esc(what), esc(event.note));
    }
    return html + QStringLiteral("</table>");
}

QString TicketDocument::fullHtml(const TicketDetail& detail, const ApktCatalogue& catalogue, const QDateTime& printedAt)
{
    const Ticket& t = detail.ticket;
    QString fields;
    for (auto it = t.content.fields.cbegin(); it != t.content.fields.cend(); ++it)
        fields += QStringLiteral("%1: %2<br>").arg(esc(it.key()), esc(it.value()));
    QString html = QStringLiteral("<h2>%1 %2</h2>").arg(esc(tr("Tiket")), esc(t.number));
    html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    html += row(tr("Jenis"), esc(TicketDisplay::kind(t.content.kind)));
    html += row(tr("Status"), esc(TicketDisplay::status(t.status)));
    html += row(tr("Jenis keluhan"), esc(catalogue.issueTypeName(t.content.issueTypeId)));
    html += row(tr("Sub-jenis"), esc(catalogue.subIssueTypeName(t.content.subIssueTypeId)));
    html += row(
        tr("Pelanggan"), esc(QStringLiteral("%1 (IDPEL %2)").arg(t.content.customerName, t.content.customerIdpel)));
    html += row(tr("Unit"), esc(QStringLiteral("%1 — %2").arg(t.content.unitCode, t.content.unitName)));
    html += row(tr("Agen"), esc(t.agentName));
    html += row(tr("Mulai panggilan"), esc(formatWibDateTime(t.callStartedAt)));
    html += row(tr("Dicatat"), esc(formatWibDateTime(t.filedAt)));
    html += row(tr("Durasi"), esc(formatDuration(t.handleTimeMs / 1000)));
    if (t.slaDueAt.isValid())
        html += row(tr("Batas SLA"), esc(formatWibDateTime(t.slaDueAt)));
    if (!t.linkedTicketNumber.isEmpty())
        html += row(tr("Tiket terkait"), esc(t.linkedTicketNumber));
    if (!fields.isEmpty())
        html += row(tr("Data dicatat"), fields);
    html += row(tr("Uraian"), esc(t.content.description));
    if (!t.content.agentNote.isEmpty())
        html += row(tr("Catatan agen"), esc(t.content.agentNote));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Jalur SOP"))) + transcriptHtml(t);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Riwayat"))) + historyHtml(detail);
    html += QStringLiteral("<p style='color:#777'>%1</p>")
                .arg(esc(tr("Dicetak %1 dari csodesk.").arg(formatWibDateTime(printedAt))));
    return html;
}

void TicketDocument::print(
    const TicketDetail& detail, const ApktCatalogue& catalogue, const QDateTime& printedAt, QPrinter& printer)
{
    QTextDocument document;
    document.setHtml(fullHtml(detail, catalogue, printedAt));
    document.print(&printer);
}

} // namespace csodesk::ui
