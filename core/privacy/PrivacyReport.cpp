#include "PrivacyReport.h"

#include "auth/AccessControl.h"
#include "common/TimeUtil.h"
#include "tickets/TicketDraft.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace csodesk {

namespace {

QString utc(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject customerJson(const Customer& c)
{
    return QJsonObject {
        { QStringLiteral("idpel"), c.idpel },
        { QStringLiteral("meter_number"), c.meterNumber },
        { QStringLiteral("name"), c.name },
        { QStringLiteral("address"), c.address },
        { QStringLiteral("phone"), c.phone },
        { QStringLiteral("email"), c.email },
        { QStringLiteral("tariff"), c.tariffClass },
        { QStringLiteral("power_va"), c.powerVa },
        { QStringLiteral("payment_type"), paymentTypeCode(c.paymentType) },
        { QStringLiteral("ulp_code"), c.ulpCode },
        { QStringLiteral("invoice_email_state"), invoiceEmailStateCode(c.invoiceEmailState) },
        { QStringLiteral("invoice_email"), c.invoiceEmail },
    };
}

QJsonObject billJson(const Bill& bill)
{
    QJsonArray from;
    for (const BillingPeriod& period : bill.estimatedFrom)
        from.append(period.toString());
    return QJsonObject {
        { QStringLiteral("period"), bill.period.toString() },
        { QStringLiteral("stand_start_wh"), bill.standStartWh },
        { QStringLiteral("stand_end_wh"), bill.standEndWh },
        { QStringLiteral("usage_wh"), bill.usageWh },
        { QStringLiteral("estimated"), bill.estimated },
        { QStringLiteral("estimated_from"), from },
        { QStringLiteral("correction_wh"), bill.correctionWh },
        { QStringLiteral("total"), bill.total },
        { QStringLiteral("due_date"), bill.dueDate.toString(Qt::ISODate) },
        { QStringLiteral("paid_at"), bill.paidAt ? utc(*bill.paidAt) : QString() },
        { QStringLiteral("payment_channel"), bill.paymentChannel },
    };
}

QJsonObject ticketJson(const TicketDetail& detail)
{
    const Ticket& t = detail.ticket;
    QJsonObject json = ticketDraftToJson(t.content);
    json.insert(QStringLiteral("number"), t.number);
    json.insert(QStringLiteral("filed_at"), utc(t.filedAt));
    json.insert(QStringLiteral("call_started_at"), utc(t.callStartedAt));
    json.insert(QStringLiteral("agent"), t.agentName);
    json.insert(QStringLiteral("status"), ticketStatusCode(t.status));
    json.insert(QStringLiteral("linked_ticket"), t.linkedTicketNumber);
    QJsonArray events;
    for (const TicketEvent& event : detail.events)
        events.append(QJsonObject { { QStringLiteral("at"), utc(event.at) }, { QStringLiteral("by"), event.actorName },
            { QStringLiteral("kind"), ticketEventKindCode(event.kind) }, { QStringLiteral("note"), event.note },
            { QStringLiteral("flag"), event.flag }, { QStringLiteral("status"), event.status } });
    json.insert(QStringLiteral("events"), events);
    return json;
}

} // namespace

Result<QJsonObject> PrivacyReport::build(const Actor& actor, const QString& idpel)
{
    if (Status allowed
        = access::requireAdmin(actor, QCoreApplication::translate("Privacy", "membuat laporan data pribadi pelanggan"));
        !allowed.ok())
        return allowed.error();
    // The access log first: the report's own look-up below is not part of what was asked about.
    auto log = accessLog(idpel);
    if (!log.ok())
        return log.error();
    auto found = m_lookups.lookup(actor, idpel);
    if (!found.ok())
        return found.error();
    const CustomerLookup& lookup = found.value();
    auto tickets = this->tickets(actor, lookup.customer.idpel);
    if (!tickets.ok())
        return tickets.error();

    QJsonArray units;
    for (const Unit& unit : lookup.units)
        units.append(QJsonObject { { QStringLiteral("code"), unit.code }, { QStringLiteral("name"), unit.name },
            { QStringLiteral("level"), unitLevelCode(unit.level) } });
    QJsonArray bills;
    for (const Bill& bill : lookup.bills)
        bills.append(billJson(bill));
    QJsonArray readings;
    for (const MeterReading& reading : lookup.readings)
        readings.append(QJsonObject { { QStringLiteral("reported_at"), utc(reading.reportedAt) },
            { QStringLiteral("source"), readingSourceCode(reading.source) },
            { QStringLiteral("stand_wh"), reading.standWh }, { QStringLiteral("accepted"), reading.accepted },
            { QStringLiteral("reject_reason"), reading.rejectReason } });
    QJsonArray tokens;
    for (const TokenPurchase& token : lookup.tokenPurchases)
        tokens.append(QJsonObject { { QStringLiteral("purchased_at"), utc(token.purchasedAt) },
            { QStringLiteral("amount"), token.amount }, { QStringLiteral("energy_wh"), token.energyWh },
            { QStringLiteral("token"), token.tokenMasked } });

    const QDateTime now = m_clock.nowUtc();
    if (Status recorded
        = m_audit.record(actor.userName, AuditAction::Export, lookup.customer.idpel, QStringLiteral("privacy report"));
        !recorded.ok())
        return recorded.error();
    return QJsonObject {
        { QStringLiteral("report"),
            QJsonObject { { QStringLiteral("idpel"), lookup.customer.idpel }, { QStringLiteral("made_at"), utc(now) },
                { QStringLiteral("made_by"), actor.userName } } },
        { QStringLiteral("customer"), customerJson(lookup.customer) },
        { QStringLiteral("units"), units },
        { QStringLiteral("bills"), bills },
        { QStringLiteral("meter_readings"), readings },
        { QStringLiteral("token_purchases"), tokens },
        { QStringLiteral("tickets"), tickets.value() },
        { QStringLiteral("access_log"), log.value() },
    };
}

Result<QJsonArray> PrivacyReport::tickets(const Actor& actor, const QString& idpel)
{
    TicketFilter filter;
    filter.customerIdpel = idpel;
    QStringList numbers;
    if (Status listed = m_tickets.forEach(actor, filter,
            [&numbers](const Ticket& ticket) {
                numbers.append(ticket.number);
                return true;
            });
        !listed.ok())
        return listed.error();
    QJsonArray array;
    for (const QString& number : numbers) {
        auto detail = m_tickets.show(actor, number);
        if (!detail.ok())
            return detail.error();
        array.append(ticketJson(detail.value()));
    }
    return array;
}

Result<QJsonArray> PrivacyReport::accessLog(const QString& idpel)
{
    QJsonArray array;
    AuditFilter filter;
    filter.customerIdpel = idpel;
    filter.limit = 500;
    for (;;) {
        auto page = m_audit.query(filter);
        if (!page.ok())
            return page.error();
        for (const AuditEntry& entry : page.value())
            array.append(
                QJsonObject { { QStringLiteral("at"), utc(entry.at) }, { QStringLiteral("actor"), entry.actor },
                    { QStringLiteral("action"), entry.action }, { QStringLiteral("detail"), entry.detail } });
        if (page->size() < filter.limit)
            break;
        filter.beforeId = page->last().id;
    }
    return array;
}

} // namespace csodesk
