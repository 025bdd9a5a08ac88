#include "TicketQueryService.h"

#include "auth/AccessControl.h"
#include "common/TimeUtil.h"
#include "tickets/FiguresTally.h"
#include "tickets/TicketSql.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace csodesk {

namespace {

qint64 sortKeyOf(const Ticket& ticket, TicketSort sort)
{
    return sort == TicketSort::HandleTimeLongestFirst ? ticket.handleTimeMs : toEpochMs(ticket.filedAt);
}

qint64 sortKeyOf(const TicketRow& row, TicketSort sort)
{
    return sort == TicketSort::HandleTimeLongestFirst ? row.handleTimeMs : row.filedAtMs;
}

// The filter with its filing-time bound moved up to the cursor. SQLite starts an index range at
// one lower (or upper) bound: given both the period's and the cursor's, it started at the period's
// and stepped over every earlier page again, so paging through a month cost quadratic time. The
// rows are the same: the cursor's own condition stays.
TicketFilter narrowedToCursor(
    TicketFilter filter, TicketSort sort, const std::optional<std::pair<qint64, qint64>>& after)
{
    if (!after || sort == TicketSort::HandleTimeLongestFirst)
        return filter;
    const qint64 cursorMs = after->first;
    if (sort == TicketSort::FiledOldestFirst) {
        if (!filter.from.isValid() || toEpochMs(filter.from) < cursorMs)
            filter.from = fromEpochMs(cursorMs);
    } else if (!filter.to.isValid() || toEpochMs(filter.to) > cursorMs + 1) {
        filter.to = fromEpochMs(cursorMs + 1); // `to` is exclusive; the cursor's own millisecond stays in
    }
    return filter;
}

// Every page of a filter, oldest first, until the sink says stop; memory stays one page. The
// pages are as large as allowed: each is its own short read, so writers are never held up.
template <typename Row, typename FetchPage>
Status pageThrough(const std::function<bool(const Row&)>& sink, FetchPage fetchPage)
{
    TicketPageRequest request;
    request.sort = TicketSort::FiledOldestFirst;
    request.limit = TicketQueryService::kMaxPageSize;
    for (;;) {
        auto page = fetchPage(request);
        if (!page.ok())
            return page.error();
        for (const Row& row : std::as_const(page->first)) {
            if (!sink(row))
                return {};
        }
        if (page->second.isEmpty())
            return {};
        request.cursor = page->second;
    }
}

// "<sort>:<key>:<id>": readable, and a cursor from another sort order is refused, not misread.
QString makeCursor(TicketSort sort, qint64 key, qint64 id)
{
    return QStringLiteral("%1:%2:%3").arg(ticketSortCode(sort)).arg(key).arg(id);
}

Result<std::pair<qint64, qint64>> parseCursor(const QString& cursor, TicketSort sort)
{
    const QStringList parts = cursor.split(QLatin1Char(':'));
    bool keyOk = false;
    bool idOk = false;
    if (parts.size() == 3 && parts.at(0) == ticketSortCode(sort)) {
        const qint64 key = parts.at(1).toLongLong(&keyOk);
        const qint64 id = parts.at(2).toLongLong(&idOk);
        if (keyOk && idOk)
            return std::make_pair(key, id);
    }
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("Tickets", "Penanda halaman tidak valid; mulai lagi dari halaman pertama."),
        QStringLiteral("bad cursor"));
}

} // namespace

Status TicketQueryService::checkFilterAllowed(const Actor& actor, const TicketFilter& filter) const
{
    if (auto signedIn = access::requireSignedIn(actor); !signedIn.ok())
        return signedIn;
    if (!filter.agentName.isEmpty() && filter.agentName != actor.userName)
        return access::requireSupervisor(actor, QCoreApplication::translate("Tickets", "melihat tiket agen lain"));
    return {};
}

auto TicketQueryService::pageQuery(const Actor& actor, const TicketFilter& filter, const TicketPageRequest& page) const
    -> Result<PageQuery>
{
    if (auto allowed = checkFilterAllowed(actor, filter); !allowed.ok())
        return allowed.error();
    PageQuery query;
    query.limit = qBound(1, page.limit, kMaxPageSize);
    query.sort = page.sort;
    std::optional<std::pair<qint64, qint64>> after;
    if (!page.cursor.isEmpty()) {
        auto parsed = parseCursor(page.cursor, page.sort);
        if (!parsed.ok())
            return parsed.error();
        after = parsed.value();
    }
    ticket_sql::Fragment where = ticket_sql::page(actor, narrowedToCursor(filter, page.sort, after),
        toEpochMs(m_clock.nowUtc()), page.sort, after,
        query.limit + 1); // one more row tells whether there is a next page
    query.sql = std::move(where.sql);
    query.values = std::move(where.values);
    return query;
}

template <typename Row, typename Read>
Result<std::pair<QList<Row>, QString>> TicketQueryService::readPage(
    const PageQuery& query, const QString& select, Read read)
{
    auto rows = m_database.read([&](QSqlDatabase& db) { return read(db, select + query.sql, query.values); });
    if (!rows.ok())
        return rows.error();
    std::pair<QList<Row>, QString> page { std::move(rows).value(), QString() };
    if (page.first.size() > query.limit) {
        page.first.removeLast();
        const Row& last = page.first.constLast();
        page.second = makeCursor(query.sort, sortKeyOf(last, query.sort), last.id);
    }
    return page;
}

Result<TicketPage> TicketQueryService::list(
    const Actor& actor, const TicketFilter& filter, const TicketPageRequest& page)
{
    auto query = pageQuery(actor, filter, page);
    if (!query.ok())
        return query.error();
    auto read = readPage<Ticket>(query.value(), ticket_sql::selectTickets(), &ticket_sql::readTickets);
    if (!read.ok())
        return read.error();
    return TicketPage { std::move(read->first), std::move(read->second) };
}

