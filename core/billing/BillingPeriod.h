#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

namespace csodesk {

// The month a bill is issued for ("rekening bulan M", covering usage in M-1), written "YYYY-MM".
class BillingPeriod {
public:
    BillingPeriod() = default;
    BillingPeriod(int year, int month)
        : m_year(year)
        , m_month(month)
    {
    }

    [[nodiscard]] static Result<BillingPeriod> parse(const QString& text);
    [[nodiscard]] static BillingPeriod containing(const QDate& date) { return { date.year(), date.month() }; }

    [[nodiscard]] int year() const { return m_year; }
    [[nodiscard]] int month() const { return m_month; }
    [[nodiscard]] bool isValid() const { return m_year >= 1900 && m_month >= 1 && m_month <= 12; }

    [[nodiscard]] QString toString() const; // "2024-06"
    [[nodiscard]] QString displayName() const; // "Juni 2024"
    [[nodiscard]] BillingPeriod addMonths(int months) const;
    [[nodiscard]] int monthsUntil(const BillingPeriod& later) const;
    // Bills are due on the 20th of their month.
    [[nodiscard]] QDate dueDate() const { return { m_year, m_month, 20 }; }

    auto operator<=>(const BillingPeriod&) const = default;

private:
    int m_year = 0;
    int m_month = 0;
};

[[nodiscard]] QString indonesianMonthName(int month);

} // namespace csodesk
