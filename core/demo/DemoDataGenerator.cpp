#include "DemoDataGenerator.h"

#include "DemoCatalog.h"
#include "DemoRandom.h"
#include "billing/BillBuilder.h"
#include "common/LogFormat.h"
#include "common/Masking.h"
#include "common/TimeUtil.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerWriter.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <array>

namespace csodesk {

namespace {

struct PowerChoice {
    const char* tariff;
    int powerVa;
    int weight; // relative frequency
    int usualKwh; // a typical month
};

// The household mix: prepaid is dominated by small subsidised connections, postpaid has more
// 1.300 VA and above [A].
constexpr std::array<PowerChoice, 7> kPrepaidMix { {
    { "R1", 450, 22, 70 },
    { "R1", 900, 16, 100 },
    { "R1M", 900, 20, 120 },
    { "R1", 1300, 24, 170 },
    { "R1", 2200, 13, 260 },
    { "R2", 3500, 4, 420 },
    { "R2", 5500, 1, 650 },
} };
constexpr std::array<PowerChoice, 9> kPostpaidMix { {
    { "R1", 450, 10, 70 },
    { "R1", 900, 10, 100 },
    { "R1M", 900, 15, 120 },
    { "R1", 1300, 30, 180 },
    { "R1", 2200, 20, 290 },
    { "R2", 3500, 8, 450 },
    { "R2", 5500, 3, 700 },
    { "R3", 7700, 3, 1000 },
    { "R3", 11000, 1, 1500 },
} };

template <std::size_t N> const PowerChoice& pickPower(DemoRandom& rng, const std::array<PowerChoice, N>& mix)
{
    int total = 0;
    for (const PowerChoice& choice : mix)
        total += choice.weight;
    qint64 roll = rng.below(total);
    for (const PowerChoice& choice : mix) {
        if (roll < choice.weight)
            return choice;
        roll -= choice.weight;
    }
    return mix.front();
}

const QStringList& paymentChannels()
{
    static const QStringList channels = QStringLiteral(
        "ATM BRI,ATM Mandiri,ATM BCA,Internet banking,Mobile banking,LinkAja,GoPay,OVO,Tokopedia,Bukalapak,Traveloka,"
        "PLN Mobile,Kantor Pos,Indomaret,Alfamart")
                                            .split(QLatin1Char(','));
    return channels;
}

const QStringList& emailDomains()
{
    static const QStringList domains
        = QStringLiteral("gmail.com,yahoo.co.id,yahoo.com,outlook.com,ymail.com").split(QLatin1Char(','));
    return domains;
}

const QStringList& phonePrefixes()
{
    static const QStringList prefixes
        = QStringLiteral("0811,0812,0813,0821,0822,0852,0853,0856,0857,0858,0877,0878,0881,0895,0896")
              .split(QLatin1Char(','));
    return prefixes;
}

QString digits(DemoRandom& rng, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QLatin1Char(static_cast<char>('0' + rng.below(10))));
    return text;
}

QString emailLocalPart(const QString& text)
{
    QString local;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            local.append(c);
    }
    return local;
}

// A WIB wall-clock time as a UTC instant.
QDateTime wib(const QDate& date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), wibTimeZone()).toUTC();
}

class CustomerMaker {
public:
    CustomerMaker(const DemoDataOptions& options, const QDateTime& now, const BillCalculator& calculator)
        : m_options(options)
        , m_now(now)
        , m_today(wibDate(now))
        , m_current(BillingPeriod::containing(m_today))
        , m_calculator(calculator)
        , m_builder(calculator)
    {
        for (const Unit& unit : DemoCatalog::units()) {
            if (unit.ppjBasisPoints)
                m_ppj.insert(unit.code, *unit.ppjBasisPoints);
        }
    }

