#pragma once

#include "tickets/TicketDraft.h"

namespace csodesk::test {

// The Issue Closed draft the reliability tests file: valid, small, one per customer number.
inline TicketDraft informationDraft(qint64 customerNumber)
{
    TicketDraft draft;
    draft.kind = TicketKind::IssueClosed;
    draft.issueTypeId = QStringLiteral("informasi");
    draft.subIssueTypeId = QStringLiteral("informasi.umum");
    draft.customerIdpel = QStringLiteral("5411%1").arg(customerNumber % 100000000, 8, 10, QLatin1Char('0'));
    draft.customerName = QStringLiteral("Pelanggan Uji");
    draft.unitCode = QStringLiteral("CC123");
    draft.unitName = QStringLiteral("Unit Contact Center");
    draft.description = QStringLiteral("INFORMASI UMUM TELAH DIJELASKAN KEPADA PELANGGAN");
    draft.sopId = QStringLiteral("sop-umum");
    draft.sopVersion = 1;
    return draft;
}

} // namespace csodesk::test
