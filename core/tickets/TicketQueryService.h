#pragma once

#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"
#include "tickets/Ticket.h"
#include "tickets/TicketFigures.h"
#include "tickets/TicketFilter.h"
#include "tickets/TicketRow.h"

#include <QList>

#include <functional>

namespace csodesk {

struct TicketPage {
    QList<Ticket> tickets;
    QString nextCursor; // empty on the last page
};

struct TicketRowPage {
    QList<TicketRow> rows;
    QString nextCursor; // empty on the last page
};

// Reading tickets: lists, one ticket with its history, the period figures. Agents see their
// own tickets and those of customers they looked up; supervisors and admins see all.
class TicketQueryService {
public:
    TicketQueryService(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    [[nodiscard]] Result<TicketPage> list(
        const Actor& actor, const TicketFilter& filter, const TicketPageRequest& page);
    // The same page as stored columns only (no transcript, nothing parsed): for bulk readers.
    [[nodiscard]] Result<TicketRowPage> listRows(
        const Actor& actor, const TicketFilter& filter, const TicketPageRequest& page);
    [[nodiscard]] Result<qint64> count(const Actor& actor, const TicketFilter& filter);
    [[nodiscard]] Result<TicketDetail> show(const Actor& actor, const QString& ticketNumber);
    // Supervisors and admins only.
    [[nodiscard]] Result<TicketFigures> figures(const Actor& actor, const QDateTime& from, const QDateTime& to);

    // Every ticket of a filter in pages, oldest first, for exports: `sink` returns false to stop.
    // Memory stays bounded by one page whatever the number of rows.
    [[nodiscard]] Status forEach(
        const Actor& actor, const TicketFilter& filter, const std::function<bool(const Ticket&)>& sink);
    [[nodiscard]] Status forEachRow(
        const Actor& actor, const TicketFilter& filter, const std::function<bool(const TicketRow&)>& sink);

    static constexpr int kMaxPageSize = 1000;

private:
    struct PageQuery {
        QString sql; // after the SELECT list: WHERE ... ORDER BY ... LIMIT ?
        QVariantList values;
        int limit = 0;
        TicketSort sort = TicketSort::FiledNewestFirst;
    };
    [[nodiscard]] Result<PageQuery> pageQuery(
        const Actor& actor, const TicketFilter& filter, const TicketPageRequest& page) const;
    template <typename Row, typename Read>
    [[nodiscard]] Result<std::pair<QList<Row>, QString>> readPage(
        const PageQuery& query, const QString& select, Read read);
    [[nodiscard]] Status checkFilterAllowed(const Actor& actor, const TicketFilter& filter) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace csodesk