    Status make(qint64 index, CustomerWriter& writer, DemoDataSummary& summary)
    {
        // One generator per customer, seeded from (seed, index): batching cannot change the data.
        DemoRandom rng(m_options.seed * 0x100000001B3ULL + static_cast<quint64>(index) * 0x9E3779B97F4A7C15ULL);
        const DemoPlace& place = rng.pick(DemoCatalog::places());
        Customer customer;
        customer.idpel = place.ulpCode + QStringLiteral("%1").arg(index + 1, 7, 10, QLatin1Char('0'));
        customer.ulpCode = place.ulpCode;
        customer.paymentType = rng.chance(55) ? PaymentType::Prepaid : PaymentType::Postpaid;
        const PowerChoice& power = customer.isPrepaid() ? pickPower(rng, kPrepaidMix) : pickPower(rng, kPostpaidMix);
        customer.tariffClass = QString::fromLatin1(power.tariff);
        customer.powerVa = power.powerVa;
        const QString given = rng.pick(DemoCatalog::givenNames());
        const QString family = rng.pick(DemoCatalog::familyNames());
        customer.name = rng.chance(8) ? given : given + QLatin1Char(' ') + family;
        customer.address = QStringLiteral("%1 No. %2, RT %3/RW %4, %5, %6, %7")
                               .arg(rng.pick(DemoCatalog::streets()))
                               .arg(rng.between(1, 180))
                               .arg(rng.between(1, 15), 2, 10, QLatin1Char('0'))
                               .arg(rng.between(1, 12), 2, 10, QLatin1Char('0'))
                               .arg(rng.pick(place.villages), place.city, place.province);
        customer.phone = rng.pick(phonePrefixes()) + digits(rng, static_cast<int>(rng.between(7, 8)));
        if (rng.chance(40)) {
            customer.email = emailLocalPart(given) + QLatin1Char('.') + emailLocalPart(family)
                + QString::number(rng.between(1, 99)) + QLatin1Char('@') + rng.pick(emailDomains());
        }
        if (customer.isPrepaid()) {
            customer.meterNumber = QStringLiteral("14%1").arg(index + 1, 9, 10, QLatin1Char('0'));
        } else if (!customer.email.isEmpty()) {
            const qint64 roll = rng.below(100);
            if (roll < 25) {
                customer.invoiceEmailState = InvoiceEmailState::Subscribed;
                customer.invoiceEmail = customer.email;
            } else if (roll < 30) {
                customer.invoiceEmailState = InvoiceEmailState::Requested;
                customer.invoiceEmail = customer.email;
            } else if (roll < 33) {
                customer.invoiceEmailState = InvoiceEmailState::Unsubscribed;
            }
        }
        if (auto s = writer.upsertCustomer(customer); !s.ok())
            return s;
        ++summary.customers;
        const int ppj = m_ppj.value(customer.ulpCode, 0);
        if (customer.isPrepaid()) {
            ++summary.prepaid;
            if (summary.prepaidIdpel.isEmpty()) {
                summary.prepaidIdpel = customer.idpel;
                summary.prepaidMeter = customer.meterNumber;
            }
            return makeTokens(rng, customer, power, ppj, writer, summary);
        }
        ++summary.postpaid;
        return makeBills(rng, customer, power, ppj, writer, summary);
    }

private:
    Status makeBills(DemoRandom& rng, const Customer& customer, const PowerChoice& power, int ppj,
        CustomerWriter& writer, DemoDataSummary& summary)
    {
        const BillContext context { customer.idpel, customer.tariffClass, customer.powerVa, ppj, 1,
            rng.between(1000, 40000) * 1000 };
        const bool inArrears = rng.chance(5);
        const int unpaidMonths = inArrears ? static_cast<int>(rng.between(1, 3)) : 0;
        const bool latePayer = rng.chance(15);
        const int habitScale = static_cast<int>(rng.between(70, 140)); // this household vs the usual

        QList<Bill> history;
        qint64 trueStandWh = context.initialStandWh;
        bool sawEstimate = false;
        QString estimatedPeriod;
        bool sawLateFee = false;
        for (int m = 0; m < m_options.months; ++m) {
            const BillingPeriod period = m_current.addMonths(m - m_options.months + 1);
            // Usage of the month before the bill period, in 0.1 kWh steps; hotter months use more.
            const int season = (period.month() >= 9 && period.month() <= 11) ? 110 : 100;
            const qint64 usageTenths
                = power.usualKwh * 10LL * habitScale / 100 * season / 100 * rng.between(85, 115) / 100;
            trueStandWh += usageTenths * 100;

            std::optional<qint64> reported;
            const bool reports = m < 3 || !rng.chance(9);
            if (reports) {
                reported = trueStandWh;
                if (m >= 3 && rng.chance(2)) // a typo: digits swapped, below the last stand
                    reported = std::max<qint64>(0, history.last().standEndWh - rng.between(10, 300) * 1000);
            }
            auto built = m_builder.build(context, period, history, reported);
            if (!built.ok())
                return built.error();
            Bill bill = built->bill;

            if (reported) {
                const QDate readOn
                    = QDate(period.addMonths(-1).year(), period.addMonths(-1).month(), 1).addDays(rng.between(23, 26));
                const qint64 sourceRoll = rng.below(100);
                MeterReading reading;
                reading.idpel = customer.idpel;
                reading.source = sourceRoll < 55
                    ? ReadingSource::WhatsApp
                    : (sourceRoll < 85 ? ReadingSource::PlnMobile : ReadingSource::MeterReader);
                reading.reportedAt = wib(readOn, static_cast<int>(rng.between(7, 20)), static_cast<int>(rng.below(60)));
                reading.standWh = *reported;
                reading.accepted = built->rejectedReadingReason.isEmpty();
                reading.rejectReason = built->rejectedReadingReason;
                if (auto s = writer.upsertReading(reading); !s.ok())
                    return s;
                ++summary.readings;
            }

            const bool lastMonths = m >= m_options.months - unpaidMonths;
            const bool dueNotPassed = m_today <= bill.dueDate;
            if (!lastMonths && !(dueNotPassed && rng.chance(60))) {
                const bool late = latePayer && rng.chance(30);
                const QDate paidOn = late ? QDate(period.year(), period.month(), static_cast<int>(rng.between(21, 28)))
                                          : QDate(period.year(), period.month(), static_cast<int>(rng.between(3, 20)));
                const QDateTime paidAt
                    = wib(paidOn, static_cast<int>(rng.between(7, 21)), static_cast<int>(rng.below(60)));
                if (paidAt <= m_now) {
                    bill.paidAt = paidAt;
                    bill.paymentChannel = rng.pick(paymentChannels());
                    if (late) {
                        bill.lateFee = m_calculator.lateFee(customer.powerVa, bill.total);
                        sawLateFee = true;
                    }
                }
            }
            if (bill.estimated) {
                ++summary.estimatedBills;
                if (m >= m_options.months - 12 && m + 1 < m_options.months) {
                    sawEstimate = true;
                    estimatedPeriod = period.toString();
                }
            }
            if (auto s = writer.upsertBill(bill); !s.ok())
                return s;
            ++summary.bills;
            history.append(bill);
        }
        if (summary.estimatedIdpel.isEmpty() && sawEstimate && !history.last().estimated) {
            summary.estimatedIdpel = customer.idpel;
            summary.estimatedPeriod = estimatedPeriod;
        }
        if (summary.arrearsIdpel.isEmpty() && inArrears)
            summary.arrearsIdpel = customer.idpel;
        if (summary.lateFeeIdpel.isEmpty() && sawLateFee)
            summary.lateFeeIdpel = customer.idpel;
        return {};
    }

