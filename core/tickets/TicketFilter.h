#pragma once

#include "tickets/TicketDraft.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace csodesk {

// Which tickets a supervisor (or an agent, within what they may see) asks for. Empty fields
// do not filter.
struct TicketFilter {
    QDateTime from; // filing time, inclusive, UTC; invalid = open
    QDateTime to; // filing time, exclusive, UTC; invalid = open
    QString agentName;
    std::optional<TicketKind> kind;
    QString issueTypeId;
    QString subIssueTypeId;
    QString unitCode;
    QString customerIdpel;
    QString descriptionContains; // case-insensitive substring of the description
    bool openOnly = false; // KELUHAN still open
    bool overdueOnly = false; // KELUHAN still open past its SLA due time
};

enum class TicketSort {
    FiledNewestFirst,
    FiledOldestFirst,
    HandleTimeLongestFirst,
};

[[nodiscard]] QString ticketSortCode(TicketSort sort); // newest / oldest / handle_time
[[nodiscard]] std::optional<TicketSort> ticketSortFromCode(const QString& code);

// Keyset paging: the cursor names the last row of the previous page, so page 1,000 costs what
// page 1 costs and rows filed meanwhile do not shift the pages.
struct TicketPageRequest {
    TicketSort sort = TicketSort::FiledNewestFirst;
    QString cursor; // from the previous TicketPage; empty = first page
    int limit = 50;
};

} // namespace csodesk
