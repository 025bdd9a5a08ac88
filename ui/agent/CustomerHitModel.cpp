#include "CustomerHitModel.h"

#include <QLocale>

namespace csodesk::ui {

void CustomerHitModel::setHits(const QList<CustomerHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

const CustomerHit* CustomerHitModel::hitAt(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int CustomerHitModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int CustomerHitModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerHitModel::data(const QModelIndex& index, int role) const
{
    const CustomerHit* hit = hitAt(index.row());
    if (!hit)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Number)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return index.row() + 1;
    case Name:
        return hit->name;
    case Address:
        return hit->shownAddress();
    case Phone:
        return hit->shownPhone();
    case Idpel:
        return hit->idpel;
    case Unit:
        return hit->ulpCode;
    case Tariff:
        return tr("%1 / %2 VA").arg(hit->tariffClass, QLocale().toString(hit->powerVa));
    default:
        return {};
    }
}

QVariant CustomerHitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No");
    case Name:
        return tr("Nama");
    case Address:
        return tr("Alamat");
    case Phone:
        return tr("Telepon");
    case Idpel:
        return tr("IDPEL");
    case Unit:
        return tr("ULP");
    case Tariff:
        return tr("Tarif/daya");
    default:
        return {};
    }
}

} // namespace csodesk::ui