    Status makeTokens(DemoRandom& rng, const Customer& customer, const PowerChoice& power, int ppj,
        CustomerWriter& writer, DemoDataSummary& summary)
    {
        static const std::array<qint64, 5> kAmounts { 20000, 50000, 100000, 200000, 500000 };
        auto tariff = m_calculator.tariffs().find(customer.tariffClass, customer.powerVa, m_current);
        if (!tariff.ok())
            return tariff.error();
        // Prepaid energy is priced at the class's rate (the top block for a block class) after PPJ [A].
        const Sen rate = tariff->rate.blocks.last().rate;
        const int purchases = static_cast<int>(rng.between(3, 8));
        qint64 minutesAgo = 0;
        for (int i = 0; i < purchases; ++i) {
            minutesAgo += rng.between(12LL * 60, 40LL * 24 * 60) * (power.usualKwh > 300 ? 1 : 2) / 2;
            TokenPurchase purchase;
            purchase.idpel = customer.idpel;
            purchase.purchasedAt = m_now.addSecs(-minutesAgo * 60);
            purchase.amount = kAmounts.at(static_cast<std::size_t>(rng.below(customer.powerVa >= 2200 ? 5 : 4)));
            const qint64 beforeTaxSen = purchase.amount * 100 * 10000 / (10000 + ppj);
            purchase.energyWh = beforeTaxSen * 1000 / rate;
            purchase.tokenMasked = maskToken(digits(rng, 20));
            if (auto s = writer.upsertTokenPurchase(purchase); !s.ok())
                return s;
            ++summary.tokenPurchases;
        }
        return {};
    }

