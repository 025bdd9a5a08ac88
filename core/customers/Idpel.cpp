#include "Idpel.h"

#include "CustomerKey.h"

#include <QCoreApplication>

namespace csodesk {

Result<Idpel> Idpel::parse(const QString& input)
{
    const QString label = QCoreApplication::translate("Customers", "IDPEL");
    auto digits = detail::digitsOfKeyInput(input, label);
    if (!digits.ok())
        return digits.error();
    if (digits->size() != kLength) {
        return makeError(ErrorKind::InvalidInput,
                         QCoreApplication::translate("Customers", "%1 harus %2 digit angka; yang dimasukkan %3 digit.")
                             .arg(label)
                             .arg(kLength)
                             .arg(digits->size()),
                         QStringLiteral("Idpel of %1 digits").arg(digits->size()));
    }
    return Idpel(digits.value());
}

} // namespace csodesk
