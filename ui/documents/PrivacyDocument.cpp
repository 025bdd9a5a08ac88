#include "PrivacyDocument.h"

#include "AuditDisplay.h"
#include "RichText.h"
#include "TicketDisplay.h"
#include "apkt/ApktCatalogue.h"
#include "audit/AuditDetailLabel.h"
#include "billing/EnergyQuantity.h"
#include "billing/Money.h"
#include "common/TimeUtil.h"
#include "customers/MeterReading.h"
#include "tickets/TicketDraft.h"

#include <QDate>
#include <QIODevice>
#include <QJsonArray>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace csodesk::ui {

namespace {

// The JSON's times are UTC in ISO 8601; the reader lives in WIB.
QDateTime instant(const QJsonValue& utc)
{
    return QDateTime::fromString(utc.toString(), Qt::ISODate);
}

QString wib(const QJsonValue& utc)
{
    return formatWib(instant(utc));
}

// In the tables, whose times are all WIB (the document says so once): "09-10-2026 14:05".
QString wibCell(const QJsonValue& utc, const QString& format = QStringLiteral("dd-MM-yyyy HH:mm"))
{
    const QDateTime time = instant(utc);
    return time.isValid() ? toWib(time).toString(format) : QString();
}

QString day(const QJsonValue& isoDate)
{
    const QDate date = QDate::fromString(isoDate.toString(), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : isoDate.toString();
}

// "2026-10" as "Okt 2026".
QString month(const QJsonValue& period)
{
    const QDate first = QDate::fromString(period.toString() + QStringLiteral("-01"), Qt::ISODate);
    return first.isValid() ? QLocale().toString(first, QStringLiteral("MMM yyyy")) : period.toString();
}

// kWh without the unit, which the column's header names.
QString kwh(const QJsonValue& wh, int decimals = 0)
{
    return EnergyQuantity::fromWh(wh.toInteger()).toKwhText(decimals);
}

QString rupiah(const QJsonValue& amount)
{
    return formatRupiah(amount.toInteger());
}

QString heading(const QString& title, qsizetype count)
{
    return QStringLiteral(
        "<h2 style='margin-top:18px'>%1 <span style='color:#777; font-weight:normal'>(%2)</span></h2>")
        .arg(rich::escape(title), QLocale().toString(count));
}

QString heading(const QString& title)
{
    return QStringLiteral("<h2 style='margin-top:18px'>%1</h2>").arg(rich::escape(title));
}

QString nothing(const QString& text)
{
    return QStringLiteral("<p style='color:#555'><i>%1</i></p>").arg(rich::escape(text));
}

QString valueOrDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString eventText(const QJsonObject& event)
{
    const QString code = event.value(QStringLiteral("kind")).toString();
    QString what = code;
    for (const TicketEventKind kind : { TicketEventKind::Note, TicketEventKind::Flag, TicketEventKind::StatusChange })
        if (ticketEventKindCode(kind) == code)
            what = TicketDisplay::eventKind(kind);
    if (const QString flag = event.value(QStringLiteral("flag")).toString(); !flag.isEmpty())
        what += QStringLiteral(": ") + TicketDisplay::flag(flag);
    if (const QString statusCode = event.value(QStringLiteral("status")).toString(); !statusCode.isEmpty()) {
        auto status = ticketStatusFromCode(statusCode);
        what += QStringLiteral(": ") + (status.ok() ? TicketDisplay::status(status.value()) : statusCode);
    }
    return what;
}

} // namespace

QString PrivacyDocument::ticketHtml(const QJsonObject& ticket, const ApktCatalogue& catalogue)
{
    const QString number = ticket.value(QStringLiteral("number")).toString();
    QString html
        = QStringLiteral("<h3 style='margin-top:14px'>%1 %2</h3>").arg(rich::escape(tr("Tiket")), rich::escape(number));
    QString list;
    auto kind = ticketKindFromCode(ticket.value(QStringLiteral("kind")).toString());
    list += rich::labelRow(tr("Jenis"),
        rich::escape(kind.ok() ? TicketDisplay::kind(kind.value()) : ticket.value(QStringLiteral("kind")).toString()));
    auto status = ticketStatusFromCode(ticket.value(QStringLiteral("status")).toString());
    list += rich::labelRow(tr("Status"),
        rich::escape(
            status.ok() ? TicketDisplay::status(status.value()) : ticket.value(QStringLiteral("status")).toString()));
    list += rich::labelRow(tr("Jenis keluhan"),
        rich::escape(catalogue.issueTypeName(ticket.value(QStringLiteral("issue_type")).toString())));
    list += rich::labelRow(tr("Sub-jenis"),
        rich::escape(catalogue.subIssueTypeName(ticket.value(QStringLiteral("sub_issue_type")).toString())));
    const QJsonObject customer = ticket.value(QStringLiteral("customer")).toObject();
    list += rich::labelRow(
        tr("Nama saat dicatat"), rich::escape(valueOrDash(customer.value(QStringLiteral("name")).toString())));
    const QJsonObject unit = ticket.value(QStringLiteral("unit")).toObject();
    list += rich::labelRow(tr("Unit"),
        rich::escape(QStringLiteral("%1 — %2").arg(
            unit.value(QStringLiteral("code")).toString(), unit.value(QStringLiteral("name")).toString())));
    list += rich::labelRow(tr("Agen"), rich::escape(ticket.value(QStringLiteral("agent")).toString()));
    list += rich::labelRow(tr("Mulai panggilan"), rich::escape(wib(ticket.value(QStringLiteral("call_started_at")))));
    list += rich::labelRow(tr("Dicatat"), rich::escape(wib(ticket.value(QStringLiteral("filed_at")))));
    if (const QString linked = ticket.value(QStringLiteral("linked_ticket")).toString(); !linked.isEmpty())
        list += rich::labelRow(tr("Tiket terkait"), rich::escape(linked));
    const QJsonObject fields = ticket.value(QStringLiteral("fields")).toObject();
    QString fieldsHtml;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        fieldsHtml += QStringLiteral("%1: %2<br>").arg(rich::escape(it.key()), rich::escape(it.value().toString()));
    if (!fieldsHtml.isEmpty())
        list += rich::labelRow(tr("Data dicatat"), fieldsHtml);
    list += rich::labelRow(tr("Uraian"), rich::escape(ticket.value(QStringLiteral("description")).toString()));
    if (const QString note = ticket.value(QStringLiteral("agent_note")).toString(); !note.isEmpty())
        list += rich::labelRow(tr("Catatan agen"), rich::escape(note));
    html += rich::labelList(list);

    // The SOP path as read out: what the customer heard and answered is their data too.
    QList<QStringList> steps;
    for (const QJsonValue value : ticket.value(QStringLiteral("path")).toArray()) {
        const QJsonObject step = value.toObject();
        QStringList answers;
        if (const QString choice = step.value(QStringLiteral("choice_label")).toString(); !choice.isEmpty())
            answers << choice;
        const QJsonObject typed = step.value(QStringLiteral("fields")).toObject();
        for (auto it = typed.constBegin(); it != typed.constEnd(); ++it)
            answers << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
        steps.append({ wibCell(step.value(QStringLiteral("at")), QStringLiteral("HH:mm:ss")),
            TicketDisplay::stepKind(step.value(QStringLiteral("kind")).toString()),
            step.value(QStringLiteral("text")).toString(), answers.join(QLatin1Char('\n')) });
    }
    if (!steps.isEmpty()) {
        const QJsonObject sop = ticket.value(QStringLiteral("sop")).toObject();
        html += QStringLiteral("<p style='margin-top:8px'><b>%1</b></p>")
                    .arg(rich::escape(tr("Jalur SOP %1 versi %2")
                                          .arg(sop.value(QStringLiteral("id")).toString())
                                          .arg(sop.value(QStringLiteral("version")).toInt())));
        html += rich::table(
            { tr("Waktu"), tr("Langkah"), tr("Teks"), tr("Jawaban / isian") }, steps, {}, { 11, 13, 46, 30 });
    }

    QList<QStringList> history;
    for (const QJsonValue value : ticket.value(QStringLiteral("events")).toArray()) {
        const QJsonObject event = value.toObject();
        history.append({ wibCell(event.value(QStringLiteral("at"))), event.value(QStringLiteral("by")).toString(),
            eventText(event), event.value(QStringLiteral("note")).toString() });
    }
    if (!history.isEmpty()) {
        html += QStringLiteral("<p style='margin-top:8px'><b>%1</b></p>").arg(rich::escape(tr("Riwayat")));
        html += rich::table(
            { tr("Waktu"), tr("Oleh"), tr("Peristiwa"), tr("Catatan") }, history, {}, { 20, 15, 25, 40 });
    }
    return html;
}

QString PrivacyDocument::html(const QJsonObject& report, const ApktCatalogue& catalogue)
{
    const QJsonObject made = report.value(QStringLiteral("report")).toObject();
    const QJsonObject customer = report.value(QStringLiteral("customer")).toObject();
    const QString idpel = made.value(QStringLiteral("idpel")).toString();

    QString html
        = QStringLiteral("<h1 style='color:#0b4f8a'>%1</h1>").arg(rich::escape(tr("Laporan Data Pribadi Pelanggan")));
    QString about;
    about += rich::labelRow(tr("Pelanggan"),
        rich::escape(QStringLiteral("%1 (IDPEL %2)").arg(customer.value(QStringLiteral("name")).toString(), idpel)));
    about += rich::labelRow(tr("Dibuat oleh"), rich::escape(made.value(QStringLiteral("made_by")).toString()));
    about += rich::labelRow(tr("Dibuat pada"), rich::escape(wib(made.value(QStringLiteral("made_at")))));
    html += rich::labelList(about);
    html += QStringLiteral("<p style='color:#555'>%1</p>")
                .arg(rich::escape(tr("Semua data yang disimpan csodesk tentang pelanggan ini, atas permintaan akses "
                                     "pemilik data (UU 27/2022 tentang Pelindungan Data Pribadi). Dokumen ini berisi "
                                     "data pribadi: serahkan hanya kepada pemilik data. Waktu dalam WIB.")));

    // The customer record, every field.
    html += heading(tr("Data pelanggan"));
    QString record;
    record += rich::labelRow(tr("IDPEL"), rich::escape(customer.value(QStringLiteral("idpel")).toString()));
    record += rich::labelRow(
        tr("Nomor meter"), rich::escape(valueOrDash(customer.value(QStringLiteral("meter_number")).toString())));
    record += rich::labelRow(tr("Nama"), rich::escape(customer.value(QStringLiteral("name")).toString()));
    record += rich::labelRow(
        tr("Alamat"), rich::escape(valueOrDash(customer.value(QStringLiteral("address")).toString())));
    record
        += rich::labelRow(tr("Telepon"), rich::escape(valueOrDash(customer.value(QStringLiteral("phone")).toString())));
    record
        += rich::labelRow(tr("E-mail"), rich::escape(valueOrDash(customer.value(QStringLiteral("email")).toString())));
    record += rich::labelRow(tr("Tarif / daya"),
        rich::escape(QStringLiteral("%1 / %2 VA")
                         .arg(customer.value(QStringLiteral("tariff")).toString(),
                             QLocale().toString(customer.value(QStringLiteral("power_va")).toInteger()))));
    const bool prepaid = customer.value(QStringLiteral("payment_type")).toString() == QLatin1String("prepaid");
    record += rich::labelRow(
        tr("Cara bayar"), rich::escape(prepaid ? tr("Prabayar (token)") : tr("Pascabayar (rekening)")));
    record += rich::labelRow(tr("ULP"), rich::escape(customer.value(QStringLiteral("ulp_code")).toString()));
    const QString invoiceState = customer.value(QStringLiteral("invoice_email_state")).toString();
    QString invoice = invoiceState == QLatin1String("subscribed") ? tr("berlangganan")
        : invoiceState == QLatin1String("requested")              ? tr("diminta, belum aktif")
        : invoiceState == QLatin1String("unsubscribed")           ? tr("berhenti berlangganan")
                                                                  : tr("tidak berlangganan");
    if (const QString address = customer.value(QStringLiteral("invoice_email")).toString(); !address.isEmpty())
        invoice += QStringLiteral(" (%1)").arg(address);
    record += rich::labelRow(tr("Tagihan lewat e-mail"), rich::escape(invoice));
    html += rich::labelList(record);

    const QJsonArray units = report.value(QStringLiteral("units")).toArray();
    html += heading(tr("Unit PLN"), units.size());
    QList<QStringList> unitRows;
    for (const QJsonValue value : units) {
        const QJsonObject unit = value.toObject();
        const QString level = unit.value(QStringLiteral("level")).toString();
        unitRows.append({ unit.value(QStringLiteral("code")).toString(), unit.value(QStringLiteral("name")).toString(),
            level == QLatin1String("main")      ? tr("Unit induk")
                : level == QLatin1String("up3") ? tr("UP3")
                : level == QLatin1String("ulp") ? tr("ULP")
                                                : level });
    }
    html += units.isEmpty() ? nothing(tr("Tidak ada."))
                            : rich::table({ tr("Kode"), tr("Nama"), tr("Tingkat") }, unitRows);

    const QJsonArray bills = report.value(QStringLiteral("bills")).toArray();
    html += heading(tr("Rekening"), bills.size());
    QList<QStringList> billRows;
    for (const QJsonValue value : bills) {
        const QJsonObject bill = value.toObject();
        QString usage = kwh(bill.value(QStringLiteral("usage_wh")));
        if (bill.value(QStringLiteral("estimated")).toBool())
            usage += QStringLiteral(" ") + tr("(taksiran)");
        const qint64 correction = bill.value(QStringLiteral("correction_wh")).toInteger();
        const QString paid = wibCell(bill.value(QStringLiteral("paid_at")));
        billRows.append({ month(bill.value(QStringLiteral("period"))),
            kwh(bill.value(QStringLiteral("stand_start_wh"))), kwh(bill.value(QStringLiteral("stand_end_wh"))), usage,
            correction == 0 ? QStringLiteral("—") : kwh(correction), rupiah(bill.value(QStringLiteral("total"))),
            day(bill.value(QStringLiteral("due_date"))), paid.isEmpty() ? tr("belum dibayar") : paid,
            bill.value(QStringLiteral("payment_channel")).toString() });
    }
    html += bills.isEmpty() ? nothing(tr("Tidak ada."))
                            // Nine columns on A4 portrait: in the body's size Qt broke amounts and dates mid-word.
                            : QStringLiteral("<div style='font-size:7pt'>")
            + rich::table({ tr("Periode"), tr("Stand\nawal"), tr("Stand\nakhir"), tr("Pemakaian\n(kWh)"),
                              tr("Koreksi\n(kWh)"), tr("Tagihan"), tr("Jatuh\ntempo"), tr("Dibayar"), tr("Loket") },
                billRows, { 1, 2, 3, 4, 5 })
            + QStringLiteral("</div>");

    const QJsonArray readings = report.value(QStringLiteral("meter_readings")).toArray();
    html += heading(tr("Laporan stand meter"), readings.size());
    QList<QStringList> readingRows;
    for (const QJsonValue value : readings) {
        const QJsonObject reading = value.toObject();
        const auto source = readingSourceFromCode(reading.value(QStringLiteral("source")).toString());
        QString accepted = reading.value(QStringLiteral("accepted")).toBool() ? tr("Diterima") : tr("Ditolak");
        if (const QString reason = reading.value(QStringLiteral("reject_reason")).toString(); !reason.isEmpty())
            accepted += QStringLiteral(": ") + reason;
        readingRows.append({ wibCell(reading.value(QStringLiteral("reported_at"))),
            source ? readingSourceLabel(*source) : reading.value(QStringLiteral("source")).toString(),
            kwh(reading.value(QStringLiteral("stand_wh"))), accepted });
    }
    html += readings.isEmpty() ? nothing(tr("Tidak ada."))
                               : rich::table({ tr("Waktu"), tr("Sumber"), tr("Stand (kWh)"), tr("Hasil") }, readingRows,
                                   { 2 }, { 20, 25, 15, 40 });

    const QJsonArray tokens = report.value(QStringLiteral("token_purchases")).toArray();
    html += heading(tr("Pembelian token"), tokens.size());
    QList<QStringList> tokenRows;
    for (const QJsonValue value : tokens) {
        const QJsonObject token = value.toObject();
        tokenRows.append(
            { wibCell(token.value(QStringLiteral("purchased_at"))), rupiah(token.value(QStringLiteral("amount"))),
                kwh(token.value(QStringLiteral("energy_wh")), 1), token.value(QStringLiteral("token")).toString() });
    }
    html += tokens.isEmpty() ? nothing(tr("Tidak ada."))
                             : rich::table({ tr("Waktu"), tr("Nominal"), tr("Energi (kWh)"), tr("Token (disamarkan)") },
                                 tokenRows, { 1, 2 }, { 20, 20, 20, 40 });

    const QJsonArray tickets = report.value(QStringLiteral("tickets")).toArray();
    html += heading(tr("Tiket"), tickets.size());
    if (tickets.isEmpty())
        html += nothing(tr("Tidak ada."));
    for (const QJsonValue value : tickets)
        html += ticketHtml(value.toObject(), catalogue);

    const QJsonArray log = report.value(QStringLiteral("access_log")).toArray();
    html += heading(tr("Log akses"), log.size());
    html += QStringLiteral("<p style='color:#555'>%1</p>")
                .arg(rich::escape(tr("Siapa yang mencari pelanggan ini, mencatat tiket atau mengekspor datanya, dan "
                                     "kapan; sebelum laporan ini dibuat.")));
    QList<QStringList> logRows;
    for (const QJsonValue value : log) {
        const QJsonObject entry = value.toObject();
        const QString action = entry.value(QStringLiteral("action")).toString();
        logRows.append({ wibCell(entry.value(QStringLiteral("at"))), entry.value(QStringLiteral("actor")).toString(),
            auditActionName(action), auditDetailLabel(action, entry.value(QStringLiteral("detail")).toString()) });
    }
    html += log.isEmpty()
        ? nothing(tr("Tidak ada."))
        : rich::table({ tr("Waktu"), tr("Oleh"), tr("Tindakan"), tr("Keterangan") }, logRows, {}, { 20, 15, 25, 40 });
    return html;
}

Status PrivacyDocument::writePdf(const QJsonObject& report, const ApktCatalogue& catalogue, QIODevice& device)
{
    {
        QPdfWriter writer(&device);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(
            tr("Laporan Data Pribadi Pelanggan %1")
                .arg(report.value(QStringLiteral("report")).toObject().value(QStringLiteral("idpel")).toString()));
        writer.setCreator(QStringLiteral("csodesk"));
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(8.5);
        document.setDefaultFont(font);
        document.setHtml(html(report, catalogue));
        // print() breaks the document into the writer's pages with a 2 cm margin (hence none on
        // the writer) and numbers them.
        document.print(&writer);
    } // the writer finishes the file when it goes
    if (device.pos() == 0)
        return makeError(
            ErrorKind::Internal, tr("PDF laporan tidak bisa dibuat."), QStringLiteral("privacy pdf empty"));
    return {};
}

} // namespace csodesk::ui
