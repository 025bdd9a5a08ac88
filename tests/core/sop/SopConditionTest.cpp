// Conditions ("when") in SOP documents: what is read out and filed must be true for the customer.
#include "sop/SopCondition.h"

#include "SopTestSupport.h"
#include "sop/SopLibrary.h"
#include "sop/SopLoader.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

const QDate kRevision(2026, 12, 2); // the built-in documents' version 2 takes over that day

SopLibrary::DocumentPtr builtIn(const QString& id)
{
    static const SopLibrary library = SopLibrary::load(builtInCatalogue()).value();
    SopLibrary::DocumentPtr document = library.find(id, kRevision);
    REQUIRE(document);
    REQUIRE(document->version == 2);
    return document;
}

SopContext contextWith(const SopFacts& facts)
{
    SopContext context = postpaidContext();
    context.facts = facts;
    return context;
}

SopFacts with(SopFacts facts, const QString& name, bool value)
{
    facts.insert(name, value);
    return facts;
}

SopFacts prepaidFacts()
{
    SopFacts facts;
    for (const SopFactInfo& fact : sopFacts())
        facts.insert(fact.name, false);
    return facts;
}

// The values a real look-up gives a customer with these facts: no bill values without a bill,
// no invoice e-mail without a subscription, no average months for a read bill.
SopContext consistentContext(const SopFacts& facts)
{
    SopContext context = postpaidContext();
    context.facts = facts;
    if (!facts.value(QStringLiteral("postpaid"))) {
        context.paymentType = QStringLiteral("prepaid");
        context.values.remove(QStringLiteral("arrears_total"));
    }
    if (!facts.value(QStringLiteral("has_bill"))) {
        for (const char* name :
            { "period", "amount", "due_date", "stand_start", "stand_end", "kwh", "estimated_from", "bill_explanation" })
            context.values.remove(QString::fromLatin1(name));
    }
    if (!facts.value(QStringLiteral("bill_estimated")))
        context.values.remove(QStringLiteral("estimated_from"));
    if (!facts.value(QStringLiteral("invoice_subscribed")))
        context.values.remove(QStringLiteral("invoice_email"));
    return context;
}

QStringList offered(const SopSession& session)
{
    QStringList ids;
    for (const SopChoice& choice : session.currentNode().choices) {
        if (session.unavailableReason(choice).isEmpty())
            ids << choice.id;
    }
    return ids;
}

// Every walk the session lets an agent take from here, to its outcome; `visit` sees each
// session at an outcome. Fields get their sample values.
void walkEveryOfferedPath(const SopSession& session, const std::function<void(const SopSession&)>& visit)
{
    const SopNode& node = session.currentNode();
    INFO("node " << node.id.toStdString() << ": " << session.text().toStdString());
    CHECK_FALSE(session.text().contains(QStringLiteral("tidak tersedia"))); // nothing read out is missing
    switch (node.kind) {
    case SopNodeKind::Outcome:
        visit(session);
        return;
    case SopNodeKind::Say: {
        SopSession next = session;
        REQUIRE(next.proceed().ok());
        walkEveryOfferedPath(next, visit);
        return;
    }
    case SopNodeKind::Collect: {
        QMap<QString, QString> values;
        for (const SopField& field : node.fields)
            values.insert(field.id, sampleFieldValue(field));
        SopSession next = session;
        REQUIRE(next.submit(values).ok());
        walkEveryOfferedPath(next, visit);
        return;
    }
    case SopNodeKind::Ask: {
        const QStringList ids = offered(session);
        REQUIRE_FALSE(ids.isEmpty()); // never a dead end for a real customer
        for (const QString& id : ids) {
            SopSession next = session;
            REQUIRE(next.choose(id).ok());
            CHECK_FALSE(next.path().last().choiceLabel.contains(QStringLiteral("tidak tersedia")));
            walkEveryOfferedPath(next, visit);
        }
        return;
    }
    }
}

QJsonObject documentWithChoiceCondition(const QJsonValue& when)
{
    QJsonObject document = minimalSopJson();
    QJsonObject ask = node(document, QStringLiteral("mulai"));
    QJsonArray choices = ask.value(QStringLiteral("choices")).toArray();
    QJsonObject first = choices.at(0).toObject();
    first.insert(QStringLiteral("when"), when);
    choices.replace(0, first);
    ask.insert(QStringLiteral("choices"), choices);
    setNode(document, QStringLiteral("mulai"), ask);
    return document;
}

QString problemsOf(const QJsonObject& document)
{
    auto loaded = SopLoader(builtInCatalogue()).loadJson(toBytes(document), QStringLiteral("uji.json"));
    if (loaded.ok())
        return {};
    return loaded.error().message;
}

} // namespace

