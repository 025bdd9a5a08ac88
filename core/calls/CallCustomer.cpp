#include "CallCustomer.h"

#include "sop/SopContextBuilder.h"

namespace csodesk {

SopContext CallCustomer::sopContext() const
{
    SopBillChoice bill;
    bill.period = billPeriod;
    bill.billExplanation = billExplanation;
    return sopContextFromLookup(lookup, bill);
}

} // namespace csodesk
