#include "Idpel.h"

#include "CustomerKey.h"

#include <QCoreApplication>

namespace csodesk {

Result<Idpel> Idpel::parse(const QString& input)
{
    auto digits = detail::fixedLengthDigits(input, QCoreApplication::translate("Customers", "IDPEL"), kLength);
    if (!digits.ok())
        return digits.error();
    return Idpel(digits.value());
}

} // namespace csodesk
