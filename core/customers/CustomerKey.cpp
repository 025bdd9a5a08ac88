#include "CustomerKey.h"

#include <QCoreApplication>

namespace csodesk {

namespace {

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

namespace detail {

Result<QString> digitsOfKeyInput(const QString& input, const QString& what)
{
    QString digits;
    digits.reserve(input.size());
    for (const QChar c : input) {
        if (isAsciiDigit(c)) {
            digits.append(c);
        } else if (!isSeparator(c)) {
            return makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("Customers", "%1 hanya boleh berisi angka; karakter '%2' tidak dikenali.")
                    .arg(what, QString(c)),
                QStringLiteral("non-digit in customer key"));
        }
    }
    if (digits.isEmpty())
        return makeError(ErrorKind::InvalidInput, QCoreApplication::translate("Customers", "%1 belum diisi.").arg(what),
            QStringLiteral("empty customer key"));
    return digits;
}

Result<QString> fixedLengthDigits(const QString& input, const QString& what, int length)
{
    auto digits = digitsOfKeyInput(input, what);
    if (!digits.ok())
        return digits.error();
    if (digits->size() != length) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Customers", "%1 harus %2 digit angka; yang dimasukkan %3 digit.")
                .arg(what)
                .arg(length)
                .arg(digits->size()),
            QStringLiteral("%1 digits where %2 are needed").arg(digits->size()).arg(length));
    }
    return digits;
}

} // namespace detail

Result<CustomerKey> parseCustomerKey(const QString& input)
{
    auto digits = detail::digitsOfKeyInput(input, QCoreApplication::translate("Customers", "IDPEL atau nomor meter"));
    if (!digits.ok())
        return digits.error();
    const qsizetype length = digits->size();
    if (length == Idpel::kLength)
        return CustomerKey { CustomerKey::Kind::Idpel, digits.value() };
    if (length == MeterNumber::kLength)
        return CustomerKey { CustomerKey::Kind::MeterNumber, digits.value() };
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate(
            "Customers", "Masukkan IDPEL (12 digit) atau nomor meter (11 digit); yang dimasukkan %1 digit.")
            .arg(length),
        QStringLiteral("customer key of %1 digits").arg(length));
}

} // namespace csodesk
