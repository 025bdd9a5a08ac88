#pragma once

#include "common/Result.h"
#include "tickets/TicketDraft.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace csodesk {

// A call in progress, as much as is needed to put the agent back where they were after a crash
// or a failed filing: which customer, which SOP version and the steps taken (replayed with
// SopSession::replay), what was typed but not yet submitted, the agent's note, when the call
// started, and the filing key so that a retry can never file twice.
struct CallDraft {
    QString customerIdpel; // empty: no customer looked up yet
    QString billPeriod; // "YYYY-MM" of the bill the SOP talks about; empty = newest
    QString sopId; // empty: no SOP picked yet
    int sopVersion = 0;
    QList<TranscriptStep> steps; // the SOP steps taken
    QMap<QString, QString> pendingFields; // typed at the current collect node, not yet submitted
    QString agentNote;
    QDateTime callStartedAt; // UTC
    QString clientRequestId; // FilingRequest::clientRequestId, fixed for the whole call
    QDateTime savedAt; // UTC, when the draft was last written

    friend bool operator==(const CallDraft&, const CallDraft&) = default;
};

[[nodiscard]] QJsonObject callDraftToJson(const CallDraft& draft);
[[nodiscard]] Result<CallDraft> callDraftFromJson(const QJsonObject& json);

} // namespace csodesk