    const DemoDataOptions& m_options;
    QDateTime m_now;
    QDate m_today;
    BillingPeriod m_current;
    const BillCalculator& m_calculator;
    BillBuilder m_builder;
    QHash<QString, int> m_ppj;
};

} // namespace

Result<DemoDataSummary> DemoDataGenerator::generate(const DemoDataOptions& options, const Progress& progress)
{
    if (options.customers < 1 || options.customers > kMaxCustomers) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Customers", "Jumlah pelanggan demo harus antara 1 dan %1.").arg(kMaxCustomers),
            QStringLiteral("demo customers out of range"));
    }
    if (options.months < 4 || options.months > 120) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Customers", "Jumlah bulan rekening demo harus antara 4 dan 120."),
            QStringLiteral("demo months out of range"));
    }
    const QDateTime now = m_clock.nowUtc();
    CustomerMaker maker(options, now, m_calculator);
    DemoDataSummary summary;

    auto units = m_database.write([](QSqlDatabase& db) -> Status {
        auto writer = CustomerWriter::prepare(db);
        if (!writer.ok())
            return writer.error();
        for (const Unit& unit : DemoCatalog::units()) {
            if (auto s = writer->upsertUnit(unit); !s.ok())
                return s;
        }
        return {};
    });
    if (!units.ok())
        return units.error();

    const qint64 batch = std::max(1, options.batchSize);
    for (qint64 start = 0; start < options.customers; start += batch) {
        const qint64 end = std::min(options.customers, start + batch);
        DemoDataSummary batchSummary = summary;
        auto written = m_database.write([&](QSqlDatabase& db) -> Status {
            auto writer = CustomerWriter::prepare(db);
            if (!writer.ok())
                return writer.error();
            for (qint64 index = start; index < end; ++index) {
                if (auto s = maker.make(index, writer.value(), batchSummary); !s.ok())
                    return s;
            }
            return {};
        });
        if (!written.ok())
            return written.error();
        summary = batchSummary;
        if (progress)
            progress(end, options.customers);
    }
    spdlog::info("demo data: {} customers ({} postpaid, {} prepaid), {} bills", summary.customers, summary.postpaid,
        summary.prepaid, summary.bills);
    return summary;
}

Result<bool> DemoDataGenerator::hasCustomers() const
{
    return m_database.read([](QSqlDatabase& db) { return CustomerRepository(db).hasAny(); });
}

} // namespace csodesk
