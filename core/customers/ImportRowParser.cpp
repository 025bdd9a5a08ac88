#include "ImportRowParser.h"

#include "Idpel.h"
#include "MeterNumber.h"
#include "billing/Money.h"
#include "billing/TariffBook.h"
#include "common/TimeUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace csodesk {

namespace {

// A payment or a reading a few minutes "ahead" is two clocks disagreeing, not the future.
constexpr qint64 kClockSkewSeconds = qint64 { 10 } * 60;

std::optional<bool> parseFlag(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("ya") || t == QLatin1String("y"))
        return true;
    if (t.isEmpty() || t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("tidak")
        || t == QLatin1String("n"))
        return false;
    return std::nullopt;
}

} // namespace

QString importKindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Bills:
        return QStringLiteral("bills");
    case ImportKind::Readings:
        return QStringLiteral("readings");
    case ImportKind::Units:
        return QStringLiteral("units");
    case ImportKind::Customers:
        break;
    }
    return QStringLiteral("customers");
}

QStringList importColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Bills:
        return QStringLiteral(
            "idpel,period,stand_start,stand_end,meter_factor,kwh,estimated,estimated_from,correction_kwh,"
            "energy_charge,fixed_charge,ppj,ppn,late_fee,total,due_date,paid_at,payment_channel")
            .split(QLatin1Char(','));
    case ImportKind::Readings:
        return QStringLiteral("idpel,source,reported_at,stand").split(QLatin1Char(','));
    case ImportKind::Units:
        return QStringLiteral("code,level,name,parent_code,province,city,ppj_percent").split(QLatin1Char(','));
    case ImportKind::Customers:
        break;
    }
    return QStringLiteral("idpel,meter_number,name,address,phone,email,tariff,power_va,payment_type,ulp_code,"
                          "invoice_email_state,invoice_email")
        .split(QLatin1Char(','));
}

int ImportRowParser::column(const char* name) const
{
    return m_columnOf.value(QString::fromLatin1(name), -1) + 1;
}

QString ImportRowParser::field(const QStringList& fields, const char* name) const
{
    return fields.value(m_columnOf.value(QString::fromLatin1(name), -1));
}

std::optional<QDateTime> ImportRowParser::parseTime(const QString& input)
{
    const QString text = input.trimmed();
    static const QRegularExpression local(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2})(:\\d{2})?$"));
    const QRegularExpressionMatch match = local.match(text);
    if (match.hasMatch()) {
        const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
        const QTime time = QTime::fromString(
            match.captured(2) + (match.captured(3).isEmpty() ? QStringLiteral(":00") : match.captured(3)), Qt::ISODate);
        if (!date.isValid() || !time.isValid())
            return std::nullopt;
        return QDateTime(date, time, wibTimeZone()).toUTC();
    }
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid() && iso.timeSpec() != Qt::LocalTime)
        return iso.toUTC();
    return std::nullopt;
}

std::optional<Unit> ImportRowParser::unit(const QStringList& fields, QList<RowProblem>& problems) const
{
    const qsizetype before = problems.size();
    Unit unit;
    unit.code = field(fields, "code");
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d{2,5}$"));
    if (!digitsOnly.match(unit.code).hasMatch())
        problems.append(
            { column("code"), QCoreApplication::translate("Import", "kode unit harus 2 sampai 5 digit angka") });
    if (auto level = unitLevelFromCode(field(fields, "level").toLower()))
        unit.level = *level;
    else
        problems.append(
            { column("level"), QCoreApplication::translate("Import", "tingkat unit harus main, up3 atau ulp") });
    unit.name = field(fields, "name");
    if (unit.name.isEmpty())
        problems.append({ column("name"), QCoreApplication::translate("Import", "nama unit kosong") });
    unit.parentCode = field(fields, "parent_code");
    if (unit.level != Unit::Level::Main && unit.parentCode.isEmpty())
        problems.append(
            { column("parent_code"), QCoreApplication::translate("Import", "UP3 dan ULP harus punya unit induk") });
    unit.province = field(fields, "province");
    unit.city = field(fields, "city");
    const QString ppj = field(fields, "ppj_percent");
    if (!ppj.isEmpty()) {
        if (auto bp = parsePercentBasisPoints(ppj); bp.ok())
            unit.ppjBasisPoints = bp.value();
        else
            problems.append({ column("ppj_percent"), bp.error().message });
    } else if (unit.level == Unit::Level::Ulp) {
        problems.append(
            { column("ppj_percent"), QCoreApplication::translate("Import", "ULP harus punya tarif PPJ daerahnya") });
    }
    if (problems.size() != before)
        return std::nullopt;
    return unit;
}

