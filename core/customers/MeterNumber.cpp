#include "MeterNumber.h"

#include "CustomerKey.h"

#include <QCoreApplication>

namespace csodesk {

Result<MeterNumber> MeterNumber::parse(const QString& input)
{
    auto digits = detail::fixedLengthDigits(input, QCoreApplication::translate("Customers", "Nomor meter"), kLength);
    if (!digits.ok())
        return digits.error();
    return MeterNumber(digits.value());
}

} // namespace csodesk
