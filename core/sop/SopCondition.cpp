#include "SopCondition.h"

#include <QCoreApplication>

namespace csodesk {

namespace {

const SopFactInfo* findFact(const QString& name)
{
    for (const SopFactInfo& fact : sopFacts()) {
        if (fact.name == name)
            return &fact;
    }
    return nullptr;
}

} // namespace

const QList<SopFactInfo>& sopFacts()
{
    static const QList<SopFactInfo> facts {
        { QStringLiteral("postpaid"), QCoreApplication::translate("SopCondition", "pelanggan pascabayar"),
            QCoreApplication::translate("SopCondition", "pelanggan prabayar") },
        { QStringLiteral("has_bill"), QCoreApplication::translate("SopCondition", "ada rekening yang dibicarakan"),
            QCoreApplication::translate("SopCondition", "pelanggan tidak punya rekening") },
        { QStringLiteral("bill_estimated"),
            QCoreApplication::translate("SopCondition", "rekening ini dihitung dari rata-rata 3 bulan"),
            QCoreApplication::translate("SopCondition", "rekening ini dari stand meter yang dibaca, bukan rata-rata") },
        { QStringLiteral("bill_corrected"),
            QCoreApplication::translate("SopCondition", "rekening ini memuat koreksi rata-rata bulan sebelumnya"),
            QCoreApplication::translate("SopCondition", "rekening ini tidak memuat koreksi") },
        { QStringLiteral("bill_paid"), QCoreApplication::translate("SopCondition", "rekening ini sudah dibayar"),
            QCoreApplication::translate("SopCondition", "rekening ini belum dibayar") },
        { QStringLiteral("bill_overdue"),
            QCoreApplication::translate("SopCondition", "rekening ini lewat jatuh tempo dan belum dibayar"),
            QCoreApplication::translate("SopCondition", "rekening ini tidak lewat jatuh tempo") },
        { QStringLiteral("invoice_subscribed"),
            QCoreApplication::translate("SopCondition", "pelanggan berlangganan invoice melalui email"),
            QCoreApplication::translate("SopCondition", "pelanggan tidak berlangganan invoice melalui email") },
        { QStringLiteral("has_arrears"), QCoreApplication::translate("SopCondition", "pelanggan punya tunggakan"),
            QCoreApplication::translate("SopCondition", "pelanggan tidak punya tunggakan") },
    };
    return facts;
}

bool isSopFact(const QString& name)
{
    return findFact(name) != nullptr;
}

bool SopCondition::holds(const SopFacts& known) const
{
    return unmetReason(known).isEmpty();
}

QString SopCondition::unmetReason(const SopFacts& known) const
{
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        const auto value = known.constFind(it.key());
        const SopFactInfo* info = findFact(it.key());
        if (value == known.cend())
            return QCoreApplication::translate("SopCondition", "data \"%1\" tidak tersedia")
                .arg(info ? info->trueText : it.key());
        if (*value != it.value())
            return info ? (*value ? info->trueText : info->falseText) : it.key();
    }
    return {};
}

SopCondition readSopCondition(const QJsonValue& value, const QString& where, QStringList* problems)
{
    SopCondition condition;
    if (value.isUndefined())
        return condition;
    if (!value.isObject() || value.toObject().isEmpty()) {
        problems->append(QStringLiteral("%1: \"when\" harus berupa objek fakta -> true/false").arg(where));
        return condition;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!isSopFact(it.key())) {
            QStringList known;
            for (const SopFactInfo& fact : sopFacts())
                known << fact.name;
            problems->append(QStringLiteral("%1: fakta \"%2\" tidak dikenal (yang ada: %3)")
                                 .arg(where, it.key(), known.join(QStringLiteral(", "))));
            continue;
        }
        if (!it.value().isBool()) {
            problems->append(QStringLiteral("%1: fakta \"%2\" harus true atau false").arg(where, it.key()));
            continue;
        }
        condition.facts.insert(it.key(), it.value().toBool());
    }
    return condition;
}

QJsonObject sopConditionToJson(const SopCondition& condition)
{
    QJsonObject object;
    for (auto it = condition.facts.cbegin(); it != condition.facts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString describeSopCondition(const SopCondition& condition)
{
    QStringList parts;
    for (auto it = condition.facts.cbegin(); it != condition.facts.cend(); ++it)
        parts << (it.value() ? it.key() : QStringLiteral("bukan %1").arg(it.key()));
    return parts.join(QStringLiteral(", "));
}

QList<SopFacts> possibleSopFacts()
{
    const QList<SopFactInfo>& facts = sopFacts();
    QList<SopFacts> possible;
    for (int bits = 0; bits < (1 << facts.size()); ++bits) {
        SopFacts combination;
        for (int i = 0; i < facts.size(); ++i)
            combination.insert(facts.at(i).name, (bits >> i) & 1);
        const auto is = [&combination](const char* name) { return combination.value(QString::fromLatin1(name)); };
        const bool consistent = (is("postpaid") || (!is("has_bill") && !is("has_arrears") && !is("invoice_subscribed")))
            && (is("has_bill") || (!is("bill_estimated") && !is("bill_corrected") && !is("bill_paid")))
            && !(is("bill_paid") && is("bill_overdue")) && (!is("bill_overdue") || is("has_arrears"))
            && (is("has_bill") || !is("bill_overdue"));
        if (consistent)
            possible.append(combination);
    }
    return possible;
}

} // namespace csodesk
