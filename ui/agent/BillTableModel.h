#pragma once

#include "billing/Bill.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace csodesk::ui {

// The customer's last bills, newest first, as the agent reads them out: stands, kWh, amount
// the Indonesian way, due date and whether it is paid. Estimated months, corrections and
// unusual jumps are marked in the Remarks column (and explained with the bill explanation).
class BillTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Period, StandStart, StandEnd, Usage, Amount, DueDate, Paid, Remarks, ColumnCount };
    // The bill's period as "YYYY-MM" (for the explanation look-up).
    static constexpr int PeriodRole = Qt::UserRole + 1;
    // true when the row carries a remark worth reading (estimate, correction, jump).
    static constexpr int MarkedRole = Qt::UserRole + 2;

    explicit BillTableModel(QObject* parent = nullptr);

    // `today` (WIB date) decides which unpaid bills are overdue.
    void setBills(const QList<Bill>& bills, const QDate& today);
    void clear();
    [[nodiscard]] const Bill* billAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString remarks(int row) const;

    QList<Bill> m_bills;
    QList<int> m_jumpPercent; // per row; INT_MIN = not computable
    QDate m_today;
};

} // namespace csodesk::ui
