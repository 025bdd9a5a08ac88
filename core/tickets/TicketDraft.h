#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace csodesk {

// The two dispositions of a contact-centre report in APKT.
enum class TicketKind { IssueClosed, Keluhan };

[[nodiscard]] QString ticketKindCode(TicketKind kind); // "ISSUE_CLOSED" / "KELUHAN"
[[nodiscard]] Result<TicketKind> ticketKindFromCode(const QString& code);

// Where a ticket goes: closed at the contact centre, or forwarded to the customer's ULP.
enum class TicketRouting { ContactCenter, CustomerUnit };

[[nodiscard]] QString ticketRoutingCode(TicketRouting routing); // "contact_center" / "customer_unit"
[[nodiscard]] Result<TicketRouting> ticketRoutingFromCode(const QString& code);

// One step of an SOP walk as it happened: what the agent saw/read, what was chosen or typed.
struct TranscriptStep {
    QString nodeId;
    QString nodeKind; // say / ask / collect / outcome
    QString text; // the script or question as shown (placeholders filled)
    QString choiceId; // ask: the chosen choice
    QString choiceLabel;
    QMap<QString, QString> fields; // collect: the captured values
    QStringList confirmed; // collect: the warnings the agent confirmed with the customer
    QDateTime at; // UTC

    friend bool operator==(const TranscriptStep&, const TranscriptStep&) = default;
};

// What an SOP walk produces and the ticket service files: everything a ticket needs except
// what filing itself decides (number, agent, filing time).
struct TicketDraft {
    TicketKind kind = TicketKind::IssueClosed;
    QString issueTypeId; // APKT catalogue id, e.g. "informasi"
    QString subIssueTypeId; // APKT catalogue id, e.g. "informasi.tagihan_listrik_dan_token"
    TicketRouting routing = TicketRouting::ContactCenter;
    QString customerIdpel;
    QString customerName; // snapshot at filing time
    QString unitCode; // routed unit: the customer's ULP for KELUHAN
    QString unitName;
    QMap<QString, QString> fields; // captured fields (email, stand, ...)
    QString description; // the work-order text rendered from the SOP template
    QString agentNote; // free text the agent adds at the preview
    QString sopId;
    int sopVersion = 0;
    int slaHours = 0; // 72 for KELUHAN (3 x 24 h), 0 for Issue Closed
    QList<TranscriptStep> path;

    friend bool operator==(const TicketDraft&, const TicketDraft&) = default;
};

// One step in the JSON form used inside a draft's "path" (also by the saved call in progress).
[[nodiscard]] QJsonObject transcriptStepToJson(const TranscriptStep& step);
[[nodiscard]] TranscriptStep transcriptStepFromJson(const QJsonObject& item);

// Stable JSON form: the CLI prints it, the desktop saves a call in progress with it.
[[nodiscard]] QJsonObject ticketDraftToJson(const TicketDraft& draft);
[[nodiscard]] Result<TicketDraft> ticketDraftFromJson(const QJsonObject& json);

} // namespace csodesk
