#pragma once

#include "Idpel.h"
#include "MeterNumber.h"
#include "common/Result.h"

#include <QString>

namespace csodesk {

// What an agent typed in the search box: a customer's IDPEL or a prepaid meter number.
// A prepaid customer may quote either, so the look-up accepts both and says which it got.
struct CustomerKey {
    enum class Kind { Idpel, MeterNumber };
    Kind kind = Kind::Idpel;
    QString digits; // normalised: 12 (IDPEL) or 11 (meter) ASCII digits

    [[nodiscard]] bool isIdpel() const { return kind == Kind::Idpel; }
};

// Tolerates the separators agents type while reading a number aloud (spaces, dots, dashes);
// rejects letters and any other character, and says why in Indonesian.
[[nodiscard]] Result<CustomerKey> parseCustomerKey(const QString& input);

namespace detail {
// Strips spaces, dots and dashes. Returns the digits, or an error naming the first character
// that is neither a digit nor a separator. `what` is the field name used in the message.
[[nodiscard]] Result<QString> digitsOfKeyInput(const QString& input, const QString& what);
// digitsOfKeyInput, then exactly `length` digits: "IDPEL harus 12 digit angka; yang dimasukkan 11 digit."
[[nodiscard]] Result<QString> fixedLengthDigits(const QString& input, const QString& what, int length);
} // namespace detail

} // namespace csodesk
