#include "TicketCsvExporter.h"

#include "auth/AccessControl.h"
#include "common/TimeUtil.h"
#include "tickets/CsvWriter.h"

#include <QCoreApplication>

namespace csodesk {

namespace {

QString wib(const QDateTime& time)
{
    return time.isValid() ? formatWibTimestamp(toEpochMs(time)) : QString();
}

// What the audit record says about an export: the filter, without customer data beyond the IDPEL.
QString describe(const TicketFilter& filter, QChar delimiter)
{
    QStringList parts;
    if (filter.from.isValid())
        parts << QStringLiteral("from=") + wib(filter.from);
    if (filter.to.isValid())
        parts << QStringLiteral("to=") + wib(filter.to);
    if (!filter.agentName.isEmpty())
        parts << QStringLiteral("agent=") + filter.agentName;
    if (filter.kind)
        parts << QStringLiteral("kind=") + ticketKindCode(*filter.kind);
    if (!filter.issueTypeId.isEmpty())
        parts << QStringLiteral("issue=") + filter.issueTypeId;
    if (!filter.subIssueTypeId.isEmpty())
        parts << QStringLiteral("sub_issue=") + filter.subIssueTypeId;
    if (!filter.unitCode.isEmpty())
        parts << QStringLiteral("unit=") + filter.unitCode;
    if (!filter.descriptionContains.isEmpty())
        parts << QStringLiteral("text=") + filter.descriptionContains;
    if (filter.openOnly)
        parts << QStringLiteral("open");
    if (filter.overdueOnly)
        parts << QStringLiteral("overdue");
    parts << QStringLiteral("delimiter=") + delimiter;
    return QStringLiteral("tickets csv ") + parts.join(QLatin1Char(' '));
}

} // namespace

QStringList TicketCsvExporter::header()
{
    return { QStringLiteral("nomor"), QStringLiteral("jenis"), QStringLiteral("status"), QStringLiteral("waktu_lapor"),
        QStringLiteral("mulai_panggilan"), QStringLiteral("durasi_detik"), QStringLiteral("batas_sla"),
        QStringLiteral("jenis_keluhan"), QStringLiteral("sub_jenis_keluhan"), QStringLiteral("idpel"),
        QStringLiteral("nama_pelanggan"), QStringLiteral("kode_unit"), QStringLiteral("nama_unit"),
        QStringLiteral("tujuan"), QStringLiteral("agen"), QStringLiteral("tiket_terkait"), QStringLiteral("sop"),
        QStringLiteral("versi_sop"), QStringLiteral("data_isian"), QStringLiteral("uraian"),
        QStringLiteral("catatan_agen"), QStringLiteral("tanda_review"), QStringLiteral("catatan_review_terakhir") };
}

QStringList TicketCsvExporter::row(const TicketRow& ticket)
{
    // An empty field map is stored as "{}" but exported as an empty cell.
    const bool noFields = ticket.fieldsJson.isEmpty() || ticket.fieldsJson == QLatin1String("{}");
    return { ticket.number, ticket.kind, ticket.status, formatWibTimestamp(ticket.filedAtMs),
        formatWibTimestamp(ticket.callStartedAtMs), QString::number(ticket.handleTimeMs / 1000),
        ticket.slaDueAtMs ? formatWibTimestamp(*ticket.slaDueAtMs) : QString(), ticket.issueTypeId,
        ticket.subIssueTypeId, ticket.customerIdpel, ticket.customerName, ticket.unitCode, ticket.unitName,
        ticket.routing, ticket.agentName, ticket.linkedTicketNumber, ticket.sopId, QString::number(ticket.sopVersion),
        noFields ? QString() : ticket.fieldsJson, ticket.description, ticket.agentNote, ticket.latestFlag,
        ticket.latestReviewNote };
}

Result<CsvExportSummary> TicketCsvExporter::exportCsv(
    const Actor& actor, const TicketFilter& filter, QIODevice& out, const CsvExportOptions& options)
{
    if (auto allowed = access::requireSupervisor(actor, QCoreApplication::translate("Tickets", "mengekspor tiket"));
        !allowed.ok())
        return allowed.error();
    if (options.delimiter != QLatin1Char(',') && options.delimiter != QLatin1Char(';'))
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Tickets", "Pemisah kolom harus ',' atau ';'."),
            QStringLiteral("bad delimiter"));
    auto total = m_queries.count(actor, filter);
    if (!total.ok())
        return total.error();
    if (auto audited = m_audit.record(actor.userName, AuditAction::Export, filter.customerIdpel,
            describe(filter, options.delimiter) + QStringLiteral(" rows=%1").arg(total.value()));
        !audited.ok())
        return audited.error();

    const Error writeFailed = makeError(ErrorKind::StorageFailure,
        QCoreApplication::translate("Tickets", "Berkas ekspor tidak bisa ditulis (disk penuh?)."),
        QStringLiteral("csv write failed"));
    CsvWriter writer(out, options.delimiter);
    if (!writer.writeBom() || !writer.writeRow(header()))
        return writeFailed;
    CsvExportSummary summary;
    bool failed = false;
    auto streamed = m_queries.forEachRow(actor, filter, [&](const TicketRow& ticket) {
        if (!writer.writeRow(row(ticket))) {
            failed = true;
            return false;
        }
        ++summary.rows;
        if (options.progress && !options.progress(summary.rows, total.value())) {
            summary.cancelled = true;
            return false;
        }
        return true;
    });
    if (!streamed.ok())
        return streamed.error();
    if (failed)
        return writeFailed;
    return summary;
}

} // namespace csodesk
