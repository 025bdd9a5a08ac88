#pragma once

#include "Customer.h"
#include "CustomerSearchQuery.h"

#include <QList>
#include <QString>

namespace csodesk {

// One customer a search found: enough to tell the caller's account from the others before it
// is opened (opening it is the look-up, with its own access record).
struct CustomerHit {
    QString idpel;
    QString meterNumber; // empty for postpaid
    QString name;
    QString address;
    QString phone;
    QString ulpCode;
    QString tariffClass;
    int powerVa = 0;
    PaymentType paymentType = PaymentType::Postpaid;

    // What the pick list shows, so that a glance over the agent's shoulder does not take a
    // customer's whole address and number away: the street without its house number, RT/RW
    // and province left out ("Jl. Mawar No. ••, Sukajadi, Bandung"), the phone masked.
    [[nodiscard]] QString shownAddress() const;
    [[nodiscard]] QString shownPhone() const;
};

struct CustomerSearchResult {
    CustomerSearchQuery query;
    QList<CustomerHit> hits; // best first
    bool more = false; // more customers matched than were shown: the agent should narrow it
};

} // namespace csodesk
