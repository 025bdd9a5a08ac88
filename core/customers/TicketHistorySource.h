#pragma once

#include "CustomerLookup.h"
#include "auth/Actor.h"
#include "common/Result.h"

#include <QList>
#include <QString>

namespace csodesk {

// The customer's previous tickets, for the look-up. An interface so that the look-up does not
// depend on how tickets are stored; core/tickets implements it (CustomerTicketHistory).
class TicketHistorySource {
public:
    virtual ~TicketHistorySource() = default;
    // Newest first, at most `limit`, only what `actor` may see.
    [[nodiscard]] virtual Result<QList<CustomerTicketRef>> ticketsOf(
        const Actor& actor, const QString& idpel, int limit)
        = 0;
};

} // namespace csodesk
