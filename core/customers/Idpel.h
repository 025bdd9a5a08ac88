#pragma once

#include "common/Result.h"

#include <QString>

namespace csodesk {

// ID pelanggan: exactly 12 digits. No check digit is known, and the leading digits only
// loosely follow the unit hierarchy (units are re-coded, IDPELs are not), so the digits are
// all there is to validate.
class Idpel {
public:
    static constexpr int kLength = 12;

    [[nodiscard]] static Result<Idpel> parse(const QString& input);

    [[nodiscard]] const QString& digits() const { return m_digits; }
    bool operator==(const Idpel&) const = default;

private:
    explicit Idpel(QString digits)
        : m_digits(std::move(digits))
    {
    }
    QString m_digits;
};

} // namespace csodesk
