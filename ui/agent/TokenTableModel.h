#pragma once

#include "customers/TokenPurchase.h"

#include <QAbstractTableModel>
#include <QList>

namespace csodesk::ui {

// A prepaid customer's recent token purchases, newest first (they have no bills). The token
// itself is shown masked, as stored: reading it out would hand it to whoever listens.
class TokenTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PurchasedAt, Amount, Energy, Token, ColumnCount };

    explicit TokenTableModel(QObject* parent = nullptr);

    void setPurchases(const QList<TokenPurchase>& purchases);
    void clear() { setPurchases({}); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TokenPurchase> m_purchases;
};

} // namespace csodesk::ui
