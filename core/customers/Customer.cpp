#include "Customer.h"

namespace csodesk {

QString paymentTypeCode(PaymentType type)
{
    return type == PaymentType::Prepaid ? QStringLiteral("prepaid") : QStringLiteral("postpaid");
}

std::optional<PaymentType> paymentTypeFromCode(const QString& code)
{
    const QString text = code.trimmed().toLower();
    if (text == QLatin1String("postpaid") || text == QLatin1String("pascabayar"))
        return PaymentType::Postpaid;
    if (text == QLatin1String("prepaid") || text == QLatin1String("prabayar"))
        return PaymentType::Prepaid;
    return std::nullopt;
}

QString invoiceEmailStateCode(InvoiceEmailState state)
{
    switch (state) {
    case InvoiceEmailState::Requested:
        return QStringLiteral("requested");
    case InvoiceEmailState::Subscribed:
        return QStringLiteral("subscribed");
    case InvoiceEmailState::Unsubscribed:
        return QStringLiteral("unsubscribed");
    case InvoiceEmailState::None:
        break;
    }
    return QStringLiteral("none");
}

std::optional<InvoiceEmailState> invoiceEmailStateFromCode(const QString& code)
{
    const QString text = code.trimmed().toLower();
    if (text.isEmpty() || text == QLatin1String("none"))
        return InvoiceEmailState::None;
    if (text == QLatin1String("requested"))
        return InvoiceEmailState::Requested;
    if (text == QLatin1String("subscribed"))
        return InvoiceEmailState::Subscribed;
    if (text == QLatin1String("unsubscribed"))
        return InvoiceEmailState::Unsubscribed;
    return std::nullopt;
}

} // namespace csodesk