TEST_CASE("The loader reads conditions and refuses unknown facts, non-boolean values and misplaced ones", "[sop][when]")
{
    CHECK(
        problemsOf(documentWithChoiceCondition(QJsonObject { { QStringLiteral("bill_estimated"), true } })).isEmpty());
    CHECK(problemsOf(documentWithChoiceCondition(QJsonObject { { QStringLiteral("bill_estimatd"), true } }))
              .contains(QStringLiteral("fakta \"bill_estimatd\" tidak dikenal")));
    CHECK(problemsOf(documentWithChoiceCondition(QJsonObject { { QStringLiteral("postpaid"), QStringLiteral("ya") } }))
              .contains(QStringLiteral("harus true atau false")));
    CHECK(
        problemsOf(documentWithChoiceCondition(QJsonArray {})).contains(QStringLiteral("\"when\" harus berupa objek")));

    // On an ask node the condition has no meaning (its choices carry them): refused.
    QJsonObject document = minimalSopJson();
    QJsonObject ask = node(document, QStringLiteral("mulai"));
    ask.insert(QStringLiteral("when"), QJsonObject { { QStringLiteral("postpaid"), true } });
    setNode(document, QStringLiteral("mulai"), ask);
    CHECK(problemsOf(document).contains(QStringLiteral("\"when\" tidak dikenal")));
}

TEST_CASE("An ask node that would leave some customer without any choice is refused", "[sop][when]")
{
    QJsonObject document = minimalSopJson();
    QJsonObject ask = node(document, QStringLiteral("mulai"));
    QJsonArray choices = ask.value(QStringLiteral("choices")).toArray();
    for (int i = 0; i < choices.size(); ++i) {
        QJsonObject choice = choices.at(i).toObject();
        choice.insert(QStringLiteral("when"), QJsonObject { { QStringLiteral("postpaid"), true } });
        choices.replace(i, choice);
    }
    ask.insert(QStringLiteral("choices"), choices);
    setNode(document, QStringLiteral("mulai"), ask);
    const QString problems = problemsOf(document);
    CHECK(problems.contains(QStringLiteral("tidak ada pilihan yang berlaku")));
    CHECK(problems.contains(QStringLiteral("postpaid=false")));
}

TEST_CASE("A choice that does not hold is shown with its reason and refused, and an unknown fact does not hold",
    "[sop][when]")
{
    FixedClock clock(QDateTime(kRevision, QTime(3, 0), Qt::UTC));
    const SopFacts readBill = with(postpaidFacts(), QStringLiteral("bill_estimated"), false);
    SopSession session(builtIn(QStringLiteral("stand-meter-mandiri")), contextWith(readBill),
        builtInCatalogue().contactCenterUnit(), clock);
    const SopChoice* average = session.currentNode().findChoice(QStringLiteral("tagihan_rata_rata"));
    REQUIRE(average);
    CHECK(session.unavailableReason(*average)
        == QStringLiteral("rekening ini dari stand meter yang dibaca, bukan rata-rata"));
    const Status refused = session.choose(QStringLiteral("tagihan_rata_rata"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("tidak berlaku untuk pelanggan ini")));
    CHECK_FALSE(session.canGoBack()); // nothing moved
    CHECK(offered(session)
        == QStringList { QStringLiteral("cara_lapor"), QStringLiteral("sanggah"), QStringLiteral("bayar_online") });

    SopContext unknown = postpaidContext();
    unknown.facts.clear();
    SopSession blind(
        builtIn(QStringLiteral("stand-meter-mandiri")), unknown, builtInCatalogue().contactCenterUnit(), clock);
    CHECK(offered(blind).isEmpty());
    CHECK(blind.unavailableReason(*blind.currentNode().findChoice(QStringLiteral("cara_lapor")))
              .contains(QStringLiteral("tidak tersedia")));
}

TEST_CASE("A prepaid customer hears what applies to prepaid, not the postpaid self-report scheme", "[sop][when]")
{
    FixedClock clock(QDateTime(kRevision, QTime(3, 0), Qt::UTC));
    SopSession session(builtIn(QStringLiteral("stand-meter-mandiri")), consistentContext(prepaidFacts()),
        builtInCatalogue().contactCenterUnit(), clock);
    CHECK(offered(session) == QStringList { QStringLiteral("prabayar") });
    REQUIRE(session.choose(QStringLiteral("prabayar")).ok());
    CHECK(session.text().contains(QStringLiteral("pelanggan prabayar")));
    CHECK_FALSE(session.text().contains(QStringLiteral("08122")));
    REQUIRE(session.proceed().ok());
    auto draft = session.draft();
    REQUIRE(draft.ok());
    CHECK(draft->kind == TicketKind::IssueClosed);
    CHECK(draft->description.startsWith(QStringLiteral("INFO PELANGGAN PRABAYAR IDPEL 541100000123")));

    SopSession invoice(builtIn(QStringLiteral("info-tagihan-invoice")), consistentContext(prepaidFacts()),
        builtInCatalogue().contactCenterUnit(), clock);
    CHECK(offered(invoice) == QStringList { QStringLiteral("panduan_website"), QStringLiteral("info_prabayar") });
}

