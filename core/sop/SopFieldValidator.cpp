#include "SopFieldValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace csodesk {

namespace {

SopFieldCheck fail(const QString& message)
{
    return SopFieldCheck { false, {}, message };
}

SopFieldCheck pass(const QString& value)
{
    return SopFieldCheck { true, value, {} };
}

SopFieldCheck checkEmail(const QString& input)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}$"));
    if (input.contains(QLatin1Char(' ')))
        return fail(QCoreApplication::translate("SopFieldValidator", "Alamat email tidak boleh mengandung spasi."));
    if (input.count(QLatin1Char('@')) != 1)
        return fail(QCoreApplication::translate(
            "SopFieldValidator", "Alamat email harus mengandung tepat satu tanda @, contoh: nama@contoh.co.id."));
    if (!pattern.match(input).hasMatch())
        return fail(QCoreApplication::translate(
            "SopFieldValidator", "Alamat email tidak valid; periksa bagian setelah @ (contoh: nama@contoh.co.id)."));
    return pass(input.toLower());
}

SopFieldCheck checkPhone(const QString& input)
{
    QString digits = input;
    digits.remove(QRegularExpression(QStringLiteral("[\\s.\\-()]")));
    if (digits.startsWith(QLatin1Char('+')))
        digits.remove(0, 1);
    static const QRegularExpression onlyDigits(QStringLiteral("^[0-9]+$"));
    if (!onlyDigits.match(digits).hasMatch())
        return fail(QCoreApplication::translate(
            "SopFieldValidator", "Nomor telepon hanya boleh berisi angka (boleh diawali +62)."));
    if (digits.startsWith(QLatin1String("62")))
        digits = QLatin1Char('0') + digits.mid(2);
    if (!digits.startsWith(QLatin1Char('0')))
        return fail(QCoreApplication::translate(
            "SopFieldValidator", "Nomor telepon harus diawali 0 atau +62, contoh: 081234567890."));
    if (digits.size() < 10 || digits.size() > 13)
        return fail(QCoreApplication::translate(
            "SopFieldValidator", "Nomor telepon harus 10 sampai 13 digit; yang dimasukkan %1 digit.")
                        .arg(digits.size()));
    return pass(digits);
}

SopFieldCheck checkMeterStand(const QString& input)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,9})(?:[.,]([0-9]{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(input);
    if (!match.hasMatch()) {
        if (input.startsWith(QLatin1Char('-')))
            return fail(QCoreApplication::translate("SopFieldValidator", "Stand meter tidak boleh negatif."));
        return fail(QCoreApplication::translate("SopFieldValidator",
            "Stand meter harus berupa angka dengan paling banyak 2 desimal, contoh: 1335 atau 1335,5."));
    }
    QString whole = match.captured(1);
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    QString decimals = match.captured(2);
    if (decimals.size() == 2 && decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    if (decimals.isEmpty())
        decimals = QStringLiteral("0");
    // Written the way bills print stands ("47800,0": decimal comma, one decimal at least), so a
    // typed stand and the bill's stand read alike in the ticket.
    return pass(whole + QLatin1Char(',') + decimals);
}

SopFieldCheck checkText(const SopField& field, const QString& input)
{
    if (input.size() > field.maxLength)
        return fail(QCoreApplication::translate(
            "SopFieldValidator", "Teks terlalu panjang: paling banyak %1 karakter, yang dimasukkan %2.")
                        .arg(field.maxLength)
                        .arg(input.size()));
    return pass(input);
}

} // namespace

SopFieldCheck checkSopField(const SopField& field, const QString& input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        if (field.required)
            return fail(QCoreApplication::translate("SopFieldValidator", "%1 wajib diisi.").arg(field.label));
        return pass({});
    }
    switch (field.type) {
    case SopFieldType::Email:
        return checkEmail(trimmed);
    case SopFieldType::Phone:
        return checkPhone(trimmed);
    case SopFieldType::MeterStand:
        return checkMeterStand(trimmed);
    case SopFieldType::Text:
        return checkText(field, trimmed);
    }
    return fail(QCoreApplication::translate("SopFieldValidator", "Jenis isian tidak dikenal."));
}

} // namespace csodesk
