#pragma once

#include "audit/AuditLog.h"
#include "auth/Actor.h"
#include "common/Result.h"
#include "tickets/TicketFilter.h"
#include "tickets/TicketQueryService.h"

#include <QIODevice>

#include <functional>

namespace csodesk {

struct CsvExportOptions {
    QChar delimiter = QLatin1Char(',');
    // Called after each row with (rows written, rows expected); return false to cancel.
    std::function<bool(qint64 written, qint64 total)> progress;
};

struct CsvExportSummary {
    qint64 rows = 0;
    bool cancelled = false;
};

// Streams the tickets of a filter to CSV, oldest first, one page in memory at a time.
// Supervisors and admins only; every export is recorded in the audit log before the first
// byte leaves, so an export cannot happen unrecorded.
class TicketCsvExporter {
public:
    TicketCsvExporter(TicketQueryService& queries, AuditLog& audit)
        : m_queries(queries)
        , m_audit(audit)
    {
    }

    [[nodiscard]] Result<CsvExportSummary> exportCsv(
        const Actor& actor, const TicketFilter& filter, QIODevice& out, const CsvExportOptions& options = {});

    [[nodiscard]] static QStringList header();
    [[nodiscard]] static QStringList row(const TicketRow& ticket);

private:
    TicketQueryService& m_queries;
    AuditLog& m_audit;
};

} // namespace csodesk