TEST_CASE("Unsubscribing and correcting the invoice e-mail are offered only with a subscription", "[sop][when]")
{
    FixedClock clock(QDateTime(kRevision, QTime(3, 0), Qt::UTC));
    const auto atInvoiceMatters = [&clock](const SopFacts& facts) {
        auto session = std::make_unique<SopSession>(builtIn(QStringLiteral("info-tagihan-invoice")),
            consistentContext(facts), builtInCatalogue().contactCenterUnit(), clock);
        REQUIRE(session->choose(QStringLiteral("invoice_lainnya")).ok());
        return session;
    };

    auto subscribed = atInvoiceMatters(postpaidFacts());
    CHECK(subscribed->currentNode().id == QStringLiteral("invoice_email_tercatat"));
    CHECK(subscribed->text().contains(QStringLiteral("budi.lama@example.com")));
    REQUIRE(subscribed->proceed().ok());
    CHECK(offered(*subscribed)
        == QStringList { QStringLiteral("koreksi_email"), QStringLiteral("berhenti_berlangganan"),
            QStringLiteral("invoice_tidak_diterima"), QStringLiteral("invoice_tidak_sesuai") });

    auto unsubscribed = atInvoiceMatters(with(postpaidFacts(), QStringLiteral("invoice_subscribed"), false));
    // The e-mail on record is not read out: there is none.
    CHECK(unsubscribed->currentNode().id == QStringLiteral("invoice_masalah"));
    CHECK(offered(*unsubscribed) == QStringList { QStringLiteral("belum_berlangganan") });
    CHECK_FALSE(unsubscribed->choose(QStringLiteral("berhenti_berlangganan")).ok());
    REQUIRE(unsubscribed->choose(QStringLiteral("belum_berlangganan")).ok());
    CHECK(unsubscribed->text().contains(QStringLiteral("belum terdaftar berlangganan invoice")));
}

TEST_CASE("The bill amount says what applies to the bill: paid, overdue, arrears", "[sop][when]")
{
    FixedClock clock(QDateTime(kRevision, QTime(3, 0), Qt::UTC));
    const auto readOut = [&clock](const SopFacts& facts) {
        SopSession session(builtIn(QStringLiteral("info-tagihan-invoice")), consistentContext(facts),
            builtInCatalogue().contactCenterUnit(), clock);
        REQUIRE(session.choose(QStringLiteral("jumlah_tagihan")).ok());
        QStringList said;
        while (!session.isAtOutcome()) {
            said << session.currentNode().id;
            REQUIRE(session.proceed().ok());
        }
        return said;
    };
    CHECK(readOut(postpaidFacts()) == QStringList { QStringLiteral("info_jumlah"), QStringLiteral("info_kanal") });
    CHECK(readOut(with(postpaidFacts(), QStringLiteral("bill_paid"), true))
        == QStringList {
            QStringLiteral("info_jumlah"), QStringLiteral("info_jumlah_lunas"), QStringLiteral("info_kanal") });
    CHECK(
        readOut(with(with(postpaidFacts(), QStringLiteral("bill_overdue"), true), QStringLiteral("has_arrears"), true))
        == QStringList { QStringLiteral("info_jumlah"), QStringLiteral("info_jumlah_jatuh_tempo"),
            QStringLiteral("info_jumlah_tunggakan"), QStringLiteral("info_kanal") });
}

TEST_CASE("An outcome whose ticket would say a value the look-up did not give is never filed", "[sop][when]")
{
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC));
    // Version 1 has no conditions: a prepaid customer can still be walked to the bill amount.
    auto library = SopLibrary::load(builtInCatalogue());
    REQUIRE(library.ok());
    SopSession session(library->findVersion(QStringLiteral("info-tagihan-invoice"), 1),
        consistentContext(prepaidFacts()), builtInCatalogue().contactCenterUnit(), clock);
    REQUIRE(session.choose(QStringLiteral("jumlah_tagihan")).ok());
    while (!session.isAtOutcome())
        REQUIRE(session.proceed().ok());
    CHECK(session.missingForTicket() == QStringList { QStringLiteral("period") });
    auto draft = session.draft();
    REQUIRE_FALSE(draft.ok());
    CHECK(draft.error().kind == ErrorKind::InvalidInput);
    CHECK(draft.error().message.contains(QStringLiteral("tidak tersedia untuk uraiannya: period")));
}

TEST_CASE("For every possible customer, every walk the revised SOPs offer reads out and files only what is known",
    "[sop][when]")
{
    FixedClock clock(QDateTime(kRevision, QTime(3, 0), Qt::UTC));
    int outcomes = 0;
    for (const QString& id : { QStringLiteral("info-tagihan-invoice"), QStringLiteral("stand-meter-mandiri") }) {
        for (const SopFacts& facts : possibleSopFacts()) {
            const SopSession start(
                builtIn(id), consistentContext(facts), builtInCatalogue().contactCenterUnit(), clock);
            walkEveryOfferedPath(start, [&outcomes](const SopSession& at) {
                INFO("outcome " << at.currentNode().id.toStdString());
                auto draft = at.draft();
                INFO((draft.ok() ? QString() : draft.error().message).toStdString());
                CHECK(draft.ok());
                ++outcomes;
            });
        }
    }
    CHECK(outcomes > 500);
}
