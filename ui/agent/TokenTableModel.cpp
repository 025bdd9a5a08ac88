#include "TokenTableModel.h"

#include "billing/EnergyQuantity.h"
#include "toolkit/Format.h"

namespace csodesk::ui {

TokenTableModel::TokenTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TokenTableModel::setPurchases(const QList<TokenPurchase>& purchases)
{
    beginResetModel();
    m_purchases = purchases;
    endResetModel();
}

int TokenTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_purchases.size());
}

int TokenTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TokenTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TokenPurchase& purchase = m_purchases.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PurchasedAt:
            return formatWibDateTime(purchase.purchasedAt);
        case Amount:
            return formatRupiah(purchase.amount);
        case Energy:
            return QString(EnergyQuantity::fromWh(purchase.energyWh).toKwhText(1) + QStringLiteral(" kWh"));
        case Token:
            return purchase.tokenMasked;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Amount || index.column() == Energy ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PurchasedAt:
        return tr("Waktu pembelian");
    case Amount:
        return tr("Nominal");
    case Energy:
        return tr("Energi");
    case Token:
        return tr("Token");
    default:
        return {};
    }
}

} // namespace csodesk::ui
