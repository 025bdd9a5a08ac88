#include "AgentOnDialect.h"
#include "audit/AuditLog.h"
#include "customers/CustomerSearchService.h"
#include "customers/CustomerWriter.h"
#include "customers/SearchText.h"
#include "storage/SqlQuery.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

Customer customer(const char* idpel, const char* name, const char* address, const char* phone)
{
    Customer c;
    c.idpel = QString::fromLatin1(idpel);
    c.name = QString::fromUtf8(name);
    c.address = QString::fromUtf8(address);
    c.phone = QString::fromLatin1(phone);
    c.tariffClass = QStringLiteral("R1");
    c.powerVa = 1300;
    c.ulpCode = QStringLiteral("54110");
    return c;
}

const QList<Customer>& people()
{
    static const QList<Customer> list {
        customer("541100000001", "Neneng Pattiasina", "Jl. Mawar No. 12, RT 03/RW 04, Sukajadi, Bandung, Jawa Barat",
            "0812-3456-7890"),
        customer("541100000002", "Neneng Sari", "Jl. Pattimura No. 5, RT 01/RW 02, Cibeunying, Bandung, Jawa Barat",
            "+62 813 1111 2222"),
        customer("541100000003", "Yohanes Pattiasina", "Jl. Kenanga No. 7, Ambon, Maluku", "6285700001111"),
        customer("541100000004", "José Ramírez", "Jl. Melati No. 1, Denpasar, Bali", "081399990000"),
        customer("541100000005", "Siti Aminah", "Gg. Neneng No. 3, Sukajadi, Bandung, Jawa Barat", "081234567891"),
        customer("541100000006", "Zainal Abidin", "Jl. Cempaka No. 9, Medan, Sumatera Utara", "0812345678"),
    };
    return list;
}

void seed(Database& db, const QList<Customer>& customers)
{
    auto written = db.write([&](QSqlDatabase& c) -> Status {
        auto writer = CustomerWriter::prepare(c);
        if (!writer.ok())
            return writer.error();
        const Unit main { QStringLiteral("54"), Unit::Level::Main, QStringLiteral("UID Jawa Timur"), {},
            QStringLiteral("Jawa Timur"), {}, std::nullopt };
        const Unit up3 { QStringLiteral("541"), Unit::Level::Up3, QStringLiteral("UP3 Surabaya Selatan"),
            QStringLiteral("54"), QStringLiteral("Jawa Timur"), QStringLiteral("Surabaya"), std::nullopt };
        const Unit ulp { QStringLiteral("54110"), Unit::Level::Ulp, QStringLiteral("ULP Rungkut"),
            QStringLiteral("541"), QStringLiteral("Jawa Timur"), QStringLiteral("Surabaya"), 300 };
        for (const Unit& unit : { main, up3, ulp }) {
            if (auto s = writer->upsertUnit(unit); !s.ok())
                return s;
        }
        for (const Customer& person : customers) {
            if (auto s = writer->upsertCustomer(person); !s.ok())
                return s;
        }
        return {};
    });
    REQUIRE(written.ok());
}

// The people above, as an agent reaches them (AgentOnDialect).
struct SeededSearch : AgentOnDialect {
    explicit SeededSearch(const std::string& dialect)
        : AgentOnDialect(dialect, QDateTime(QDate(2026, 12, 2), QTime(3, 0), QTimeZone::utc()),
            [](Database& db) { seed(db, people()); })
        , service(std::make_unique<CustomerSearchService>(*agentDatabase, clock))
    {
    }

    QStringList idpels(const QString& text, int limit = CustomerSearchService::kDefaultLimit)
    {
        auto query = CustomerSearchQuery::parse(text);
        REQUIRE(query.ok());
        auto found = service->search(agent, query.value(), limit);
        INFO((found.ok() ? QString() : found.error().detail).toStdString());
        REQUIRE(found.ok());
        QStringList list;
        for (const CustomerHit& hit : std::as_const(found->hits))
            list.append(hit.idpel);
        return list;
    }

    [[nodiscard]] QList<AuditEntry> searchLog()
    {
        AuditFilter filter;
        filter.actor = agent.userName;
        filter.action = AuditAction::Search;
        auto entries = AuditLog(*supervisorDatabase, clock).query(filter);
        REQUIRE(entries.ok());
        return entries.value();
    }

    std::unique_ptr<CustomerSearchService> service;
};

} // namespace

TEST_CASE("Search text folds case, accents and punctuation, and phones take their national form", "[customers][search]")
{
    CHECK(foldForSearch(QString::fromUtf8("Néneng  PATTIASINA, Jl.")) == QStringLiteral("neneng pattiasina jl"));
    CHECK(foldForSearch(QString::fromUtf8("José Ramírez")) == QStringLiteral("jose ramirez"));
    CHECK(searchWords(QStringLiteral("M. Neneng neneng RT 03")) == QStringList { "neneng", "rt", "03" });
    CHECK(nationalPhone(QStringLiteral("+62 812-3456-7890")) == QStringLiteral("081234567890"));
    CHECK(nationalPhone(QStringLiteral("6281234567890")) == QStringLiteral("081234567890"));
    CHECK(nationalPhone(QStringLiteral("(0812) 3456.7890")) == QStringLiteral("081234567890"));
    CHECK(nationalPhone(QStringLiteral("81234567890")) == QStringLiteral("081234567890"));
    CHECK(nationalPhone(QStringLiteral("0812*3456")).isEmpty());
    CHECK(nationalPhone(QStringLiteral("0812+3456")).isEmpty());
}

