#pragma once

#include "customers/CustomerLookup.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace csodesk {

// Whether a previous ticket makes this call a repeat contact: a ticket still open, or one filed
// within TicketService::kRepeatWindowDays. The agent is warned and may link the new ticket.
[[nodiscard]] bool isRepeatContact(const CustomerTicketRef& ticket, const QDateTime& nowUtc);
// The newest such ticket of a history (newest first); empty when there is none.
[[nodiscard]] QString newestRepeatContact(const QList<CustomerTicketRef>& tickets, const QDateTime& nowUtc);

} // namespace csodesk
