#include "customers/CustomerLookupService.h"

#include "AgentOnDialect.h"
#include "audit/AuditLog.h"
#include "customers/CustomerWriter.h"
#include "sop/SopContextBuilder.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(3, 0), QTimeZone::utc());
}

Bill bill(const QString& idpel, BillingPeriod period, qint64 startKwh, qint64 endKwh, Rupiah total, bool paid)
{
    Bill b;
    b.idpel = idpel;
    b.period = period;
    b.standStartWh = startKwh * 1000;
    b.standEndWh = endKwh * 1000;
    b.usageWh = (endKwh - startKwh) * 1000;
    b.energyCharge = total;
    b.total = total;
    b.dueDate = period.dueDate();
    if (paid) {
        b.paidAt = utc(period.year(), period.month(), 10);
        b.paymentChannel = QStringLiteral("ATM");
    }
    return b;
}

void seed(Database& db)
{
    auto written = db.write([](QSqlDatabase& c) -> Status {
        auto writer = CustomerWriter::prepare(c);
        if (!writer.ok())
            return writer.error();
        Status s;
        const Unit main { QStringLiteral("54"), Unit::Level::Main, QStringLiteral("UID Jawa Timur"), {},
            QStringLiteral("Jawa Timur"), {}, std::nullopt };
        const Unit up3 { QStringLiteral("541"), Unit::Level::Up3, QStringLiteral("UP3 Surabaya Selatan"),
            QStringLiteral("54"), QStringLiteral("Jawa Timur"), QStringLiteral("Surabaya"), std::nullopt };
        const Unit ulp { QStringLiteral("54110"), Unit::Level::Ulp, QStringLiteral("ULP Rungkut"),
            QStringLiteral("541"), QStringLiteral("Jawa Timur"), QStringLiteral("Surabaya"), 300 };
        for (const Unit& unit : { main, up3, ulp }) {
            if (s = writer->upsertUnit(unit); !s.ok())
                return s;
        }
        Customer postpaid;
        postpaid.idpel = QStringLiteral("541100000123");
        postpaid.name = QStringLiteral("Budi Santoso");
        postpaid.address = QStringLiteral("Jl. Rungkut Asri 12, Surabaya");
        postpaid.tariffClass = QStringLiteral("R1");
        postpaid.powerVa = 1300;
        postpaid.ulpCode = QStringLiteral("54110");
        postpaid.invoiceEmailState = InvoiceEmailState::Subscribed;
        postpaid.invoiceEmail = QStringLiteral("budi@example.com");
        if (s = writer->upsertCustomer(postpaid); !s.ok())
            return s;
        // 14 months: the 12 newest are shown; the two newest are unpaid.
        qint64 stand = 0;
        for (int i = 0; i < 14; ++i) {
            const BillingPeriod period = BillingPeriod(2023, 9).addMonths(i);
            if (s = writer->upsertBill(bill(postpaid.idpel, period, stand, stand + 200, 300000, i < 12)); !s.ok())
                return s;
            stand += 200;
        }
        Customer prepaid = postpaid;
        prepaid.idpel = QStringLiteral("541100000456");
        prepaid.meterNumber = QStringLiteral("14212345678");
        prepaid.paymentType = PaymentType::Prepaid;
        prepaid.invoiceEmailState = InvoiceEmailState::None;
        prepaid.invoiceEmail.clear();
        if (s = writer->upsertCustomer(prepaid); !s.ok())
            return s;
        TokenPurchase token { 0, prepaid.idpel, utc(2024, 10, 3), 100000, 66500,
            QStringLiteral("••••-••••-••••-••••-1234") };
        if (s = writer->upsertTokenPurchase(token); !s.ok())
            return s;
        MeterReading refused { 0, postpaid.idpel, ReadingSource::PlnMobile, utc(2024, 9, 25), 2000000, false,
            QStringLiteral("Stand yang dilaporkan (2.000,0) lebih kecil dari stand akhir rekening sebelumnya") };
        if (s = writer->upsertReading(refused); !s.ok())
            return s;
        MeterReading reading { 0, postpaid.idpel, ReadingSource::WhatsApp, utc(2024, 10, 25), 2800000, true, {} };
        return writer->upsertReading(reading);
    });
    REQUIRE(written.ok());
}

