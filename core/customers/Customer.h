#pragma once

#include <QString>

#include <optional>

namespace csodesk {

enum class PaymentType { Postpaid, Prepaid };

// Invoice-by-e-mail (seed 004): the website handles most requests; what reaches us is whether
// the customer asked for it, has it, or stopped it.
enum class InvoiceEmailState { None, Requested, Subscribed, Unsubscribed };

struct Customer {
    QString idpel; // 12 digits
    QString meterNumber; // 11 digits for prepaid; empty for postpaid
    QString name;
    QString address;
    QString phone;
    QString email;
    QString tariffClass; // "R1", "R1M", "R2", "R3"
    int powerVa = 0;
    PaymentType paymentType = PaymentType::Postpaid;
    QString ulpCode; // the unit that serves the customer ("unit PLN terkait")
    InvoiceEmailState invoiceEmailState = InvoiceEmailState::None;
    QString invoiceEmail;

    [[nodiscard]] bool isPrepaid() const { return paymentType == PaymentType::Prepaid; }
};

// Stored codes; stable, the CSV import and the JSON output use them too.
[[nodiscard]] QString paymentTypeCode(PaymentType type);
[[nodiscard]] std::optional<PaymentType> paymentTypeFromCode(const QString& code);
[[nodiscard]] QString invoiceEmailStateCode(InvoiceEmailState state);
[[nodiscard]] std::optional<InvoiceEmailState> invoiceEmailStateFromCode(const QString& code);

} // namespace csodesk
