#include "SearchCases.h"

#include "BenchCache.h"
#include "RawSqlite.h"
#include "customers/SearchText.h"
#include "demo/DemoCatalog.h"

#include <array>
#include <random>

namespace csodesk::bench {

namespace {

constexpr std::array<SearchKind, 4> kKinds { SearchKind::FullName, SearchKind::GivenNameAndPlace,
    SearchKind::NationalPhone, SearchKind::InternationalPhone };

// As CustomerSearchSql::ftsExpression: the start of every word, FTS5 ANDing the phrases.
std::string ftsMatch(const QStringList& words)
{
    QStringList phrases;
    for (const QString& word : words)
        phrases.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return phrases.join(QLatin1Char(' ')).toStdString();
}

// The longest word of a village or town ("Kota Bandung" -> "bandung"): the word an agent
// would add, never "kota" or "kabupaten" before the name.
QString longestWord(const QString& part)
{
    QString longest;
    for (const QString& word : searchWords(part)) {
        if (word.size() > longest.size())
            longest = word;
    }
    return longest;
}

// The given name a demo name starts with, whole: "Ni Luh" of "Ni Luh Santoso", not "Ni".
QString givenName(const QString& name)
{
    QString given;
    for (const QString& candidate : DemoCatalog::givenNames()) {
        if ((name == candidate || name.startsWith(candidate + QLatin1Char(' '))) && candidate.size() > given.size())
            given = candidate;
    }
    return given.isEmpty() ? name.section(QLatin1Char(' '), 0, 0) : given;
}

// "+62 812 3456 7890", as a caller reads out a number saved with the country code.
QString international(const QString& national)
{
    const QString rest = national.mid(1);
    return QStringLiteral("+62 %1 %2 %3").arg(rest.left(3), rest.mid(3, 4), rest.mid(7));
}

struct Drawn {
    QString name, address, phone;
};

QString typedFor(SearchKind kind, const Drawn& customer, std::mt19937_64& random)
{
    switch (kind) {
    case SearchKind::FullName:
        return customer.name;
    case SearchKind::GivenNameAndPlace: {
        // "street No. n, RT xx/RW yy, village, town, province"
        const QStringList parts = customer.address.split(QStringLiteral(", "));
        const QString place = parts.size() >= 3 ? parts.at(parts.size() - 3 + int(random() % 2)) : customer.address;
        return givenName(customer.name) + QLatin1Char(' ') + longestWord(place);
    }
    case SearchKind::NationalPhone:
        return customer.phone;
    case SearchKind::InternationalPhone:
        return international(customer.phone);
    }
    return {};
}

} // namespace

QString searchKindLabel(SearchKind kind)
{
    switch (kind) {
    case SearchKind::FullName:
        return QStringLiteral("full name");
    case SearchKind::GivenNameAndPlace:
        return QStringLiteral("given name + place");
    case SearchKind::NationalPhone:
        return QStringLiteral("phone 08...");
    case SearchKind::InternationalPhone:
        return QStringLiteral("phone +62 ...");
    }
    return {};
}

std::vector<SearchCase> drawSearchCases(const QString& path, qint64 customers, int perKind)
{
    RawSqlite db(path);
    RawStatement byRowid(db.handle(), "SELECT name, address, phone FROM customers WHERE rowid = ?");
    RawStatement countWords(db.handle(), "SELECT count(*) FROM customer_search WHERE customer_search MATCH ?");
    RawStatement countPhone(db.handle(), "SELECT count(*) FROM customers WHERE phone_key >= ? AND phone_key < ?");
    std::mt19937_64 random(20261202);
    std::uniform_int_distribution<qint64> pick(1, customers);
    std::vector<SearchCase> cases;
    cases.reserve(static_cast<std::size_t>(perKind) * kKinds.size());
    while (cases.size() < static_cast<std::size_t>(perKind) * kKinds.size()) {
        const SearchKind kind = kKinds.at(cases.size() % kKinds.size());
        byRowid.bind(1, pick(random));
        if (!byRowid.step()) {
            byRowid.reset();
            continue;
        }
        const Drawn customer { QString::fromStdString(byRowid.text(0)), QString::fromStdString(byRowid.text(1)),
            QString::fromStdString(byRowid.text(2)) };
        byRowid.reset();
        SearchCase one;
        one.kind = kind;
        one.typed = typedFor(kind, customer, random);
        auto parsed = CustomerSearchQuery::parse(one.typed);
        if (!parsed.ok())
            failBench(QStringLiteral("search case \"%1\": %2").arg(one.typed, parsed.error().detail));
        one.query = parsed.value();
        const bool byPhone = kind == SearchKind::NationalPhone || kind == SearchKind::InternationalPhone;
        if (byPhone != (one.query.kind == CustomerSearchQuery::Kind::Phone))
            failBench(QStringLiteral("search case \"%1\" is not read as intended").arg(one.typed));
        RawStatement& count = byPhone ? countPhone : countWords;
        if (byPhone) {
            count.bind(1, one.query.phone.toStdString())
                .bind(2, QString(one.query.phone + QLatin1Char(':')).toStdString());
        } else {
            one.ftsMatch = ftsMatch(one.query.words);
            count.bind(1, one.ftsMatch);
        }
        one.matches = count.step() ? count.int64(0) : 0;
        count.reset();
        if (one.matches == 0) // drawn from an existing customer: it must find at least that one
            failBench(QStringLiteral("search case \"%1\" matches nobody").arg(one.typed));
        cases.push_back(std::move(one));
    }
    return cases;
}

} // namespace csodesk::bench
