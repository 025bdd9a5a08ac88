#pragma once

#include "common/Result.h"

#include <QString>

namespace csodesk {

// A prepaid kWh meter's number: exactly 11 digits (printed on the meter and on token receipts).
class MeterNumber {
public:
    static constexpr int kLength = 11;

    [[nodiscard]] static Result<MeterNumber> parse(const QString& input);

    [[nodiscard]] const QString& digits() const { return m_digits; }
    bool operator==(const MeterNumber&) const = default;

private:
    explicit MeterNumber(QString digits)
        : m_digits(std::move(digits))
    {
    }
    QString m_digits;
};

} // namespace csodesk