std::optional<Customer> ImportRowParser::customer(const QStringList& fields, QList<RowProblem>& problems) const
{
    const qsizetype before = problems.size();
    Customer c;
    if (auto idpel = Idpel::parse(field(fields, "idpel")); idpel.ok())
        c.idpel = idpel->digits();
    else
        problems.append({ column("idpel"), idpel.error().message });
    c.paymentType = PaymentType::Postpaid;
    if (auto type = paymentTypeFromCode(field(fields, "payment_type")))
        c.paymentType = *type;
    else
        problems.append({ column("payment_type"),
            QCoreApplication::translate("Import", "jenis pembayaran harus 'postpaid' atau 'prepaid'") });
    const QString meter = field(fields, "meter_number");
    if (!meter.isEmpty()) {
        if (auto parsed = MeterNumber::parse(meter); parsed.ok())
            c.meterNumber = parsed->digits();
        else
            problems.append({ column("meter_number"), parsed.error().message });
    } else if (c.paymentType == PaymentType::Prepaid) {
        problems.append({ column("meter_number"),
            QCoreApplication::translate("Import", "pelanggan prabayar harus punya nomor meter") });
    }
    c.name = field(fields, "name");
    if (c.name.isEmpty())
        problems.append({ column("name"), QCoreApplication::translate("Import", "nama pelanggan kosong") });
    c.address = field(fields, "address");
    c.phone = field(fields, "phone");
    c.email = field(fields, "email");
    if (!c.email.isEmpty() && !c.email.contains(QLatin1Char('@')))
        problems.append({ column("email"), QCoreApplication::translate("Import", "alamat e-mail tidak sah") });
    c.tariffClass = TariffBook::normalizeClassCode(field(fields, "tariff"));
    if (c.tariffClass.isEmpty())
        problems.append({ column("tariff"), QCoreApplication::translate("Import", "golongan tarif kosong") });
    bool powerOk = false;
    c.powerVa = field(fields, "power_va").toInt(&powerOk);
    if (!powerOk || c.powerVa <= 0)
        problems.append(
            { column("power_va"), QCoreApplication::translate("Import", "daya harus bilangan bulat VA lebih dari 0") });
    c.ulpCode = field(fields, "ulp_code");
    if (c.ulpCode.isEmpty())
        problems.append({ column("ulp_code"), QCoreApplication::translate("Import", "kode ULP kosong") });
    if (auto state = invoiceEmailStateFromCode(field(fields, "invoice_email_state")))
        c.invoiceEmailState = *state;
    else
        problems.append({ column("invoice_email_state"),
            QCoreApplication::translate(
                "Import", "status invoice e-mail harus none, requested, subscribed atau unsubscribed") });
    c.invoiceEmail = field(fields, "invoice_email");
    if ((c.invoiceEmailState == InvoiceEmailState::Subscribed || c.invoiceEmailState == InvoiceEmailState::Requested)
        && !c.invoiceEmail.contains(QLatin1Char('@')))
        problems.append({ column("invoice_email"),
            QCoreApplication::translate("Import", "langganan invoice e-mail membutuhkan alamat e-mail") });
    if (problems.size() != before)
        return std::nullopt;
    return c;
}

