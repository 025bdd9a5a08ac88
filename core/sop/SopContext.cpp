#include "SopContext.h"

#include <QCoreApplication>

namespace csodesk {

namespace {

// Placeholders filled from SopContext's own members rather than from `values`.
const QStringList& memberPlaceholders()
{
    static const QStringList names { QStringLiteral("idpel"), QStringLiteral("name"), QStringLiteral("unit_code"),
        QStringLiteral("unit_name"), QStringLiteral("payment_type") };
    return names;
}

Error badContext(const QString& why)
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("SopContext", "Data pelanggan untuk SOP tidak valid: %1").arg(why),
        QStringLiteral("bad sop context json"));
}

} // namespace

const QList<SopPlaceholderInfo>& sopPlaceholders()
{
    static const QList<SopPlaceholderInfo> list {
        { QStringLiteral("idpel"), QStringLiteral("IDPEL pelanggan (12 digit)"), QStringLiteral("541100000123") },
        { QStringLiteral("name"), QStringLiteral("Nama pelanggan"), QStringLiteral("Budi Santoso") },
        { QStringLiteral("unit_code"), QStringLiteral("Kode ULP pelanggan"), QStringLiteral("54110") },
        { QStringLiteral("unit_name"), QStringLiteral("Nama ULP pelanggan"), QStringLiteral("ULP Bandung Utara") },
        { QStringLiteral("payment_type"), QStringLiteral("Jenis pembayaran: postpaid atau prepaid"),
            QStringLiteral("postpaid") },
        { QStringLiteral("tariff"), QStringLiteral("Golongan tarif"), QStringLiteral("R-1") },
        { QStringLiteral("power_va"), QStringLiteral("Daya tersambung (VA), terformat"), QStringLiteral("1.300 VA") },
        { QStringLiteral("invoice_email"), QStringLiteral("Alamat email invoice yang terdaftar (kosong bila belum)"),
            QStringLiteral("budi@example.com") },
        { QStringLiteral("period"), QStringLiteral("Bulan rekening terakhir"), QStringLiteral("November 2026") },
        { QStringLiteral("amount"), QStringLiteral("Jumlah tagihan rekening terakhir, terformat"),
            QStringLiteral("Rp245.600") },
        { QStringLiteral("due_date"), QStringLiteral("Tanggal jatuh tempo rekening terakhir"),
            QStringLiteral("20 November 2026") },
        { QStringLiteral("stand_start"), QStringLiteral("Stand awal pada rekening terakhir"),
            QStringLiteral("1000,0") },
        { QStringLiteral("stand_end"), QStringLiteral("Stand akhir pada rekening terakhir"), QStringLiteral("1335,0") },
        { QStringLiteral("kwh"), QStringLiteral("Pemakaian kWh pada rekening terakhir"), QStringLiteral("335") },
        { QStringLiteral("estimated_from"),
            QStringLiteral("Bulan-bulan dasar rata-rata bila rekening terakhir dihitung dari rata-rata 3 bulan"),
            QStringLiteral("Juli, Agustus dan September 2026") },
        { QStringLiteral("bill_explanation"),
            QStringLiteral("Penjelasan perhitungan rekening terakhir untuk dibacakan"),
            QStringLiteral("Rekening November 2026 dihitung dari rata-rata ...") },
        { QStringLiteral("last_read_stand"),
            QStringLiteral("Stand terakhir yang diterima (rekening dari pembacaan meter atau laporan yang diterima)"),
            QStringLiteral("1335,0") },
        { QStringLiteral("last_read_from"), QStringLiteral("Asal stand terakhir yang diterima"),
            QStringLiteral("rekening November 2026") },
        { QStringLiteral("arrears_total"), QStringLiteral("Total tunggakan termasuk biaya keterlambatan, terformat"),
            QStringLiteral("Rp0") },
    };
    return list;
}

bool isSopPlaceholder(const QString& name)
{
    for (const SopPlaceholderInfo& info : sopPlaceholders()) {
        if (info.name == name)
            return true;
    }
    return false;
}

QString SopContext::value(const QString& placeholder) const
{
    if (placeholder == QLatin1String("idpel"))
        return customerIdpel;
    if (placeholder == QLatin1String("name"))
        return customerName;
    if (placeholder == QLatin1String("unit_code"))
        return unitCode;
    if (placeholder == QLatin1String("unit_name"))
        return unitName;
    if (placeholder == QLatin1String("payment_type"))
        return paymentType;
    return values.value(placeholder);
}

Result<SopContext> sopContextFromJson(const QJsonObject& json)
{
    SopContext context;
    const QJsonObject customer = json.value(QStringLiteral("customer")).toObject();
    context.customerIdpel = customer.value(QStringLiteral("idpel")).toString();
    context.customerName = customer.value(QStringLiteral("name")).toString();
    context.paymentType = customer.value(QStringLiteral("payment_type")).toString();
    const QJsonObject unit = customer.value(QStringLiteral("unit")).toObject();
    context.unitCode = unit.value(QStringLiteral("code")).toString();
    context.unitName = unit.value(QStringLiteral("name")).toString();
    if (context.customerIdpel.isEmpty())
        return badContext(QStringLiteral("customer.idpel kosong"));
    if (context.unitCode.isEmpty())
        return badContext(QStringLiteral("customer.unit.code kosong (unit tujuan keluhan)"));
    const QJsonObject values = json.value(QStringLiteral("values")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (!isSopPlaceholder(it.key()) || memberPlaceholders().contains(it.key()))
            return badContext(QStringLiteral("nilai \"%1\" bukan placeholder yang dikenal").arg(it.key()));
        if (!it.value().isString())
            return badContext(QStringLiteral("nilai \"%1\" harus berupa teks").arg(it.key()));
        context.values.insert(it.key(), it.value().toString());
    }
    const QJsonObject facts = json.value(QStringLiteral("facts")).toObject();
    for (auto it = facts.constBegin(); it != facts.constEnd(); ++it) {
        if (!isSopFact(it.key()))
            return badContext(QStringLiteral("fakta \"%1\" tidak dikenal").arg(it.key()));
        if (!it.value().isBool())
            return badContext(QStringLiteral("fakta \"%1\" harus true atau false").arg(it.key()));
        context.facts.insert(it.key(), it.value().toBool());
    }
    return context;
}

QJsonObject sopContextToJson(const SopContext& context)
{
    QJsonObject values;
    for (auto it = context.values.cbegin(); it != context.values.cend(); ++it)
        values.insert(it.key(), it.value());
    QJsonObject facts;
    for (auto it = context.facts.cbegin(); it != context.facts.cend(); ++it)
        facts.insert(it.key(), it.value());
    return QJsonObject {
        { QStringLiteral("customer"),
            QJsonObject { { QStringLiteral("idpel"), context.customerIdpel },
                { QStringLiteral("name"), context.customerName },
                { QStringLiteral("payment_type"), context.paymentType },
                { QStringLiteral("unit"),
                    QJsonObject { { QStringLiteral("code"), context.unitCode },
                        { QStringLiteral("name"), context.unitName } } } } },
        { QStringLiteral("values"), values },
        { QStringLiteral("facts"), facts },
    };
}

} // namespace csodesk
