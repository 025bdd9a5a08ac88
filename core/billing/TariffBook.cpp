#include "TariffBook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csodesk {

namespace {

Error dataError(const QString& file, const QString& what)
{
    return makeError(ErrorKind::Internal,
        QCoreApplication::translate("Billing", "Data tarif %1 rusak: %2").arg(file, what),
        QStringLiteral("tariff data %1: %2").arg(file, what));
}

Result<QJsonObject> readJson(const QString& directory, const QString& name)
{
    QFile file(QDir(directory).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return dataError(name, file.errorString());
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return dataError(name, parseError.errorString());
    return document.object();
}

Result<BillingPeriod> periodField(const QJsonObject& object, const char* key, const QString& file)
{
    auto period = BillingPeriod::parse(object.value(QLatin1String(key)).toString());
    if (!period.ok())
        return dataError(file, QStringLiteral("bad period in '%1'").arg(QLatin1String(key)));
    return period;
}

Result<std::optional<BillingPeriod>> optionalPeriodField(
    const QJsonObject& object, const char* key, const QString& file)
{
    if (object.value(QLatin1String(key)).isNull())
        return std::optional<BillingPeriod>();
    auto period = periodField(object, key, file);
    if (!period.ok())
        return period.error();
    return std::optional<BillingPeriod>(period.value());
}

std::optional<int> optionalInt(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return value.toInt();
}

Result<TariffRate> parseRate(const QJsonObject& object, const QString& file)
{
    TariffRate rate;
    auto from = periodField(object, "from", file);
    if (!from.ok())
        return from.error();
    rate.from = from.value();
    auto to = optionalPeriodField(object, "to", file);
    if (!to.ok())
        return to.error();
    rate.to = to.value();
    rate.minimumHours = optionalInt(object, "minimum_hours");
    rate.fixedChargePerKva = object.value(QLatin1String("fixed_charge_per_kva")).toInteger();
    if (object.contains(QLatin1String("rate"))) {
        auto sen = parseSen(object.value(QLatin1String("rate")).toString());
        if (!sen.ok())
            return dataError(file, QStringLiteral("bad rate"));
        rate.blocks.append(TariffBlock { std::nullopt, sen.value() });
    } else {
        const QJsonArray blocks = object.value(QLatin1String("blocks")).toArray();
        for (const QJsonValue& blockValue : blocks) {
            const QJsonObject block = blockValue.toObject();
            auto sen = parseSen(block.value(QLatin1String("rate")).toString());
            if (!sen.ok())
                return dataError(file, QStringLiteral("bad block rate"));
            const QJsonValue limit = block.value(QLatin1String("up_to_kwh"));
            rate.blocks.append(
                TariffBlock { limit.isNull() ? std::nullopt : std::optional<qint64>(limit.toInteger()), sen.value() });
        }
    }
    if (rate.blocks.isEmpty() || rate.blocks.last().upToKwh)
        return dataError(file, QStringLiteral("the last block must have no upper bound"));
    return rate;
}

Result<QList<TariffClass>> parseClasses(const QJsonObject& root, const QString& file)
{
    QList<TariffClass> classes;
    const QJsonArray array = root.value(QLatin1String("classes")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        TariffClass tariffClass;
        tariffClass.code = TariffBook::normalizeClassCode(object.value(QLatin1String("code")).toString());
        tariffClass.label = object.value(QLatin1String("label")).toString();
        tariffClass.minVa = object.value(QLatin1String("min_va")).toInt();
        tariffClass.maxVa = optionalInt(object, "max_va");
        const QJsonArray periods = object.value(QLatin1String("periods")).toArray();
        for (const QJsonValue& periodValue : periods) {
            auto rate = parseRate(periodValue.toObject(), file);
            if (!rate.ok())
                return rate.error();
            tariffClass.periods.append(rate.value());
        }
        if (tariffClass.code.isEmpty() || tariffClass.periods.isEmpty())
            return dataError(file, QStringLiteral("class without code or periods"));
        classes.append(tariffClass);
    }
    return classes;
}

} // namespace

QString TariffBook::normalizeClassCode(const QString& text)
{
    QString code = text.trimmed().toUpper();
    const qsizetype slash = code.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        code = code.left(slash); // "R-1/TR" -> "R-1"
    code.remove(QLatin1Char('-'));
    code.remove(QLatin1Char(' '));
    return code;
}

Result<TariffBook> TariffBook::load(const QString& directory)
{
    TariffBook book;
    const QString householdFile = QStringLiteral("household.json");
    auto household = readJson(directory, householdFile);
    if (!household.ok())
        return household.error();
    auto classes = parseClasses(household.value(), householdFile);
    if (!classes.ok())
        return classes.error();
    book.m_classes = classes.value();

    const QString taxesFile = QStringLiteral("taxes.json");
    auto taxes = readJson(directory, taxesFile);
    if (!taxes.ok())
        return taxes.error();
    const QJsonArray ppn = taxes->value(QLatin1String("ppn")).toArray();
    for (const QJsonValue& value : ppn) {
        const QJsonObject object = value.toObject();
        PpnRule rule;
        rule.classCode = normalizeClassCode(object.value(QLatin1String("class")).toString());
        auto from = periodField(object, "from", taxesFile);
        auto to = optionalPeriodField(object, "to", taxesFile);
        if (!from.ok() || !to.ok())
            return dataError(taxesFile, QStringLiteral("bad PPN period"));
        rule.from = from.value();
        rule.to = to.value();
        rule.basisPoints = object.value(QLatin1String("basis_points")).toInt();
        book.m_ppn.append(rule);
    }

    const QString lateFile = QStringLiteral("late_fees.json");
    auto late = readJson(directory, lateFile);
    if (!late.ok())
        return late.error();
    QList<LateFeeTable::Band> bands;
    const QJsonArray bandArray = late->value(QLatin1String("bands")).toArray();
    for (const QJsonValue& value : bandArray) {
        const QJsonObject object = value.toObject();
        LateFeeTable::Band band;
        band.minVa = object.value(QLatin1String("min_va")).toInt();
        band.maxVa = optionalInt(object, "max_va");
        band.fixed = object.value(QLatin1String("fixed")).toInteger();
        band.basisPoints = object.value(QLatin1String("basis_points")).toInt();
        band.minimum = object.value(QLatin1String("minimum")).toInteger();
        bands.append(band);
    }
    if (bands.isEmpty())
        return dataError(lateFile, QStringLiteral("no bands"));
    book.m_lateFees = LateFeeTable(bands);
    return book;
}

Result<ResolvedTariff> TariffBook::find(const QString& classCode, int powerVa, const BillingPeriod& period) const
{
    const QString code = normalizeClassCode(classCode);
    bool classKnown = false;
    bool powerKnown = false;
    for (const TariffClass& tariffClass : m_classes) {
        if (tariffClass.code != code)
            continue;
        classKnown = true;
        if (!tariffClass.coversPower(powerVa))
            continue;
        powerKnown = true;
        for (const TariffRate& rate : tariffClass.periods) {
            if (rate.covers(period))
                return ResolvedTariff { tariffClass.code, tariffClass.label, rate };
        }
    }
    if (!classKnown) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "Billing", "Golongan tarif '%1' tidak dikenal (yang tersedia: R1, R1M, R2, R3).")
                .arg(classCode),
            QStringLiteral("unknown tariff class"));
    }
    if (!powerKnown) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Billing", "Daya %1 VA tidak termasuk golongan tarif %2.")
                .arg(powerVa)
                .arg(code),
            QStringLiteral("power outside class"));
    }
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("Billing", "Tidak ada tarif %1 %2 VA yang berlaku untuk periode %3.")
            .arg(code)
            .arg(powerVa)
            .arg(period.toString()),
        QStringLiteral("no tariff for period"));
}

int TariffBook::ppnBasisPoints(const QString& classCode, const BillingPeriod& period) const
{
    const QString code = normalizeClassCode(classCode);
    for (const PpnRule& rule : m_ppn) {
        if (rule.classCode == code && rule.from <= period && (!rule.to || period <= *rule.to))
            return rule.basisPoints;
    }
    return 0;
}

} // namespace csodesk
