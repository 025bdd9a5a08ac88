#pragma once

#include "billing/Money.h"

#include <QDateTime>
#include <QString>

namespace csodesk {

// A prepaid token bought by the customer. The 20-digit token is a secret (anyone can enter
// it): only its masked form is stored ("••••-••••-••••-••••-1234").
struct TokenPurchase {
    qint64 id = 0;
    QString idpel;
    QDateTime purchasedAt; // UTC
    Rupiah amount = 0;
    qint64 energyWh = 0;
    QString tokenMasked;
};

} // namespace csodesk
