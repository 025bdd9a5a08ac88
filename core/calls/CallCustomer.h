#pragma once

#include "billing/BillingPeriod.h"
#include "customers/CustomerLookup.h"
#include "sop/SopContext.h"

#include <QString>

namespace csodesk {

// One customer served in a call: what the look-up found, and the bill the SOP talks about.
struct CallCustomer {
    CustomerLookup lookup;
    BillingPeriod billPeriod; // invalid: no bill (prepaid, or none stored)
    QString billExplanation; // of billPeriod's bill; empty when it could not be made

    [[nodiscard]] const QString& idpel() const { return lookup.customer.idpel; }
    // The placeholders' values for the SOP scripts.
    [[nodiscard]] SopContext sopContext() const;
};

} // namespace csodesk
