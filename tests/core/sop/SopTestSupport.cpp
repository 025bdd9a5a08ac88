#include "SopTestSupport.h"

#include "Golden.h"
#include "common/Clock.h"
#include "sop/SopSession.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

namespace csodesk::test {

const ApktCatalogue& builtInCatalogue()
{
    static const ApktCatalogue catalogue = [] {
        auto loaded = ApktCatalogue::builtIn();
        REQUIRE(loaded.ok());
        return loaded.value();
    }();
    return catalogue;
}

SopContext postpaidContext()
{
    const QJsonDocument document
        = QJsonDocument::fromJson(readTestData(QStringLiteral("sop/context-postpaid.json")).toUtf8());
    auto context = sopContextFromJson(document.object());
    REQUIRE(context.ok());
    return context.value();
}

QJsonObject minimalSopJson()
{
    const QJsonArray nodes {
        QJsonObject { { QStringLiteral("id"), QStringLiteral("mulai") },
            { QStringLiteral("kind"), QStringLiteral("ask") },
            { QStringLiteral("text"), QStringLiteral("Apa kebutuhan {name}?") },
            { QStringLiteral("text_en"), QStringLiteral("What does {name} need?") },
            { QStringLiteral("choices"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("info") },
                                 { QStringLiteral("label"), QStringLiteral("Informasi") },
                                 { QStringLiteral("label_en"), QStringLiteral("Information") },
                                 { QStringLiteral("summary"), QStringLiteral("MINTA INFO") },
                                 { QStringLiteral("next"), QStringLiteral("jelaskan") },
                                 { QStringLiteral("branches"), QJsonArray { QStringLiteral("A") } } },
                    QJsonObject { { QStringLiteral("id"), QStringLiteral("keluhan") },
                        { QStringLiteral("label"), QStringLiteral("Keluhan") },
                        { QStringLiteral("label_en"), QStringLiteral("Complaint") },
                        { QStringLiteral("next"), QStringLiteral("data") } } } } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("jelaskan") },
            { QStringLiteral("kind"), QStringLiteral("say") },
            { QStringLiteral("text"), QStringLiteral("Tagihan {period} sebesar {amount}. {snippet:tutup}") },
            { QStringLiteral("text_en"), QStringLiteral("The {period} bill is {amount}. {snippet:tutup}") },
            { QStringLiteral("next"), QStringLiteral("selesai") } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("selesai") },
            { QStringLiteral("kind"), QStringLiteral("outcome") },
            { QStringLiteral("ticket"),
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("ISSUE_CLOSED") },
                    { QStringLiteral("issue_type"), QStringLiteral("informasi") },
                    { QStringLiteral("sub_issue_type"), QStringLiteral("informasi.tagihan_listrik_dan_token") },
                    { QStringLiteral("routing"), QStringLiteral("contact_center") }, { QStringLiteral("sla_hours"), 0 },
                    { QStringLiteral("description"),
                        QStringLiteral("{choice:mulai} (IDPEL {idpel}) {period|upper}") } } } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("data") },
            { QStringLiteral("kind"), QStringLiteral("collect") },
            { QStringLiteral("text"), QStringLiteral("Catat email.") },
            { QStringLiteral("text_en"), QStringLiteral("Record the e-mail.") },
            { QStringLiteral("fields"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("id"), QStringLiteral("email") },
                        { QStringLiteral("label"), QStringLiteral("Alamat email") },
                        { QStringLiteral("label_en"), QStringLiteral("E-mail address") },
                        { QStringLiteral("type"), QStringLiteral("email") }, { QStringLiteral("required"), true } },
                    QJsonObject { { QStringLiteral("id"), QStringLiteral("telepon") },
                        { QStringLiteral("label"), QStringLiteral("Telepon") },
                        { QStringLiteral("label_en"), QStringLiteral("Phone") },
                        { QStringLiteral("type"), QStringLiteral("phone") },
                        { QStringLiteral("required"), false } } } },
            { QStringLiteral("next"), QStringLiteral("teruskan") } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("teruskan") },
            { QStringLiteral("kind"), QStringLiteral("outcome") },
            { QStringLiteral("text"), QStringLiteral("Kami teruskan ke {unit_name}.") },
            { QStringLiteral("text_en"), QStringLiteral("We forward it to {unit_name}.") },
            { QStringLiteral("branches"), QJsonArray { QStringLiteral("B") } },
            { QStringLiteral("ticket"),
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("KELUHAN") },
                    { QStringLiteral("issue_type"), QStringLiteral("tagihan") },
                    { QStringLiteral("sub_issue_type"), QStringLiteral("tagihan.mengajukan_berlangganan_invoice") },
                    { QStringLiteral("routing"), QStringLiteral("customer_unit") }, { QStringLiteral("sla_hours"), 72 },
                    { QStringLiteral("description"),
                        QStringLiteral("INVOICE KE {field:email}, TELP {field:telepon}") } } } },
    };
    return QJsonObject {
        { QStringLiteral("format"), 1 },
        { QStringLiteral("id"), QStringLiteral("uji") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("title"), QStringLiteral("SOP uji") },
        { QStringLiteral("title_en"), QStringLiteral("Test SOP") },
        { QStringLiteral("effective_from"), QStringLiteral("2021-01-01") },
        { QStringLiteral("effective_to"), QJsonValue() },
        { QStringLiteral("source"), QStringLiteral("uji") },
        { QStringLiteral("start"), QStringLiteral("mulai") },
        { QStringLiteral("snippets"),
            QJsonObject { { QStringLiteral("tutup"),
                QJsonObject { { QStringLiteral("text"), QStringLiteral("Terima kasih, {name}.") },
                    { QStringLiteral("text_en"), QStringLiteral("Thank you, {name}.") } } } } },
        { QStringLiteral("nodes"), nodes },
    };
}

