#pragma once

#include "Customer.h"
#include "MeterReading.h"
#include "Unit.h"
#include "billing/Bill.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace csodesk {

// One thing wrong with one field of one row; column is 1-based (0 = the row as a whole).
struct RowProblem {
    int column = 0;
    QString reason;
};

enum class ImportKind { Units, Customers, Bills, Readings };

[[nodiscard]] QString importKindName(ImportKind kind); // "units", "customers", "bills", "readings"
// The columns a file of this kind must have (any order), as written in its header.
[[nodiscard]] QStringList importColumns(ImportKind kind);

// Turns the fields of one CSV row into a record, checking everything that can be checked
// without the database: digits of keys, numbers, dates, codes, sums, and that nothing is
// dated after `nowUtc` (a bill of next month, a payment or a reading still to come). `columnOf`
// maps a column name to its 0-based index in the row (from the header).
class ImportRowParser {
public:
    ImportRowParser(QHash<QString, int> columnOf, QDateTime nowUtc)
        : m_columnOf(std::move(columnOf))
        , m_now(std::move(nowUtc))
    {
    }

    [[nodiscard]] std::optional<Unit> unit(const QStringList& fields, QList<RowProblem>& problems) const;
    [[nodiscard]] std::optional<Customer> customer(const QStringList& fields, QList<RowProblem>& problems) const;
    [[nodiscard]] std::optional<Bill> bill(const QStringList& fields, QList<RowProblem>& problems) const;
    [[nodiscard]] std::optional<MeterReading> reading(const QStringList& fields, QList<RowProblem>& problems) const;

    // "2024-06-15 10:30" (WIB) or ISO 8601 with Z/offset.
    [[nodiscard]] static std::optional<QDateTime> parseTime(const QString& input);

private:
    [[nodiscard]] QString field(const QStringList& fields, const char* name) const;
    [[nodiscard]] int column(const char* name) const;

    QHash<QString, int> m_columnOf;
    QDateTime m_now;
};

} // namespace csodesk