TEST_CASE("The search field tells a key from a phone from words, and says what is wrong", "[customers][search]")
{
    using Kind = CustomerSearchQuery::Kind;
    const auto kindOf = [](const char* text) {
        auto query = CustomerSearchQuery::parse(QString::fromUtf8(text));
        REQUIRE(query.ok());
        return query->kind;
    };
    CHECK(kindOf("541100000001") == Kind::Key);
    CHECK(kindOf("5411 0000 0001") == Kind::Key);
    CHECK(kindOf("14212345678") == Kind::Key);
    CHECK(kindOf("081234567890") == Kind::Phone);
    CHECK(kindOf("+62 812 3456 7890") == Kind::Phone);
    CHECK(kindOf("6281234567890") == Kind::Phone); // 13 digits: no key has that many
    CHECK(kindOf("Neneng") == Kind::Words);
    CHECK(kindOf("jl mawar 12") == Kind::Words);

    // 11 or 12 digits starting with 62 are a key first and the phone after.
    auto ambiguous = CustomerSearchQuery::parse(QStringLiteral("628123456789"));
    REQUIRE(ambiguous.ok());
    CHECK(ambiguous->kind == Kind::Key);
    CHECK(ambiguous->phone == QStringLiteral("08123456789"));
    CHECK(ambiguous->asPhone().kind == Kind::Phone);
    CHECK(CustomerSearchQuery::parse(QStringLiteral("541100000001"))->phone.isEmpty());

    for (const char* bad : { "", "   ", "ab", "a b c", "0812", "0812 3456 7890 1234", "5411000", "0812#3456",
             "satu dua tiga empat lima enam tujuh" }) {
        INFO(bad);
        auto query = CustomerSearchQuery::parse(QString::fromUtf8(bad));
        REQUIRE_FALSE(query.ok());
        CHECK(query.error().kind == ErrorKind::InvalidInput);
        CHECK_FALSE(query.error().message.isEmpty());
    }
    CHECK(CustomerSearchQuery::parse(QStringLiteral("0812#3456")).error().message.contains(QLatin1Char('#')));
}

TEST_CASE("A hit shows the street without its number, no RT/RW or province, and a masked phone", "[customers][search]")
{
    CustomerHit hit;
    hit.address = QStringLiteral("Jl. Mawar No. 12, RT 03/RW 04, Sukajadi, Bandung, Jawa Barat");
    hit.phone = QStringLiteral("081234567890");
    CHECK(hit.shownAddress() == QStringLiteral("Jl. Mawar No. ••, Sukajadi, Bandung"));
    CHECK_FALSE(hit.shownPhone().contains(QStringLiteral("567")));
    hit.address = QStringLiteral("Jl. Kenanga 7, Ambon");
    CHECK(hit.shownAddress() == QStringLiteral("Jl. Kenanga •, Ambon"));
}

TEST_CASE("Search by name and address ranks the name first, in any word order and case", "[customers][search][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    SECTION(dialect)
    {
        SeededSearch s(dialect);
        // Both words in the name beat a name with one of them and an address with the other.
        CHECK(s.idpels(QStringLiteral("neneng pattiasina")).first() == QStringLiteral("541100000001"));
        CHECK(s.idpels(QStringLiteral("PATTIASINA Neneng")).first() == QStringLiteral("541100000001"));
        // Word starts, not whole words; and the address counts.
        CHECK(s.idpels(QStringLiteral("nen patti")).first() == QStringLiteral("541100000001"));
        CHECK(s.idpels(QStringLiteral("neneng pattimura")) == QStringList { "541100000002" });
        // A name beats an address holding the same word ("Gg. Neneng").
        const QStringList nenengs = s.idpels(QStringLiteral("neneng"));
        REQUIRE(nenengs.size() == 3);
        CHECK(nenengs.last() == QStringLiteral("541100000005"));
        CHECK(s.idpels(QStringLiteral("sukajadi bandung")).size() == 2);
        // Accents either way.
        CHECK(s.idpels(QString::fromUtf8("jose ramirez")) == QStringList { "541100000004" });
        CHECK(s.idpels(QString::fromUtf8("Ramírez")) == QStringList { "541100000004" });
        // Nobody: an empty answer, not an error.
        CHECK(s.idpels(QStringLiteral("Wijayakusuma")).isEmpty());
        // The middle of a word is not its start.
        CHECK(s.idpels(QStringLiteral("tiasina")).isEmpty());
    }
}

