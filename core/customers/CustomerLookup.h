#pragma once

#include "Customer.h"
#include "CustomerKey.h"
#include "MeterReading.h"
#include "TokenPurchase.h"
#include "Unit.h"
#include "billing/Bill.h"

#include <QDateTime>
#include <QList>

namespace csodesk {

// Unpaid bills past their due date (WIB) and what settling them costs today, late fees
// included. A bill not yet due is the current bill, not arrears (CustomerLookup::currentBills).
struct Arrears {
    QList<Bill> unpaidBills; // overdue, oldest first
    Rupiah billsTotal = 0; // sum of the bills' totals
    Rupiah lateFees = 0; // late fees owed on the overdue ones
    Rupiah total = 0; // what the customer must pay now

    [[nodiscard]] bool isEmpty() const { return unpaidBills.isEmpty(); }
};

// A previous ticket of the customer, as the look-up shows it (filled through a
// TicketHistorySource, implemented by core/tickets).
struct CustomerTicketRef {
    QString ticketNumber;
    QString kind; // ISSUE_CLOSED / KELUHAN
    QString subIssueTypeId;
    QString status; // closed / open / done_by_unit / cancelled
    QDateTime createdAt; // UTC, the filing time
    QString summary; // the work-order description
};

// Everything an agent sees after typing an IDPEL or a meter number.
struct CustomerLookup {
    CustomerKey::Kind matchedBy = CustomerKey::Kind::Idpel;
    Customer customer;
    QList<Unit> units; // ULP, UP3, main unit
    QList<Bill> bills; // the last 12, newest first
    Arrears arrears;
    QList<Bill> currentBills; // unpaid and not yet due (normally the newest one), oldest first
    QDate asOf; // the day (WIB) the look-up was made: what "due" and "overdue" are measured on
    QList<MeterReading> readings; // recent, newest first
    QList<TokenPurchase> tokenPurchases; // recent, newest first
    QList<CustomerTicketRef> tickets; // newest first; see CustomerLookupService::setTicketHistory
    bool ticketsUnavailable = false; // the history could not be read (the customer still can)

    [[nodiscard]] const Unit* ulp() const { return units.isEmpty() ? nullptr : &units.first(); }
};

} // namespace csodesk
