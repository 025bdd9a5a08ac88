#pragma once

#include "customers/CustomerHit.h"

#include <QAbstractTableModel>

namespace csodesk::ui {

// A search's customers as the pick list shows them: numbered (the number keys choose), the
// address and phone as CustomerHit shows them.
class CustomerHitModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Name, Address, Phone, Idpel, Unit, Tariff, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setHits(const QList<CustomerHit>& hits);
    [[nodiscard]] const CustomerHit* hitAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<CustomerHit> m_hits;
};

} // namespace csodesk::ui