std::optional<Bill> ImportRowParser::bill(const QStringList& fields, QList<RowProblem>& problems) const
{
    const qsizetype before = problems.size();
    Bill b;
    if (auto idpel = Idpel::parse(field(fields, "idpel")); idpel.ok())
        b.idpel = idpel->digits();
    else
        problems.append({ column("idpel"), idpel.error().message });
    if (auto period = BillingPeriod::parse(field(fields, "period")); period.ok())
        b.period = period.value();
    else
        problems.append({ column("period"), period.error().message });

    const auto kwhField = [&](const char* name, qint64& target, bool allowNegative) {
        auto value = parseDecimal(field(fields, name), 3, QString::fromLatin1(name));
        if (!value.ok())
            problems.append({ column(name),
                QCoreApplication::translate("Import", "bukan angka kWh yang sah (paling banyak 3 desimal)") });
        else if (!allowNegative && value.value() < 0)
            problems.append({ column(name), QCoreApplication::translate("Import", "tidak boleh negatif") });
        else
            target = value.value();
    };
    const auto moneyField = [&](const char* name, Rupiah& target) {
        auto value = parseRupiah(field(fields, name));
        if (!value.ok() || value.value() < 0)
            problems.append(
                { column(name), QCoreApplication::translate("Import", "bukan jumlah rupiah bulat yang sah") });
        else
            target = value.value();
    };
    kwhField("stand_start", b.standStartWh, false);
    kwhField("stand_end", b.standEndWh, false);
    kwhField("kwh", b.usageWh, false);
    kwhField("correction_kwh", b.correctionWh, true);
    bool factorOk = false;
    b.meterFactor = field(fields, "meter_factor").isEmpty() ? 1 : field(fields, "meter_factor").toInt(&factorOk);
    if (!field(fields, "meter_factor").isEmpty() && (!factorOk || b.meterFactor <= 0))
        problems.append({ column("meter_factor"),
            QCoreApplication::translate("Import", "faktor meter harus bilangan bulat lebih dari 0") });
    if (auto estimated = parseFlag(field(fields, "estimated")))
        b.estimated = *estimated;
    else
        problems.append(
            { column("estimated"), QCoreApplication::translate("Import", "harus 0/1, ya/tidak atau true/false") });
    const QString from = field(fields, "estimated_from");
    if (!from.isEmpty()) {
        b.estimatedFrom = splitPeriods(
            from.split(QRegularExpression(QStringLiteral("[ ,|]+")), Qt::SkipEmptyParts).join(QLatin1Char(',')));
        if (b.estimatedFrom.size() != 3)
            problems.append({ column("estimated_from"),
                QCoreApplication::translate("Import", "harus tiga periode TTTT-BB, dipisah koma atau spasi") });
    } else if (b.estimated) {
        problems.append({ column("estimated_from"),
            QCoreApplication::translate("Import", "rekening taksiran harus menyebut tiga bulan asal rata-ratanya") });
    }
    moneyField("energy_charge", b.energyCharge);
    moneyField("fixed_charge", b.fixedCharge);
    moneyField("ppj", b.ppj);
    moneyField("ppn", b.ppn);
    moneyField("late_fee", b.lateFee);
    moneyField("total", b.total);
    b.dueDate = QDate::fromString(field(fields, "due_date").trimmed(), Qt::ISODate);
    if (!b.dueDate.isValid())
        problems.append(
            { column("due_date"), QCoreApplication::translate("Import", "tanggal jatuh tempo harus TTTT-BB-HH") });
    const QString paid = field(fields, "paid_at");
    if (!paid.isEmpty()) {
        if (auto at = parseTime(paid))
            b.paidAt = *at;
        else
            problems.append({ column("paid_at"),
                QCoreApplication::translate("Import", "waktu bayar harus 'TTTT-BB-HH JJ:MM' (WIB) atau ISO 8601") });
        b.paymentChannel = field(fields, "payment_channel");
        if (b.paymentChannel.isEmpty())
            problems.append({ column("payment_channel"),
                QCoreApplication::translate(
                    "Import", "rekening yang sudah dibayar harus menyebut saluran pembayarannya") });
    }
    if (problems.size() != before)
        return std::nullopt;
    // Nothing from the future, and dates in their order.
    const QDate today = wibDate(m_now);
    if (b.period > BillingPeriod::containing(today))
        problems.append({ column("period"),
            QCoreApplication::translate("Import", "periode %1 belum tiba (sekarang %2)")
                .arg(b.period.toString(), BillingPeriod::containing(today).toString()) });
    if (b.dueDate < QDate(b.period.year(), b.period.month(), 1))
        problems.append({ column("due_date"),
            QCoreApplication::translate("Import", "jatuh tempo %1 lebih awal dari periode rekening %2")
                .arg(b.dueDate.toString(Qt::ISODate), b.period.toString()) });
    if (b.paidAt && *b.paidAt > m_now.addSecs(kClockSkewSeconds))
        problems.append({ column("paid_at"),
            QCoreApplication::translate("Import", "waktu bayar %1 belum tiba").arg(formatWib(*b.paidAt)) });
    for (const BillingPeriod& month : std::as_const(b.estimatedFrom)) {
        if (!(month < b.period)) {
            problems.append({ column("estimated_from"),
                QCoreApplication::translate("Import", "bulan asal rata-rata %1 harus sebelum periode rekening %2")
                    .arg(month.toString(), b.period.toString()) });
            break;
        }
    }
    // Consistency a bill must have.
    if (b.standEndWh < b.standStartWh)
        problems.append(
            { column("stand_end"), QCoreApplication::translate("Import", "stand akhir lebih kecil dari stand awal") });
    else if (!b.estimated && b.usageWh != (b.standEndWh - b.standStartWh) * b.meterFactor)
        problems.append({ column("kwh"),
            QCoreApplication::translate("Import", "kWh tidak sama dengan (stand akhir - stand awal) x faktor meter") });
    if (b.total != b.energyCharge + b.fixedCharge + b.ppj + b.ppn)
        problems.append({ column("total"),
            QCoreApplication::translate(
                "Import", "total tidak sama dengan biaya pemakaian + biaya beban + PPJ + PPN") });
    if (problems.size() != before)
        return std::nullopt;
    return b;
}

