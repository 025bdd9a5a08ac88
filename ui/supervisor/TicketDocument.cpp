#include "TicketDocument.h"

#include "apkt/ApktCatalogue.h"
#include "documents/RichText.h"
#include "documents/TicketDisplay.h"
#include "toolkit/Format.h"

#include <QLocale>
#include <QPrinter>
#include <QTextDocument>

namespace csodesk::ui {

QString countText(qint64 count)
{
    return QLocale().toString(count);
}

QString TicketDocument::transcriptHtml(const Ticket& ticket)
{
    const QList<TranscriptStep>& path = ticket.content.path;
    if (path.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(rich::escape(tr("Tiket ini tidak menyimpan jalur SOP.")));
    QString html
        = QStringLiteral("<p style='color:#555'>%1</p><ol>")
              .arg(rich::escape(tr("SOP %1 versi %2").arg(ticket.content.sopId).arg(ticket.content.sopVersion)));
    for (const TranscriptStep& step : path) {
        html += QStringLiteral("<li style='margin-bottom:6px'><b>%1</b> <span style='color:#777'>%2</span><br>%3")
                    .arg(rich::escape(TicketDisplay::stepKind(step.nodeKind)), rich::escape(formatWibTime(step.at)),
                        rich::escape(step.text));
        if (!step.choiceLabel.isEmpty())
            html += QStringLiteral("<br>&rarr; <b>%1</b> %2")
                        .arg(rich::escape(tr("Pilihan pelanggan:")), rich::escape(step.choiceLabel));
        for (auto it = step.fields.cbegin(); it != step.fields.cend(); ++it)
            html += QStringLiteral("<br>&rarr; %1: <b>%2</b>").arg(rich::escape(it.key()), rich::escape(it.value()));
        for (const QString& warning : step.confirmed)
            html += QStringLiteral("<br><span style='color:#8a5a00'>&#9888; %1 %2</span>")
                        .arg(rich::escape(tr("Dikonfirmasi agen:")), rich::escape(warning));
        html += QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ol>");
}

QString TicketDocument::historyHtml(const TicketDetail& detail)
{
    QList<QStringList> rows { { formatWibDateTime(detail.ticket.filedAt), detail.ticket.agentName, tr("Tiket dicatat"),
        detail.ticket.content.agentNote } };
    for (const TicketEvent& event : detail.events) {
        QString what = TicketDisplay::eventKind(event.kind);
        if (!event.flag.isEmpty())
            what += QStringLiteral(": ") + TicketDisplay::flag(event.flag);
        if (!event.status.isEmpty()) {
            auto status = ticketStatusFromCode(event.status);
            what += QStringLiteral(": ") + (status.ok() ? TicketDisplay::status(status.value()) : event.status);
        }
        rows.append({ formatWibDateTime(event.at), event.actorName, what, event.note });
    }
    return rich::table({ tr("Waktu"), tr("Oleh"), tr("Peristiwa"), tr("Catatan") }, rows);
}

QString TicketDocument::fullHtml(const TicketDetail& detail, const ApktCatalogue& catalogue, const QDateTime& printedAt)
{
    const Ticket& t = detail.ticket;
    QString fields;
    for (auto it = t.content.fields.cbegin(); it != t.content.fields.cend(); ++it)
        fields += QStringLiteral("%1: %2<br>").arg(rich::escape(it.key()), rich::escape(it.value()));
    QString html = QStringLiteral("<h2>%1 %2</h2>").arg(rich::escape(tr("Tiket")), rich::escape(t.number));
    QString list;
    list += rich::labelRow(tr("Jenis"), rich::escape(TicketDisplay::kind(t.content.kind)));
    list += rich::labelRow(tr("Status"), rich::escape(TicketDisplay::status(t.status)));
    list += rich::labelRow(tr("Jenis keluhan"), rich::escape(catalogue.issueTypeName(t.content.issueTypeId)));
    list += rich::labelRow(tr("Sub-jenis"), rich::escape(catalogue.subIssueTypeName(t.content.subIssueTypeId)));
    list += rich::labelRow(tr("Pelanggan"),
        rich::escape(QStringLiteral("%1 (IDPEL %2)").arg(t.content.customerName, t.content.customerIdpel)));
    list += rich::labelRow(
        tr("Unit"), rich::escape(QStringLiteral("%1 — %2").arg(t.content.unitCode, t.content.unitName)));
    list += rich::labelRow(tr("Agen"), rich::escape(t.agentName));
    list += rich::labelRow(tr("Mulai panggilan"), rich::escape(formatWibDateTime(t.callStartedAt)));
    list += rich::labelRow(tr("Dicatat"), rich::escape(formatWibDateTime(t.filedAt)));
    list += rich::labelRow(tr("Durasi"), rich::escape(formatDuration(t.handleTimeMs / 1000)));
    if (t.slaDueAt.isValid())
        list += rich::labelRow(tr("Batas SLA"), rich::escape(formatWibDateTime(t.slaDueAt)));
    if (!t.linkedTicketNumber.isEmpty())
        list += rich::labelRow(tr("Tiket terkait"), rich::escape(t.linkedTicketNumber));
    if (!fields.isEmpty())
        list += rich::labelRow(tr("Data dicatat"), fields);
    list += rich::labelRow(tr("Uraian"), rich::escape(t.content.description));
    if (!t.content.agentNote.isEmpty())
        list += rich::labelRow(tr("Catatan agen"), rich::escape(t.content.agentNote));
    html += rich::labelList(list);
    html += QStringLiteral("<h3>%1</h3>").arg(rich::escape(tr("Jalur SOP"))) + transcriptHtml(t);
    html += QStringLiteral("<h3>%1</h3>").arg(rich::escape(tr("Riwayat"))) + historyHtml(detail);
    html += QStringLiteral("<p style='color:#777'>%1</p>")
                .arg(rich::escape(tr("Dicetak %1 dari csodesk.").arg(formatWibDateTime(printedAt))));
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
