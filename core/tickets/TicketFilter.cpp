#include "TicketFilter.h"

namespace csodesk {

QString ticketSortCode(TicketSort sort)
{
    switch (sort) {
    case TicketSort::FiledNewestFirst:
        return QStringLiteral("newest");
    case TicketSort::FiledOldestFirst:
        return QStringLiteral("oldest");
    case TicketSort::HandleTimeLongestFirst:
        return QStringLiteral("handle_time");
    }
    return QStringLiteral("newest");
}

std::optional<TicketSort> ticketSortFromCode(const QString& code)
{
    for (TicketSort sort :
        { TicketSort::FiledNewestFirst, TicketSort::FiledOldestFirst, TicketSort::HandleTimeLongestFirst }) {
        if (ticketSortCode(sort) == code)
            return sort;
    }
    return std::nullopt;
}

} // namespace csodesk
