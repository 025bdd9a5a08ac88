#pragma once

#include "DemoRandom.h"
#include "billing/BillingPeriod.h"
#include "calls/CallCustomer.h"
#include "sop/SopAnswers.h"

#include <QList>
#include <QString>

#include <optional>

namespace csodesk {

// What a demo caller wants, as the agent answers the SOP for it: the document, and the choices
// and typed values at its ask and collect nodes. The scripts' texts, the ticket's kind, type,
// routing and description all come from the SOP document itself, never from here.
struct DemoCallScript {
    QString sopId;
    QList<SopAnswer> answers;
    // The bill the caller asks about when it is not the newest (an averaged month).
    std::optional<BillingPeriod> billPeriod;
};

// What decides which calls fit a customer, known before the call from the customer's rows
// (DemoTicketSql) and during it from the look-up.
struct DemoCallerProfile {
    bool postpaid = false;
    bool hasBill = false; // a bill the SOP can talk about
    bool subscribedToInvoices = false; // invoice by e-mail, with the address on record
    bool averagedBill = false; // a month billed on the 3-month average among the bills shown
};

namespace demo_calls {

// How many kinds of call there are; a kind is chosen by weight (pickKind) per planned call.
[[nodiscard]] int kindCount();
[[nodiscard]] int pickKind(DemoRandom& random);

// Whether call kind `kind` fits a caller with `profile` (the one rule scriptFor follows too).
[[nodiscard]] bool fits(int kind, const DemoCallerProfile& profile);
[[nodiscard]] DemoCallerProfile profileOf(const CallCustomer& customer);

// The script of call kind `kind` for `customer`, or nullopt when that kind of call does not
// fit them (no bill to talk about, no averaged month, no invoice subscription to change).
// Values the caller gives (an e-mail, a stand read from the meter) are drawn from `random`.
[[nodiscard]] std::optional<DemoCallScript> scriptFor(int kind, const CallCustomer& customer, DemoRandom& random);

// A note an agent sometimes adds to the ticket, or an empty string.
[[nodiscard]] QString agentNote(DemoRandom& random);

} // namespace demo_calls

} // namespace csodesk