// The customers above, a clock in November 2024, the service as an agent reaches it.
struct SeededLookup : AgentOnDialect {
    explicit SeededLookup(const std::string& dialect)
        : AgentOnDialect(dialect, utc(2024, 11, 22), seed)
        , service(std::make_unique<CustomerLookupService>(*agentDatabase, clock))
    {
    }
    // The agent's rows in the access log as a supervisor reads it, without the sign-in (a
    // floor's set-up and sign-ins are on record too; the tests count what the look-ups wrote).
    [[nodiscard]] Result<QList<AuditEntry>> accessLog(AuditFilter filter)
    {
        filter.actor = agent.userName;
        auto entries = AuditLog(*supervisorDatabase, clock).query(filter);
        if (entries.ok())
            entries->removeIf([](const AuditEntry& entry) { return entry.action == AuditAction::Login; });
        return entries;
    }

    std::unique_ptr<CustomerLookupService> service;
};

} // namespace

TEST_CASE("Lookup by IDPEL shows 12 bills newest first, arrears with late fees, readings", "[customers][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    SeededLookup fixture(dialect);
    const Actor agent = fixture.agent;

    auto found = fixture.service->lookup(agent, QStringLiteral("5411-0000-0123"));
    INFO((found.ok() ? QString() : found.error().detail).toStdString());
    REQUIRE(found.ok());
    CHECK(found->matchedBy == CustomerKey::Kind::Idpel);
    CHECK(found->customer.name == QStringLiteral("Budi Santoso"));
    CHECK(found->customer.invoiceEmailState == InvoiceEmailState::Subscribed);
    REQUIRE(found->units.size() == 3);
    CHECK(found->ulp()->name == QStringLiteral("ULP Rungkut"));
    CHECK(found->ulp()->ppjBasisPoints == 300);
    CHECK(found->units.at(2).code == QStringLiteral("54"));
    REQUIRE(found->bills.size() == 12);
    CHECK(found->bills.first().period == BillingPeriod(2024, 10));
    CHECK(found->bills.last().period == BillingPeriod(2023, 11));
    CHECK(found->bills.first().dueDate == QDate(2024, 10, 20));
    // September and October 2024 are unpaid and past the 20th: Rp5.000 each for 1.300 VA.
    REQUIRE(found->arrears.unpaidBills.size() == 2);
    CHECK(found->arrears.billsTotal == 600000);
    CHECK(found->arrears.lateFees == 10000);
    CHECK(found->arrears.total == 610000);
    REQUIRE(found->readings.size() == 2);
    CHECK(found->readings.first().standWh == 2800000);
    CHECK_FALSE(found->readings.last().accepted);
    CHECK(found->tickets.isEmpty());

    // The access is on record with who and whom.
    AuditFilter filter;
    filter.customerIdpel = QStringLiteral("541100000123");
    auto entries = fixture.accessLog(filter);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().actor == agent.userName);
    CHECK(entries->first().action == AuditAction::Lookup);
}

TEST_CASE("A bill not yet due is the current bill, not arrears: the day before, on and after its due date",
    "[customers][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    SeededLookup fixture(dialect);
    // October 2024 is due on 20 October; September is long overdue. 10:00 WIB each day.
    const auto lookupOn = [&fixture](int day) {
        fixture.clock.set(QDateTime(QDate(2024, 10, day), QTime(3, 0), QTimeZone::utc()));
        auto found = fixture.service->lookup(fixture.agent, QStringLiteral("541100000123"));
        REQUIRE(found.ok());
        return found.value();
    };
    for (const int day : { 19, 20 }) {
        const CustomerLookup found = lookupOn(day);
        INFO("day " << day);
        REQUIRE(found.arrears.unpaidBills.size() == 1);
        CHECK(found.arrears.unpaidBills.first().period == BillingPeriod(2024, 9));
        CHECK(found.arrears.total == 305000); // the bill and its late fee
        REQUIRE(found.currentBills.size() == 1);
        CHECK(found.currentBills.first().period == BillingPeriod(2024, 10));
        CHECK(found.asOf == QDate(2024, 10, day));
        const SopFacts facts = sopFactsFromLookup(found);
        CHECK_FALSE(facts.value(QStringLiteral("bill_overdue")));
        CHECK(facts.value(QStringLiteral("has_arrears")));
    }
    const CustomerLookup late = lookupOn(21);
    REQUIRE(late.arrears.unpaidBills.size() == 2);
    CHECK(late.arrears.total == 610000);
    CHECK(late.currentBills.isEmpty());
    CHECK(sopFactsFromLookup(late).value(QStringLiteral("bill_overdue")));
}