std::optional<MeterReading> ImportRowParser::reading(const QStringList& fields, QList<RowProblem>& problems) const
{
    const qsizetype before = problems.size();
    MeterReading r;
    if (auto idpel = Idpel::parse(field(fields, "idpel")); idpel.ok())
        r.idpel = idpel->digits();
    else
        problems.append({ column("idpel"), idpel.error().message });
    if (auto source = readingSourceFromCode(field(fields, "source")))
        r.source = *source;
    else
        problems.append({ column("source"),
            QCoreApplication::translate("Import", "sumber harus whatsapp, pln_mobile atau meter_reader") });
    if (auto at = parseTime(field(fields, "reported_at")); at && *at > m_now.addSecs(kClockSkewSeconds))
        problems.append({ column("reported_at"),
            QCoreApplication::translate("Import", "waktu laporan %1 belum tiba").arg(formatWib(*at)) });
    else if (at)
        r.reportedAt = *at;
    else
        problems.append({ column("reported_at"),
            QCoreApplication::translate("Import", "waktu laporan harus 'TTTT-BB-HH JJ:MM' (WIB) atau ISO 8601") });
    auto stand = parseDecimal(field(fields, "stand"), 3, QStringLiteral("stand"));
    if (!stand.ok() || stand.value() < 0)
        problems.append({ column("stand"),
            QCoreApplication::translate("Import", "stand harus angka kWh tidak negatif (paling banyak 3 desimal)") });
    else
        r.standWh = stand.value();
    if (problems.size() != before)
        return std::nullopt;
    return r;
}

} // namespace csodesk