Result<TicketRowPage> TicketQueryService::listRows(
    const Actor& actor, const TicketFilter& filter, const TicketPageRequest& page)
{
    auto query = pageQuery(actor, filter, page);
    if (!query.ok())
        return query.error();
    auto read = readPage<TicketRow>(query.value(), ticket_sql::selectTicketRows(), &ticket_sql::readTicketRows);
    if (!read.ok())
        return read.error();
    return TicketRowPage { std::move(read->first), std::move(read->second) };
}

Result<qint64> TicketQueryService::count(const Actor& actor, const TicketFilter& filter)
{
    if (auto allowed = checkFilterAllowed(actor, filter); !allowed.ok())
        return allowed.error();
    const qint64 nowMs = toEpochMs(m_clock.nowUtc());
    return m_database.read([&](QSqlDatabase& db) { return ticket_sql::countTickets(db, actor, filter, nowMs); });
}

Status TicketQueryService::forEach(
    const Actor& actor, const TicketFilter& filter, const std::function<bool(const Ticket&)>& sink)
{
    return pageThrough(sink, [&](const TicketPageRequest& request) -> Result<std::pair<QList<Ticket>, QString>> {
        auto page = list(actor, filter, request);
        if (!page.ok())
            return page.error();
        return std::make_pair(std::move(page->tickets), std::move(page->nextCursor));
    });
}

Status TicketQueryService::forEachRow(
    const Actor& actor, const TicketFilter& filter, const std::function<bool(const TicketRow&)>& sink)
{
    return pageThrough(sink, [&](const TicketPageRequest& request) -> Result<std::pair<QList<TicketRow>, QString>> {
        auto page = listRows(actor, filter, request);
        if (!page.ok())
            return page.error();
        return std::make_pair(std::move(page->rows), std::move(page->nextCursor));
    });
}

Result<TicketDetail> TicketQueryService::show(const Actor& actor, const QString& ticketNumber)
{
    if (auto signedIn = access::requireSignedIn(actor); !signedIn.ok())
        return signedIn.error();
    return m_database.read([&](QSqlDatabase& db) -> Result<TicketDetail> {
        auto ticket = ticket_sql::ticketByNumber(db, ticketNumber);
        if (!ticket.ok())
            return ticket.error();
        if (!ticket->has_value())
            return makeError(ErrorKind::NotFound,
                QCoreApplication::translate("Tickets", "Tiket %1 tidak ditemukan.").arg(ticketNumber),
                QStringLiteral("ticket not found"));
        auto seen = ticket_sql::ticketVisibleTo(db, actor, ticketNumber);
        if (!seen.ok())
            return seen.error();
        if (!seen.value())
            return makeError(ErrorKind::PermissionDenied,
                QCoreApplication::translate(
                    "Tickets", "Anda hanya boleh melihat tiket Anda sendiri atau tiket pelanggan yang Anda cari."),
                QStringLiteral("ticket not visible to agent"));
        TicketDetail detail;
        detail.ticket = std::move(ticket).value().value();
        auto events = ticket_sql::ticketEvents(db, detail.ticket.id);
        if (!events.ok())
            return events.error();
        detail.events = std::move(events).value();
        return detail;
    });
}

Result<TicketFigures> TicketQueryService::figures(const Actor& actor, const QDateTime& from, const QDateTime& to)
{
    if (auto allowed = access::requireSupervisor(actor, QCoreApplication::translate("Tickets", "melihat rekap tiket"));
        !allowed.ok())
        return allowed.error();
    if (!from.isValid() || !to.isValid() || from >= to)
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Tickets", "Periode tidak valid: tanggal awal harus sebelum tanggal akhir."),
            QStringLiteral("bad period"));
    TicketFigures figures;
    figures.from = from.toUTC();
    figures.to = to.toUTC();
    figures.asOf = m_clock.nowUtc();
    const qint64 nowMs = toEpochMs(figures.asOf);

    auto computed = m_database.read([&](QSqlDatabase& db) -> Status {
        // Everything but the KELUHAN states, from one ordered read of the period, the week
        // before it (which repeat contacts look back on) and the week after it (a call-back
        // there means the contact was not resolved the first time).
        FiguresTally tally(toEpochMs(from), toEpochMs(to));
        const qint64 lookAheadToMs = std::min(toEpochMs(to) + FiguresTally::kRepeatWindowMs, nowMs + 1);
        if (auto read = ticket_sql::tallyTickets(
                db, toEpochMs(from) - FiguresTally::kRepeatWindowMs, std::max(lookAheadToMs, toEpochMs(to)), tally);
            !read.ok())
            return read;
        if (auto tallied = tally.finishInto(figures); !tallied.ok())
            return tallied;

        // KELUHAN state: the newest status event decides (open when there is none).
        auto keluhan = ticket_sql::keluhanStates(db, toEpochMs(from), toEpochMs(to), nowMs);
        if (!keluhan.ok())
            return keluhan.error();
        if (!keluhan->has_value())
            return makeError(ErrorKind::Internal, QCoreApplication::translate("Tickets", "Rekap gagal dihitung."),
                QStringLiteral("no keluhan row"));
        const ticket_sql::KeluhanStates& states = keluhan->value();
        figures.slaCompliance = { states.doneInTime, states.doneInTime + states.late };
        figures.openKeluhanByAge = states.openByAge;
        return {};
    });
    if (!computed.ok())
        return computed.error();
    return figures;
}

} // namespace csodesk
