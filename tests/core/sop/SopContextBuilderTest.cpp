// The SopContext the desktop builds from a customer lookup (docs/sop-format.md, "Building a
// SopContext from the customer lookup").
#include "sop/SopContextBuilder.h"

#include "SopTestSupport.h"
#include "sop/SopLibrary.h"
#include "sop/SopSession.h"

#include <catch2/catch.hpp>

using namespace csodesk;

namespace {

Bill bill(int year, int month, qint64 standStartWh, qint64 standEndWh, Rupiah total)
{
    Bill b;
    b.idpel = QStringLiteral("541100000123");
    b.period = BillingPeriod(year, month);
    b.standStartWh = standStartWh;
    b.standEndWh = standEndWh;
    b.usageWh = standEndWh - standStartWh;
    b.total = total;
    b.dueDate = b.period.dueDate();
    return b;
}

CustomerLookup postpaidLookup()
{
    CustomerLookup lookup;
    lookup.customer.idpel = QStringLiteral("541100000123");
    lookup.customer.name = QStringLiteral("Budi Santoso");
    lookup.customer.tariffClass = QStringLiteral("R1");
    lookup.customer.powerVa = 1300;
    lookup.customer.ulpCode = QStringLiteral("54110");
    lookup.customer.invoiceEmail = QStringLiteral("budi@example.com");
    Unit ulp;
    ulp.code = QStringLiteral("54110");
    ulp.name = QStringLiteral("ULP Bandung Utara");
    lookup.units << ulp;
    lookup.bills << bill(2026, 11, 1'000'000, 1'335'050, 496'213) << bill(2026, 10, 700'000, 1'000'000, 410'000);
    lookup.arrears.total = 1'234'567;
    return lookup;
}

} // namespace

TEST_CASE("A postpaid lookup fills every customer and newest-bill value", "[sop][context]")
{
    const SopContext context
        = sopContextFromLookup(postpaidLookup(), { {}, QStringLiteral(" Rekening November 2026 ... \n") });
    CHECK(context.customerIdpel == QStringLiteral("541100000123"));
    CHECK(context.customerName == QStringLiteral("Budi Santoso"));
    CHECK(context.unitCode == QStringLiteral("54110"));
    CHECK(context.unitName == QStringLiteral("ULP Bandung Utara"));
    CHECK(context.paymentType == QStringLiteral("postpaid"));
    CHECK(context.value(QStringLiteral("tariff")) == QStringLiteral("R1"));
    CHECK(context.value(QStringLiteral("power_va")) == QStringLiteral("1.300 VA"));
    CHECK(context.value(QStringLiteral("invoice_email")) == QStringLiteral("budi@example.com"));
    CHECK(context.value(QStringLiteral("period")) == QStringLiteral("November 2026"));
    CHECK(context.value(QStringLiteral("amount")) == QStringLiteral("Rp496.213"));
    CHECK(context.value(QStringLiteral("due_date")) == QStringLiteral("20 November 2026"));
    CHECK(context.value(QStringLiteral("stand_start")) == QStringLiteral("1000,0"));
    CHECK(context.value(QStringLiteral("stand_end")) == QStringLiteral("1335,1")); // 1335,05 rounds half up
    CHECK(context.value(QStringLiteral("kwh")) == QStringLiteral("335"));
    CHECK(context.value(QStringLiteral("arrears_total")) == QStringLiteral("Rp1.234.567"));
    CHECK(context.value(QStringLiteral("bill_explanation")) == QStringLiteral("Rekening November 2026 ..."));
    CHECK_FALSE(context.values.contains(QStringLiteral("estimated_from"))); // read, not estimated
    for (auto it = context.values.cbegin(); it != context.values.cend(); ++it)
        CHECK(isSopPlaceholder(it.key()));
}

TEST_CASE("The agent's chosen bill period decides the bill values", "[sop][context]")
{
    const SopContext context = sopContextFromLookup(postpaidLookup(), { BillingPeriod(2026, 10), {} });
    CHECK(context.value(QStringLiteral("period")) == QStringLiteral("Oktober 2026"));
    CHECK(context.value(QStringLiteral("stand_end")) == QStringLiteral("1000,0"));
    CHECK(context.value(QStringLiteral("kwh")) == QStringLiteral("300"));
    CHECK_FALSE(context.values.contains(QStringLiteral("bill_explanation")));
}

TEST_CASE("An estimated bill names the months of its average", "[sop][context]")
{
    CustomerLookup lookup = postpaidLookup();
    lookup.bills.first().estimated = true;
    lookup.bills.first().estimatedFrom = { BillingPeriod(2026, 7), BillingPeriod(2026, 8), BillingPeriod(2026, 9) };
    CHECK(sopContextFromLookup(lookup).value(QStringLiteral("estimated_from"))
        == QStringLiteral("Juli, Agustus dan September 2026"));
    lookup.bills.first().estimatedFrom = { BillingPeriod(2025, 11), BillingPeriod(2025, 12), BillingPeriod(2026, 1) };
    CHECK(sopContextFromLookup(lookup).value(QStringLiteral("estimated_from"))
        == QStringLiteral("November 2025, Desember 2025 dan Januari 2026"));
}

TEST_CASE("A prepaid customer without bills leaves the bill values out instead of inventing them", "[sop][context]")
{
    CustomerLookup lookup = postpaidLookup();
    lookup.customer.paymentType = PaymentType::Prepaid;
    lookup.customer.invoiceEmail.clear();
    lookup.bills.clear();
    const SopContext context = sopContextFromLookup(lookup);
    CHECK(context.paymentType == QStringLiteral("prepaid"));
    for (const QString& name : { QStringLiteral("period"), QStringLiteral("amount"), QStringLiteral("stand_end"),
             QStringLiteral("invoice_email"), QStringLiteral("arrears_total") })
        CHECK_FALSE(context.values.contains(name));

    // The script then says "(tidak tersedia)", never a raw placeholder.
    auto library = SopLibrary::load(test::builtInCatalogue());
    REQUIRE(library.ok());
    FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC));
    SopSession session(library->find(QStringLiteral("info-tagihan-invoice"), QDate(2026, 11, 22)), context,
        test::builtInCatalogue().contactCenterUnit(), clock);
    REQUIRE(session.choose(QStringLiteral("jumlah_tagihan")).ok());
    CHECK(session.text().contains(QStringLiteral("(tidak tersedia)")));
    CHECK_FALSE(session.text().contains(QLatin1Char('{')));
}

TEST_CASE("A chosen period the lookup does not hold gives no bill values", "[sop][context]")
{
    const SopContext context = sopContextFromLookup(postpaidLookup(), { BillingPeriod(2020, 1), {} });
    CHECK_FALSE(context.values.contains(QStringLiteral("period")));
    CHECK(context.value(QStringLiteral("tariff")) == QStringLiteral("R1"));
}
