#pragma once

#include <QString>

#include <optional>

namespace csodesk {

// A filed ticket as its stored columns, for reading many at once (exports). Unlike Ticket it
// carries no SOP transcript and is not parsed back into a validated draft: a bulk reader needs
// neither, and doing both per row made exports five times slower than the engine.
// Codes (kind, status, routing) are the stored codes; fieldsJson is the stored JSON object.
struct TicketRow {
    qint64 id = 0;
    QString number;
    QString kind;
    QString status;
    qint64 filedAtMs = 0;
    qint64 callStartedAtMs = 0;
    qint64 handleTimeMs = 0;
    std::optional<qint64> slaDueAtMs;
    QString issueTypeId;
    QString subIssueTypeId;
    QString customerIdpel;
    QString customerName;
    QString unitCode;
    QString unitName;
    QString routing;
    QString agentName;
    QString linkedTicketNumber;
    QString sopId;
    int sopVersion = 0;
    QString fieldsJson;
    QString description;
    QString agentNote;
    QString latestFlag;
    QString latestReviewNote;
    std::optional<qint64> anonymisedAtMs; // set by the retention purge
};

} // namespace csodesk
