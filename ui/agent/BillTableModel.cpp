#include "BillTableModel.h"

#include "billing/EnergyQuantity.h"
#include "billing/UsageJump.h"
#include "common/TimeUtil.h"
#include "toolkit/Format.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <climits>

namespace csodesk::ui {

BillTableModel::BillTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BillTableModel::setBills(const QList<Bill>& bills, const QDate& today)
{
    beginResetModel();
    m_bills = bills;
    m_today = today;
    m_jumpPercent.clear();
    for (const Bill& bill : m_bills) {
        const auto jump = usageJump(bill, m_bills);
        m_jumpPercent.append(jump && jump->unusual ? jump->percent : INT_MIN);
    }
    endResetModel();
}

void BillTableModel::clear()
{
    setBills({}, m_today);
}

const Bill* BillTableModel::billAt(int row) const
{
    return row >= 0 && row < m_bills.size() ? &m_bills.at(row) : nullptr;
}

int BillTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_bills.size());
}

int BillTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BillTableModel::remarks(int row) const
{
    const Bill& bill = m_bills.at(row);
    QStringList parts;
    if (bill.estimated)
        parts << tr("Taksiran");
    if (bill.correctionWh != 0)
        parts << tr("Koreksi %1%2 kWh")
                     .arg(bill.correctionWh > 0 ? QStringLiteral("+") : QString(),
                         EnergyQuantity::fromWh(bill.correctionWh).toKwhText(0));
    if (m_jumpPercent.at(row) != INT_MIN)
        parts << tr("Naik %1%").arg(m_jumpPercent.at(row));
    return parts.join(QStringLiteral(" · "));
}

QVariant BillTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Bill& bill = m_bills.at(index.row());
    const bool overdue = !bill.isPaid() && m_today.isValid() && bill.dueDate < m_today;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Period:
            return bill.period.displayName();
        case StandStart:
            return formatStand(bill.standStartWh);
        case StandEnd:
            return formatStand(bill.standEndWh);
        case Usage:
            return formatKwh(bill.usageWh);
        case Amount:
            return formatRupiah(bill.total);
        case DueDate:
            return bill.dueDate.toString(QStringLiteral("dd-MM-yyyy"));
        case Paid:
            if (bill.isPaid())
                return tr("Lunas %1").arg(formatWibDate(*bill.paidAt));
            return overdue ? tr("Belum dibayar (lewat jatuh tempo)") : tr("Belum dibayar");
        case Remarks:
            return remarks(index.row());
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case StandStart:
        case StandEnd:
        case Usage:
        case Amount:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if (index.column() == Paid && !bill.isPaid())
            return QBrush(overdue ? QColor(0xb0, 0x1e, 0x1e) : QColor(0x8a, 0x5a, 0x00));
        if (index.column() == Remarks)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        return {};
    case Qt::FontRole:
        if (index.column() == Paid && overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (bill.estimated && !bill.estimatedFrom.isEmpty()) {
            QStringList months;
            for (const BillingPeriod& period : bill.estimatedFrom)
                months << period.displayName();
            return tr("Taksiran: dihitung dari rata-rata %1. Tekan F4 untuk penjelasan.")
                .arg(months.join(QStringLiteral(", ")));
        }
        return tr("Tekan F4 untuk penjelasan tagihan ini.");
    case PeriodRole:
        return bill.period.toString();
    case MarkedRole:
        return !remarks(index.row()).isEmpty();
    default:
        return {};
    }
}

QVariant BillTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Period:
        return tr("Bulan");
    case StandStart:
        return tr("Stand awal");
    case StandEnd:
        return tr("Stand akhir");
    case Usage:
        return tr("Pemakaian");
    case Amount:
        return tr("Tagihan");
    case DueDate:
        return tr("Jatuh tempo");
    case Paid:
        return tr("Pembayaran");
    case Remarks:
        return tr("Catatan");
    default:
        return {};
    }
}

} // namespace csodesk::ui
