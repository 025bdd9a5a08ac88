#pragma once

#include "customers/CustomerLookup.h"
#include "sop/SopContext.h"

#include <QString>

namespace csodesk {

// Which bill the SOP texts talk about and its explanation, chosen by the agent (or the newest).
struct SopBillChoice {
    BillingPeriod period; // invalid = the newest bill
    QString billExplanation; // BillExplainer text of that bill; empty = not asked for
};

// The SopContext of a customer lookup, as docs/sop-format.md maps it: customer and ULP from the
// lookup, the bill values from the chosen bill (or the newest). Values the lookup cannot give
// (a prepaid customer has no bill) are left out, so the script shows "(tidak tersedia)" rather
// than an invented number. Stands and kWh use a decimal comma and no thousands separator so the
// stand-dispute suggestion can read them.
[[nodiscard]] SopContext sopContextFromLookup(const CustomerLookup& lookup, const SopBillChoice& choice = {});
// The facts the scripts' conditions are decided on, for the chosen bill (or the newest).
[[nodiscard]] SopFacts sopFactsFromLookup(const CustomerLookup& lookup, const SopBillChoice& choice = {});

// "1.300 VA"
[[nodiscard]] QString formatPowerVa(int powerVa);
// "20 November 2026"
[[nodiscard]] QString formatIndonesianDate(const QDate& date);

} // namespace csodesk
