#pragma once

#include "CustomerHit.h"
#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

namespace csodesk {

// Finds customers by name, address or phone for the agent who does not have the IDPEL, and
// records the search in the access log (UU 27/2022: a list of names and addresses is personal
// data too): one row for the search (who, what, how many) and one per customer shown, in the
// same transaction as the read. The desktop's search field and `csodesk-cli search` share it.
class CustomerSearchService {
public:
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 50;

    CustomerSearchService(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    // A Phone or Words query (a Key goes to CustomerLookupService). `limit` is clamped to
    // 1..kMaxLimit; CustomerSearchResult::more says whether more matched.
    [[nodiscard]] Result<CustomerSearchResult> search(
        const Actor& actor, const CustomerSearchQuery& query, int limit = kDefaultLimit);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace csodesk
