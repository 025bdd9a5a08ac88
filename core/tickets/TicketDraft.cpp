#include "TicketDraft.h"

#include "common/TimeUtil.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace csodesk {

namespace {

QJsonObject mapToJson(const QMap<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QMap<QString, QString> mapFromJson(const QJsonObject& object)
{
    QMap<QString, QString> map;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

Error badDraft(const QString& why)
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("TicketDraft", "Draf tiket tidak valid: %1").arg(why),
        QStringLiteral("bad ticket draft json"));
}

} // namespace

QString ticketKindCode(TicketKind kind)
{
    return kind == TicketKind::IssueClosed ? QStringLiteral("ISSUE_CLOSED") : QStringLiteral("KELUHAN");
}

Result<TicketKind> ticketKindFromCode(const QString& code)
{
    if (code == QLatin1String("ISSUE_CLOSED"))
        return TicketKind::IssueClosed;
    if (code == QLatin1String("KELUHAN"))
        return TicketKind::Keluhan;
    return badDraft(QStringLiteral("jenis tiket \"%1\" tidak dikenal").arg(code));
}

QString ticketRoutingCode(TicketRouting routing)
{
    return routing == TicketRouting::ContactCenter ? QStringLiteral("contact_center") : QStringLiteral("customer_unit");
}

Result<TicketRouting> ticketRoutingFromCode(const QString& code)
{
    if (code == QLatin1String("contact_center"))
        return TicketRouting::ContactCenter;
    if (code == QLatin1String("customer_unit"))
        return TicketRouting::CustomerUnit;
    return badDraft(QStringLiteral("tujuan \"%1\" tidak dikenal").arg(code));
}

QJsonObject transcriptStepToJson(const TranscriptStep& step)
{
    QJsonObject item { { QStringLiteral("node"), step.nodeId }, { QStringLiteral("kind"), step.nodeKind },
        { QStringLiteral("text"), step.text } };
    if (!step.choiceId.isEmpty()) {
        item.insert(QStringLiteral("choice"), step.choiceId);
        item.insert(QStringLiteral("choice_label"), step.choiceLabel);
    }
    if (!step.fields.isEmpty())
        item.insert(QStringLiteral("fields"), mapToJson(step.fields));
    if (!step.confirmed.isEmpty())
        item.insert(QStringLiteral("confirmed"), QJsonArray::fromStringList(step.confirmed));
    if (step.at.isValid())
        item.insert(QStringLiteral("at"), step.at.toUTC().toString(Qt::ISODateWithMs));
    return item;
}

TranscriptStep transcriptStepFromJson(const QJsonObject& item)
{
    TranscriptStep step;
    step.nodeId = item.value(QStringLiteral("node")).toString();
    step.nodeKind = item.value(QStringLiteral("kind")).toString();
    step.text = item.value(QStringLiteral("text")).toString();
    step.choiceId = item.value(QStringLiteral("choice")).toString();
    step.choiceLabel = item.value(QStringLiteral("choice_label")).toString();
    step.fields = mapFromJson(item.value(QStringLiteral("fields")).toObject());
    for (const QJsonValue warning : item.value(QStringLiteral("confirmed")).toArray())
        step.confirmed.append(warning.toString());
    const QString at = item.value(QStringLiteral("at")).toString();
    if (!at.isEmpty())
        step.at = QDateTime::fromString(at, Qt::ISODateWithMs).toUTC();
    return step;
}

QJsonObject ticketDraftToJson(const TicketDraft& draft)
{
    QJsonArray path;
    for (const TranscriptStep& step : draft.path)
        path.append(transcriptStepToJson(step));
    return QJsonObject {
        { QStringLiteral("kind"), ticketKindCode(draft.kind) },
        { QStringLiteral("issue_type"), draft.issueTypeId },
        { QStringLiteral("sub_issue_type"), draft.subIssueTypeId },
        { QStringLiteral("routing"), ticketRoutingCode(draft.routing) },
        { QStringLiteral("customer"),
            QJsonObject {
                { QStringLiteral("idpel"), draft.customerIdpel }, { QStringLiteral("name"), draft.customerName } } },
        { QStringLiteral("unit"),
            QJsonObject { { QStringLiteral("code"), draft.unitCode }, { QStringLiteral("name"), draft.unitName } } },
        { QStringLiteral("fields"), mapToJson(draft.fields) },
        { QStringLiteral("description"), draft.description },
        { QStringLiteral("agent_note"), draft.agentNote },
        { QStringLiteral("sop"),
            QJsonObject { { QStringLiteral("id"), draft.sopId }, { QStringLiteral("version"), draft.sopVersion } } },
        { QStringLiteral("sla_hours"), draft.slaHours },
        { QStringLiteral("path"), path },
    };
}

Result<TicketDraft> ticketDraftFromJson(const QJsonObject& json)
{
    TicketDraft draft;
    auto kind = ticketKindFromCode(json.value(QStringLiteral("kind")).toString());
    if (!kind.ok())
        return kind.error();
    draft.kind = kind.value();
    auto routing = ticketRoutingFromCode(json.value(QStringLiteral("routing")).toString());
    if (!routing.ok())
        return routing.error();
    draft.routing = routing.value();
    draft.issueTypeId = json.value(QStringLiteral("issue_type")).toString();
    draft.subIssueTypeId = json.value(QStringLiteral("sub_issue_type")).toString();
    if (draft.issueTypeId.isEmpty() || draft.subIssueTypeId.isEmpty())
        return badDraft(QStringLiteral("jenis/sub-jenis keluhan kosong"));
    const QJsonObject customer = json.value(QStringLiteral("customer")).toObject();
    draft.customerIdpel = customer.value(QStringLiteral("idpel")).toString();
    draft.customerName = customer.value(QStringLiteral("name")).toString();
    const QJsonObject unit = json.value(QStringLiteral("unit")).toObject();
    draft.unitCode = unit.value(QStringLiteral("code")).toString();
    draft.unitName = unit.value(QStringLiteral("name")).toString();
    draft.fields = mapFromJson(json.value(QStringLiteral("fields")).toObject());
    draft.description = json.value(QStringLiteral("description")).toString();
    draft.agentNote = json.value(QStringLiteral("agent_note")).toString();
    const QJsonObject sop = json.value(QStringLiteral("sop")).toObject();
    draft.sopId = sop.value(QStringLiteral("id")).toString();
    draft.sopVersion = sop.value(QStringLiteral("version")).toInt();
    draft.slaHours = json.value(QStringLiteral("sla_hours")).toInt();
    const QJsonArray path = json.value(QStringLiteral("path")).toArray();
    for (const QJsonValue value : path)
        draft.path.append(transcriptStepFromJson(value.toObject()));
    return draft;
}

} // namespace csodesk