TEST_CASE("Search by phone takes every written form of the number on record", "[customers][search][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    SECTION(dialect)
    {
        SeededSearch s(dialect);
        for (const char* form : { "081234567890", "0812-3456-7890", "+62 812 3456 7890", "6281234567890" }) {
            INFO(form);
            CHECK(s.idpels(QString::fromLatin1(form)) == QStringList { "541100000001" });
        }
        // Stored as "+62 813 ..." and as "62857...": found by their 08 form.
        CHECK(s.idpels(QStringLiteral("0813 1111 2222")) == QStringList { "541100000002" });
        CHECK(s.idpels(QStringLiteral("085700001111")) == QStringList { "541100000003" });
        // The start of a number: the exact one first, then the longer ones by name.
        CHECK(s.idpels(QStringLiteral("0812345678")) == QStringList { "541100000006", "541100000001", "541100000005" });
        CHECK(s.idpels(QStringLiteral("08123456789")) == QStringList { "541100000001", "541100000005" });
    }
}

TEST_CASE("Every search is in the access log: the search, how many, and each customer shown",
    "[customers][search][storage][audit]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    SECTION(dialect)
    {
        SeededSearch s(dialect);
        CHECK(s.idpels(QStringLiteral("Pattiasina")).size() == 2);
        QList<AuditEntry> log = s.searchLog();
        REQUIRE(log.size() == 3);
        // Newest first: the summary was written last.
        CHECK(log.at(0).customerIdpel.isEmpty());
        CHECK(log.at(0).detail == QStringLiteral("search name pattiasina; 2 results"));
        QStringList shown { log.at(1).customerIdpel, log.at(2).customerIdpel };
        shown.sort();
        CHECK(shown == QStringList { "541100000001", "541100000003" });

        CHECK(s.idpels(QStringLiteral("Wijayakusuma")).isEmpty());
        log = s.searchLog();
        REQUIRE(log.size() == 4);
        CHECK(log.at(0).detail == QStringLiteral("search name wijayakusuma; 0 results"));
        CHECK(log.at(0).actor == s.agent.userName);
    }
}

TEST_CASE("A search shows at most its limit and says there are more", "[customers][search][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    SECTION(dialect)
    {
        SeededSearch s(dialect);
        auto query = CustomerSearchQuery::parse(QStringLiteral("bandung"));
        REQUIRE(query.ok());
        auto two = s.service->search(s.agent, query.value(), 2);
        REQUIRE(two.ok());
        CHECK(two->hits.size() == 2);
        CHECK(two->more);
        // The access log has the two shown, not the third that told there are more.
        const QList<AuditEntry> log = s.searchLog();
        REQUIRE(log.size() == 3);
        CHECK(log.at(0).detail == QStringLiteral("search name bandung; 2 results"));
        CHECK(log.at(1).customerIdpel != log.at(2).customerIdpel);
        for (const AuditEntry& entry : log.mid(1)) {
            const bool shown = std::any_of(two->hits.cbegin(), two->hits.cend(),
                [&entry](const CustomerHit& hit) { return hit.idpel == entry.customerIdpel; });
            CHECK(shown);
        }
        auto all = s.service->search(s.agent, query.value(), 3);
        REQUIRE(all.ok());
        CHECK(all->hits.size() == 3);
        CHECK_FALSE(all->more);
    }
}

TEST_CASE("A renamed customer is found by the new name only", "[customers][search][storage]")
{
    const auto dialect = GENERATE(from_range(testDialects()));
    SECTION(dialect)
    {
        SeededSearch s(dialect);
        Customer renamed = people().at(3);
        renamed.name = QStringLiteral("Josephine Ramadhani");
        seed(s.database->db(), { renamed });
        CHECK(s.idpels(QStringLiteral("ramirez")).isEmpty());
        CHECK(s.idpels(QStringLiteral("josephine")) == QStringList { "541100000004" });
    }
}

TEST_CASE("On a floor the search function refuses what the desktop would not send", "[customers][search][floor]")
{
    if (!postgresAvailable())
        return;
    SeededSearch s("postgresql");
    auto refused = s.agentDatabase->write([](QSqlDatabase& db) -> Status {
        // A LIKE wildcard smuggled in as a "word" would list every customer.
        auto q = execQuery(
            db, QStringLiteral("SELECT * FROM csodesk_search_customers(ARRAY['%%', 'abc'], NULL, 20, NULL, NULL)"));
        return q.ok() ? Status() : Status(q.error());
    });
    CHECK_FALSE(refused.ok());
    auto tooMany = s.agentDatabase->write([](QSqlDatabase& db) -> Result<int> {
        auto q = execQuery(
            db, QStringLiteral("SELECT count(*) FROM csodesk_search_customers(ARRAY['jl'], '0812', 500, NULL, NULL)"));
        if (!q.ok())
            return q.error();
        q->next();
        return q->value(0).toInt();
    });
    // A four-digit "phone" is refused too.
    CHECK_FALSE(tooMany.ok());
}
