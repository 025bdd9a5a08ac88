#include "DashboardComparison.h"

#include "common/TimeUtil.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace csodesk {

namespace {

bool isWholeMonth(const QDate& first, const QDate& last)
{
    return first.isValid() && first.day() == 1 && last == first.addMonths(1).addDays(-1);
}

// The span [from, to) in words: whole WIB days as a day range (a whole month by its name when
// `monthByName`), a span ending within a day with the time it ends at.
QString spanText(const QDateTime& from, const QDateTime& to, bool monthByName)
{
    const QDate first = wibDate(from);
    const QDateTime end = toWib(to);
    if (end.time() == QTime(0, 0)) {
        const QDate last = end.date().addDays(-1);
        if (monthByName && isWholeMonth(first, last))
            return QLocale().toString(first, QStringLiteral("MMMM yyyy"));
        return dashboard_text::dayRange(first, last);
    }
    return QCoreApplication::translate("Dashboard", "%1 s.d. pukul %2 WIB")
        .arg(dashboard_text::dayRange(first, end.date()), end.time().toString(QStringLiteral("HH:mm")));
}

} // namespace

DashboardComparison DashboardComparison::of(const TicketPeriod& period, const QDateTime& now)
{
    DashboardComparison comparison;
    if (!period.isValid())
        return comparison;
    const bool month = isWholeMonth(ticket_period::firstDay(period), ticket_period::lastDay(period));
    comparison.previous = ticket_period::previous(period);
    const bool running = now.isValid() && period.from < now && now < period.to;
    if (!running) {
        comparison.basis = month ? ComparisonBasis::WholePreviousMonth : ComparisonBasis::PreviousDays;
        return comparison;
    }
    comparison.until = now;
    // WIB keeps no daylight saving: as many milliseconds after the start is the same day of
    // the month (or of the span) at the same time of day.
    const QDateTime cut = comparison.previous.from.addMSecs(period.from.msecsTo(now));
    if (month && cut > comparison.previous.to) {
        comparison.basis = ComparisonBasis::WholeShorterMonth;
        return comparison;
    }
    comparison.previous.to = std::min(comparison.previous.to, cut);
    comparison.basis = month ? ComparisonBasis::SameDaysOfPreviousMonth : ComparisonBasis::SameTimeBefore;
    return comparison;
}

namespace dashboard_text {

QString dayRange(const QDate& first, const QDate& last)
{
    const QLocale locale;
    const QString full = QStringLiteral("d MMMM yyyy");
    if (!first.isValid() || !last.isValid())
        return {};
    if (first == last)
        return locale.toString(first, full);
    if (first.year() == last.year() && first.month() == last.month())
        return QStringLiteral("%1–%2").arg(first.day()).arg(locale.toString(last, full));
    if (first.year() == last.year())
        return QStringLiteral("%1 – %2").arg(
            locale.toString(first, QStringLiteral("d MMMM")), locale.toString(last, full));
    return QStringLiteral("%1 – %2").arg(locale.toString(first, full), locale.toString(last, full));
}

QString shortDay(const QDate& day)
{
    return QLocale().toString(day, QStringLiteral("d MMM"));
}

QString longDay(const QDate& day)
{
    return QLocale().toString(day, QStringLiteral("dddd, d MMMM yyyy"));
}

QString period(const TicketPeriod& period, const QDateTime& until)
{
    if (!period.isValid())
        return {};
    const bool running = until.isValid() && period.from < until && until < period.to;
    return spanText(period.from, running ? until : period.to, !running);
}

QString comparison(const DashboardComparison& comparison)
{
    const TicketPeriod& previous = comparison.previous;
    if (!previous.isValid())
        return {};
    switch (comparison.basis) {
    case ComparisonBasis::WholePreviousMonth:
        return QCoreApplication::translate("Dashboard", "dibanding %1 (satu bulan penuh)")
            .arg(spanText(previous.from, previous.to, true));
    case ComparisonBasis::PreviousDays:
    case ComparisonBasis::SameDaysOfPreviousMonth:
        return QCoreApplication::translate("Dashboard", "dibanding %1 (jumlah hari yang sama)")
            .arg(spanText(previous.from, previous.to, false));
    case ComparisonBasis::WholeShorterMonth: {
        const QDate first = ticket_period::firstDay(previous);
        return QCoreApplication::translate("Dashboard", "dibanding %1 (seluruh %2, yang hanya %3 hari)")
            .arg(spanText(previous.from, previous.to, false), QLocale().standaloneMonthName(first.month()))
            .arg(first.daysInMonth());
    }
    case ComparisonBasis::SameTimeBefore:
        return QCoreApplication::translate("Dashboard", "dibanding %1 (rentang waktu yang sama)")
            .arg(spanText(previous.from, previous.to, false));
    }
    return {};
}

} // namespace dashboard_text

} // namespace csodesk
