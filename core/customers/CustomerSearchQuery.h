#pragma once

#include "CustomerKey.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace csodesk {

// What the agent typed into the one search field, understood: an IDPEL or a meter number
// (straight to the customer), a phone number, or words of a name or an address.
struct CustomerSearchQuery {
    enum class Kind { Key, Phone, Words };

    static constexpr int kMinPhoneDigits = 9; // "08" and at least 7 more
    static constexpr int kMaxPhoneDigits = 13;
    static constexpr int kMaxWords = 6;

    Kind kind = Kind::Words;
    CustomerKey key; // Kind::Key
    // Kind::Phone: the national form searched for. Kind::Key: set when the digits may also be
    // a phone written "62..." (11 or 12 digits): searched when no customer has that key.
    QString phone;
    QStringList words; // Kind::Words: folded (SearchText)

    // InvalidInput, with an Indonesian message saying what to type, for anything that is
    // none of the three.
    [[nodiscard]] static Result<CustomerSearchQuery> parse(const QString& text);
    // The same search for the phone fallback of a Kind::Key query.
    [[nodiscard]] CustomerSearchQuery asPhone() const;

    // How the access log names the search: "name neneng pattiasina", "phone 08123456789".
    [[nodiscard]] QString auditWhat() const;
};

} // namespace csodesk
