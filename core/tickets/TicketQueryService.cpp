#include "TicketQueryService.h"

#include "auth/AccessControl.h"
#include "common/TimeUtil.h"
#include "tickets/FiguresTally.h"
#include "tickets/TicketSql.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace csodesk {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct Keyset {
    QString column;
    bool descending = true;
};

Keyset keysetFor(TicketSort sort)
{
    switch (sort) {
    case TicketSort::FiledNewestFirst:
        return { QStringLiteral("t.filed_at_ms"), true };
    case TicketSort::FiledOldestFirst:
        return { QStringLiteral("t.filed_at_ms"), false };
    case TicketSort::HandleTimeLongestFirst:
        return { QStringLiteral("t.handle_time_ms"), true };
    }
    return { QStringLiteral("t.filed_at_ms"), true };
}

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
    const Keyset keyset = keysetFor(page.sort);
    std::optional<std::pair<qint64, qint64>> after;
    if (!page.cursor.isEmpty()) {
        auto parsed = parseCursor(page.cursor, page.sort);
        if (!parsed.ok())
            return parsed.error();
        after = parsed.value();
    }
    const ticket_sql::Fragment visible = ticket_sql::visibleTo(actor);
    const ticket_sql::Fragment where
        = ticket_sql::matching(narrowedToCursor(filter, page.sort, after), toEpochMs(m_clock.nowUtc()));

    query.sql = QStringLiteral(" WHERE 1 = 1") + visible.sql + where.sql;
    query.values = visible.values + where.values;
    if (after) {
        query.sql += QStringLiteral(" AND (%1, t.id) %2 (?, ?)")
                         .arg(keyset.column, keyset.descending ? QStringLiteral("<") : QStringLiteral(">"));
        query.values << after->first << after->second;
    }
    const QString direction = keyset.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    query.sql += QStringLiteral(" ORDER BY %1 %2, t.id %2 LIMIT ?").arg(keyset.column, direction);
    query.values << query.limit + 1; // one more row tells whether there is a next page
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
    const ticket_sql::Fragment visible = ticket_sql::visibleTo(actor);
    const ticket_sql::Fragment where = ticket_sql::matching(filter, toEpochMs(m_clock.nowUtc()));
    return m_database.read([&](QSqlDatabase& db) -> Result<qint64> {
        auto value
            = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE 1 = 1") + visible.sql + where.sql,
                visible.values + where.values);
        if (!value.ok())
            return value.error();
        return value->toLongLong();
    });
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
    const ticket_sql::Fragment visible = ticket_sql::visibleTo(actor);
    return m_database.read([&](QSqlDatabase& db) -> Result<TicketDetail> {
        auto tickets = ticket_sql::readTickets(
            db, ticket_sql::selectTickets() + QStringLiteral(" WHERE t.number = ?"), { ticketNumber });
        if (!tickets.ok())
            return tickets.error();
        if (tickets->isEmpty())
            return makeError(ErrorKind::NotFound,
                QCoreApplication::translate("Tickets", "Tiket %1 tidak ditemukan.").arg(ticketNumber),
                QStringLiteral("ticket not found"));
        if (!visible.sql.isEmpty()) {
            auto seen
                = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.number = ?") + visible.sql,
                    QVariantList { ticketNumber } + visible.values);
            if (!seen.ok())
                return seen.error();
            if (seen->toLongLong() == 0)
                return makeError(ErrorKind::PermissionDenied,
                    QCoreApplication::translate(
                        "Tickets", "Anda hanya boleh melihat tiket Anda sendiri atau tiket pelanggan yang Anda cari."),
                    QStringLiteral("ticket not visible to agent"));
        }
        TicketDetail detail;
        detail.ticket = tickets->constFirst();
        auto events = execQuery(db,
            QStringLiteral("SELECT id, kind, at_ms, actor_user_id, actor_name, note, flag, status "
                           "FROM ticket_events WHERE ticket_id = ? ORDER BY id"),
            { detail.ticket.id });
        if (!events.ok())
            return events.error();
        while (events->next()) {
            TicketEvent event;
            event.id = events->value(0).toLongLong();
            const QString kind = events->value(1).toString();
            event.kind = kind == QLatin1String("flag") ? TicketEventKind::Flag
                : kind == QLatin1String("status")      ? TicketEventKind::StatusChange
                                                       : TicketEventKind::Note;
            event.at = fromEpochMs(events->value(2).toLongLong());
            event.actorUserId = events->value(3).toLongLong();
            event.actorName = events->value(4).toString();
            event.note = events->value(5).toString();
            event.flag = events->value(6).toString();
            event.status = events->value(7).toString();
            detail.events.append(event);
        }
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
    const QVariantList period { toEpochMs(from), toEpochMs(to) };

    auto computed = m_database.read([&](QSqlDatabase& db) -> Status {
        // Everything but the KELUHAN states, from one ordered read of the period (and the week
        // before it, which repeat contacts look back on).
        auto rows = execQuery(db,
            QStringLiteral("SELECT filed_at_ms, kind, handle_time_ms, sub_issue_type_id, unit_code, unit_name, "
                           "agent_name, customer_idpel FROM tickets WHERE filed_at_ms >= ? AND filed_at_ms < ? "
                           "ORDER BY filed_at_ms, id"),
            { toEpochMs(from) - FiguresTally::kRepeatWindowMs, toEpochMs(to) });
        if (!rows.ok())
            return rows.error();
        FiguresTally tally(toEpochMs(from), toEpochMs(to));
        FiguresTally::Row row;
        while (rows->next()) {
            row.filedAtMs = rows->value(0).toLongLong();
            row.kind = rows->value(1).toString();
            row.handleTimeMs = rows->value(2).toLongLong();
            row.subIssueTypeId = rows->value(3).toString();
            row.unitCode = rows->value(4).toString();
            row.unitName = rows->value(5).toString();
            row.agentName = rows->value(6).toString();
            row.customerIdpel = rows->value(7).toString();
            tally.add(row);
        }
        if (auto tallied = tally.finishInto(figures); !tallied.ok())
            return tallied;

        // KELUHAN state: the newest status event decides (open when there is none).
        auto keluhan = execQuery(db,
            QStringLiteral(
                "SELECT "
                "COALESCE(SUM(CASE WHEN status = 'done_by_unit' AND changed_at <= due THEN 1 ELSE 0 END), 0), "
                "COALESCE(SUM(CASE WHEN (status = 'done_by_unit' AND changed_at > due) "
                "OR (status = 'open' AND due < ?) THEN 1 ELSE 0 END), 0), "
                "COALESCE(SUM(CASE WHEN status = 'open' AND ? - filed < ? THEN 1 ELSE 0 END), 0), "
                "COALESCE(SUM(CASE WHEN status = 'open' AND ? - filed >= ? AND ? - filed < ? THEN 1 ELSE 0 END), 0), "
                "COALESCE(SUM(CASE WHEN status = 'open' AND ? - filed >= ? AND ? - filed < ? THEN 1 ELSE 0 END), 0), "
                "COALESCE(SUM(CASE WHEN status = 'open' AND ? - filed >= ? THEN 1 ELSE 0 END), 0) "
                "FROM (SELECT t.filed_at_ms AS filed, t.sla_due_at_ms AS due, ")
                + ticket_sql::statusExpression()
                + QStringLiteral(
                    " AS status, (SELECT e.at_ms FROM ticket_events e WHERE e.ticket_id = t.id "
                    "AND e.kind = 'status' ORDER BY e.id DESC LIMIT 1) AS changed_at "
                    "FROM tickets t WHERE t.kind = 'KELUHAN' AND t.filed_at_ms >= ? AND t.filed_at_ms < ?) k"),
            QVariantList { nowMs, nowMs, kDayMs, nowMs, kDayMs, nowMs, 3 * kDayMs, nowMs, 3 * kDayMs, nowMs, 7 * kDayMs,
                nowMs, 7 * kDayMs }
                + period);
        if (!keluhan.ok())
            return keluhan.error();
        if (!keluhan->next())
            return makeError(ErrorKind::Internal, QCoreApplication::translate("Tickets", "Rekap gagal dihitung."),
                QStringLiteral("no keluhan row"));
        const qint64 met = keluhan->value(0).toLongLong();
        figures.slaCompliance = { met, met + keluhan->value(1).toLongLong() };
        for (int band = 0; band < 4; ++band)
            figures.openKeluhanByAge[static_cast<size_t>(band)] = keluhan->value(2 + band).toLongLong();
        return {};
    });
    if (!computed.ok())
        return computed.error();
    return figures;
}

} // namespace csodesk
