#pragma once

#include "customers/CustomerSearchQuery.h"

#include <QString>

#include <string>
#include <vector>

namespace csodesk::bench {

// The four ways an agent searches for a caller in the search benchmark.
enum class SearchKind { FullName, GivenNameAndPlace, NationalPhone, InternationalPhone };

[[nodiscard]] QString searchKindLabel(SearchKind kind); // "full name", ...

// One search: what the agent types, and what it means, drawn from an existing customer.
struct SearchCase {
    SearchKind kind = SearchKind::FullName;
    QString typed; // "Neneng Pattiasina", "+62 812 3456 7890"
    CustomerSearchQuery query; // parsed as the desktop parses it
    std::string ftsMatch; // SQLite words: the MATCH expression CustomerSearchSql builds
    qint64 matches = 0; // customers matching in all (not only the 21 read), counted beforehand
};

// `perKind` searches of each kind from random customers of the SQLite demo database at `path`
// (`customers` rows; fixed seed: the same searches on every run and in both dialects), in
// round-robin order of kind so that background noise falls on every kind alike.
[[nodiscard]] std::vector<SearchCase> drawSearchCases(const QString& path, qint64 customers, int perKind);

} // namespace csodesk::bench