QString sampleFieldValue(const SopField& field)
{
    switch (field.type) {
    case SopFieldType::Email:
        return QStringLiteral("Pelanggan.%1@Example.co.id").arg(field.id);
    case SopFieldType::Phone:
        return QStringLiteral("+62 812-3456-7890");
    case SopFieldType::MeterStand:
        return QStringLiteral("1320,5");
    case SopFieldType::Text:
        return QStringLiteral("Uraian %1 dari pelanggan").arg(field.label.toLower());
    }
    return {};
}

void walkSteps(SopSession& session, const SopPath& path, FixedClock& clock, const std::function<void()>& afterEachStep)
{
    for (const SopPathStep& step : path.steps) {
        // A say whose condition does not hold for this customer is passed over by the session.
        const SopNode* planned = session.sop().findNode(step.nodeId);
        if (planned && planned->kind == SopNodeKind::Say && session.currentNode().id != step.nodeId
            && !planned->when.holds(session.context().facts))
            continue;
        REQUIRE(session.currentNode().id == step.nodeId);
        clock.advanceSeconds(15);
        switch (session.currentNode().kind) {
        case SopNodeKind::Say:
            REQUIRE(session.proceed().ok());
            break;
        case SopNodeKind::Ask:
            REQUIRE(session.choose(step.choiceId).ok());
            break;
        case SopNodeKind::Collect: {
            QMap<QString, QString> values;
            for (const SopField& field : session.currentNode().fields)
                values.insert(field.id, sampleFieldValue(field));
            const Status submitted = session.submit(values);
            INFO((submitted.ok() ? QString() : submitted.error().message).toStdString());
            REQUIRE(submitted.ok());
            break;
        }
        case SopNodeKind::Outcome:
            break;
        }
        if (afterEachStep)
            afterEachStep();
    }
    REQUIRE(session.isAtOutcome());
}

SopContext contextForPath(const SopDocument& document, const SopPath& path)
{
    SopContext context = postpaidContext();
    for (const SopPathStep& step : path.steps) {
        const SopNode* node = document.findNode(step.nodeId);
        const SopChoice* choice = node ? node->findChoice(step.choiceId) : nullptr;
        if (!choice)
            continue;
        for (auto it = choice->when.facts.cbegin(); it != choice->when.facts.cend(); ++it)
            context.facts.insert(it.key(), it.value());
    }
    if (!context.facts.value(QStringLiteral("postpaid"))) {
        // A prepaid customer has no bill, no invoice subscription and no arrears.
        for (const char* fact : { "has_bill", "bill_estimated", "bill_corrected", "bill_paid", "bill_overdue",
                 "invoice_subscribed", "has_arrears" })
            context.facts.insert(QString::fromLatin1(fact), false);
        context.paymentType = QStringLiteral("prepaid");
    }
    return context;
}

SopFacts postpaidFacts()
{
    return postpaidContext().facts;
}

TicketDraft walkPath(const std::shared_ptr<const SopDocument>& document, const SopPath& path)
{
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC));
    SopSession session(document, contextForPath(*document, path), builtInCatalogue().contactCenterUnit(), clock);
    walkSteps(session, path, clock);
    auto draft = session.draft();
    REQUIRE(draft.ok());
    return draft.value();
}

QByteArray toBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson();
}

int nodeIndex(const QJsonObject& document, const QString& id)
{
    const QJsonArray nodes = document.value(QStringLiteral("nodes")).toArray();
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).toObject().value(QStringLiteral("id")).toString() == id)
            return i;
    }
    FAIL("no node " << id.toStdString());
    return -1;
}

QJsonObject node(const QJsonObject& document, const QString& id)
{
    return document.value(QStringLiteral("nodes")).toArray().at(nodeIndex(document, id)).toObject();
}

void setNode(QJsonObject& document, const QString& id, const QJsonObject& replacement)
{
    QJsonArray nodes = document.value(QStringLiteral("nodes")).toArray();
    nodes.replace(nodeIndex(document, id), replacement);
    document.insert(QStringLiteral("nodes"), nodes);
}

} // namespace csodesk::test
