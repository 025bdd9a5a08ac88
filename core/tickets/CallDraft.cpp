#include "CallDraft.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace csodesk {

namespace {

// Bumped when the layout changes; an unknown format is refused rather than half-read.
constexpr int kFormat = 1;

QString isoUtc(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoUtc(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace

QJsonObject callDraftToJson(const CallDraft& draft)
{
    QJsonArray steps;
    for (const TranscriptStep& step : draft.steps)
        steps.append(transcriptStepToJson(step));
    QJsonObject pending;
    for (auto it = draft.pendingFields.cbegin(); it != draft.pendingFields.cend(); ++it)
        pending.insert(it.key(), it.value());
    return QJsonObject {
        { QStringLiteral("format"), kFormat },
        { QStringLiteral("customer_idpel"), draft.customerIdpel },
        { QStringLiteral("bill_period"), draft.billPeriod },
        { QStringLiteral("sop"),
            QJsonObject { { QStringLiteral("id"), draft.sopId }, { QStringLiteral("version"), draft.sopVersion } } },
        { QStringLiteral("steps"), steps },
        { QStringLiteral("pending_fields"), pending },
        { QStringLiteral("agent_note"), draft.agentNote },
        { QStringLiteral("call_started_at"), isoUtc(draft.callStartedAt) },
        { QStringLiteral("client_request_id"), draft.clientRequestId },
        { QStringLiteral("saved_at"), isoUtc(draft.savedAt) },
    };
}

Result<CallDraft> callDraftFromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("format")).toInt() != kFormat) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "CallDraft", "Draf panggilan tersimpan tidak dapat dibaca (format tidak dikenal)."),
            QStringLiteral("call draft format %1").arg(json.value(QStringLiteral("format")).toInt()));
    }
    CallDraft draft;
    draft.customerIdpel = json.value(QStringLiteral("customer_idpel")).toString();
    draft.billPeriod = json.value(QStringLiteral("bill_period")).toString();
    const QJsonObject sop = json.value(QStringLiteral("sop")).toObject();
    draft.sopId = sop.value(QStringLiteral("id")).toString();
    draft.sopVersion = sop.value(QStringLiteral("version")).toInt();
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    for (const QJsonValue& step : steps)
        draft.steps.append(transcriptStepFromJson(step.toObject()));
    const QJsonObject pending = json.value(QStringLiteral("pending_fields")).toObject();
    for (auto it = pending.constBegin(); it != pending.constEnd(); ++it)
        draft.pendingFields.insert(it.key(), it.value().toString());
    draft.agentNote = json.value(QStringLiteral("agent_note")).toString();
    draft.callStartedAt = fromIsoUtc(json.value(QStringLiteral("call_started_at")).toString());
    draft.clientRequestId = json.value(QStringLiteral("client_request_id")).toString();
    draft.savedAt = fromIsoUtc(json.value(QStringLiteral("saved_at")).toString());
    if (!draft.sopId.isEmpty() && draft.sopVersion < 1) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("CallDraft", "Draf panggilan tersimpan rusak (versi SOP tidak ada)."),
            QStringLiteral("call draft without sop version"));
    }
    return draft;
}

} // namespace csodesk
