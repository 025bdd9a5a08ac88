#include "CustomerSearchQuery.h"

#include "SearchText.h"

#include <QCoreApplication>

#include <algorithm>

namespace csodesk {

namespace {

Error invalid(const QString& message, const char* detail)
{
    return makeError(ErrorKind::InvalidInput, message, QString::fromLatin1(detail));
}

Result<CustomerSearchQuery> wordsQuery(const QString& text)
{
    CustomerSearchQuery query;
    query.kind = CustomerSearchQuery::Kind::Words;
    query.words = searchWords(text);
    const bool hasLongWord
        = std::any_of(query.words.cbegin(), query.words.cend(), [](const QString& w) { return w.size() >= 3; });
    if (!hasLongWord)
        return invalid(
            QCoreApplication::translate("Customers", "Ketik sedikitnya 3 huruf dari nama atau alamat pelanggan."),
            "no search word of 3+ letters");
    if (query.words.size() > CustomerSearchQuery::kMaxWords) {
        return invalid(QCoreApplication::translate(
                           "Customers", "Paling banyak %1 kata; yang diketik %2. Cukup nama dan nama jalan atau desa.")
                           .arg(CustomerSearchQuery::kMaxWords)
                           .arg(query.words.size()),
            "too many search words");
    }
    return query;
}

} // namespace

Result<CustomerSearchQuery> CustomerSearchQuery::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(QCoreApplication::translate(
                           "Customers", "Ketik IDPEL, nomor meter, nomor telepon, atau nama dan alamat pelanggan."),
            "empty search");
    if (std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isLetter(); }))
        return wordsQuery(trimmed);

    const QString phone = nationalPhone(trimmed);
    if (phone.isEmpty()) {
        // Digits with a character that belongs to no number: say which one.
        const auto* const odd = std::find_if(trimmed.cbegin(), trimmed.cend(),
            [](QChar c) { return !c.isDigit() && !c.isSpace() && QStringLiteral("+-.()/").indexOf(c) < 0; });
        return invalid(QCoreApplication::translate("Customers",
                           "Karakter '%1' tidak dikenali: ketik angka (IDPEL, nomor meter, telepon) atau nama.")
                           .arg(odd == trimmed.cend() ? trimmed : QString(*odd)),
            "odd character in a number");
    }
    const bool international = trimmed.startsWith(QLatin1Char('+'));
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits.append(c);
    }
    const bool keyLength = digits.size() == 11 || digits.size() == 12;
    if (!international && keyLength && !digits.startsWith(QLatin1Char('0'))) {
        auto key = parseCustomerKey(digits);
        if (!key.ok())
            return key.error();
        CustomerSearchQuery query;
        query.kind = Kind::Key;
        query.key = key.value();
        if (digits.startsWith(QLatin1String("62")))
            query.phone = phone;
        return query;
    }
    if (phone.startsWith(QLatin1Char('0'))) {
        if (phone.size() < kMinPhoneDigits) {
            return invalid(QCoreApplication::translate(
                               "Customers", "Nomor telepon sedikitnya %1 digit (mis. 0812…); yang dimasukkan %2 digit.")
                               .arg(kMinPhoneDigits)
                               .arg(phone.size()),
                "phone too short");
        }
        if (phone.size() > kMaxPhoneDigits) {
            return invalid(QCoreApplication::translate(
                               "Customers", "Nomor telepon paling banyak %1 digit; yang dimasukkan %2 digit.")
                               .arg(kMaxPhoneDigits)
                               .arg(phone.size()),
                "phone too long");
        }
        CustomerSearchQuery query;
        query.kind = Kind::Phone;
        query.phone = phone;
        return query;
    }
    return invalid(QCoreApplication::translate("Customers",
                       "Masukkan IDPEL (12 digit), nomor meter (11 digit), nomor telepon (08… atau +62…), atau "
                       "nama; yang dimasukkan %1 digit.")
                       .arg(digits.size()),
        "number that is no key and no phone");
}

CustomerSearchQuery CustomerSearchQuery::asPhone() const
{
    CustomerSearchQuery query;
    query.kind = Kind::Phone;
    query.phone = phone;
    return query;
}

QString CustomerSearchQuery::auditWhat() const
{
    switch (kind) {
    case Kind::Key:
        return (key.isIdpel() ? QStringLiteral("idpel ") : QStringLiteral("meter ")) + key.digits;
    case Kind::Phone:
        return QStringLiteral("phone ") + phone;
    case Kind::Words:
        break;
    }
    return QStringLiteral("name ") + words.join(QLatin1Char(' '));
}

} // namespace csodesk