TEST_CASE("Lookup by prepaid meter number finds the customer and the token purchases", "[customers][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    SeededLookup fixture(dialect);
    auto found = fixture.service->lookup(fixture.agent, QStringLiteral("142 1234 5678"));
    REQUIRE(found.ok());
    CHECK(found->matchedBy == CustomerKey::Kind::MeterNumber);
    CHECK(found->customer.idpel == QStringLiteral("541100000456"));
    CHECK(found->customer.isPrepaid());
    REQUIRE(found->tokenPurchases.size() == 1);
    CHECK(found->tokenPurchases.first().amount == 100000);
    CHECK(found->arrears.isEmpty());
}

TEST_CASE("Lookup tells invalid input from a customer that does not exist, and logs neither", "[customers][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    SeededLookup fixture(dialect);
    const Actor agent = fixture.agent;

    auto invalid = fixture.service->lookup(agent, QStringLiteral("5411000001"));
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().kind == ErrorKind::InvalidInput);
    // 11 digits is a well-formed meter number that nobody has.
    CHECK(fixture.service->lookup(agent, QStringLiteral("54110000012")).error().kind == ErrorKind::NotFound);
    auto missing = fixture.service->lookup(agent, QStringLiteral("999999999999"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
    auto letters = fixture.service->lookup(agent, QStringLiteral("54110000012x"));
    CHECK(letters.error().kind == ErrorKind::InvalidInput);
    auto anonymous = fixture.service->lookup(Actor {}, QStringLiteral("541100000123"));
    CHECK(anonymous.error().kind == ErrorKind::PermissionDenied);

    auto entries = fixture.accessLog(AuditFilter {});
    REQUIRE(entries.ok());
    CHECK(entries->isEmpty());
}

TEST_CASE("Explaining a stored bill goes through the same access log", "[customers][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    SeededLookup fixture(dialect);
    const Actor agent = fixture.agent;
    auto explanation = fixture.service->explainBill(agent, QStringLiteral("541100000123"), QStringLiteral("2024-10"));
    REQUIRE(explanation.ok());
    CHECK(explanation->text.contains(QStringLiteral("Rekening Oktober 2024")));
    CHECK(explanation->text.contains(QStringLiteral("BELUM DIBAYAR")));
    // The report made in September for the October bill was refused, and the agent hears why.
    CHECK(explanation->text.contains(
        QStringLiteral("Laporan stand yang masuk tidak dipakai: 25-09-2024 10:00 WIB lewat PLN Mobile")));
    CHECK(explanation->text.contains(QStringLiteral("lebih kecil dari stand akhir")));
    auto september = fixture.service->explainBill(agent, QStringLiteral("541100000123"), QStringLiteral("2024-09"));
    REQUIRE(september.ok());
    CHECK_FALSE(september->text.contains(QStringLiteral("tidak dipakai")));
    CHECK(fixture.service->explainBill(agent, QStringLiteral("541100000123"), QStringLiteral("2020-01")).error().kind
        == ErrorKind::NotFound);
    CHECK(fixture.service->explainBill(agent, QStringLiteral("541100000123"), QStringLiteral("2024-13")).error().kind
        == ErrorKind::InvalidInput);
    auto entries = fixture.accessLog(AuditFilter {});
    REQUIRE(entries.ok());
    // The 2020-01 attempt read the customer's bills to find that there is no such bill: on a
    // floor no bill can be read without its access record, so it is on record too. The bad
    // period never reached the database.
    CHECK(entries->size() == 3);
}
