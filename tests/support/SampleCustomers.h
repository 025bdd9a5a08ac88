#pragma once

#include "common/Result.h"
#include "storage/Database.h"

namespace csodesk::test {

// How many customers informationDraft() files for (customer numbers 0 .. count-1).
inline constexpr int kSampleCustomers = 1000;

// Adds the customers informationDraft() names, and their ULP, when they are not there yet:
// filing refuses a customer the database does not hold. Works on both dialects; on a floor the
// schema owner's connection is needed (TestFloor::seedInformationCustomers does the same there).
[[nodiscard]] Status seedSampleCustomers(Database& database, int count = kSampleCustomers);

} // namespace csodesk::test
