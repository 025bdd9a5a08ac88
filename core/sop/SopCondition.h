#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace csodesk {

// One fact about the customer and the bill in question that a script may depend on. The list
// is closed, as the placeholders are: a condition over a fact no look-up provides is refused.
struct SopFactInfo {
    QString name;
    QString trueText; // Indonesian: what is the case when the fact is true ("pelanggan pascabayar")
    QString falseText; // ... and when it is false ("pelanggan prabayar")
};

[[nodiscard]] const QList<SopFactInfo>& sopFacts();
[[nodiscard]] bool isSopFact(const QString& name);

// The facts of one walk, by name. A fact that is missing is unknown: a condition over it does
// not hold, so nothing is read out that might be false for this customer.
using SopFacts = QMap<QString, bool>;

// "when": {"bill_estimated": true, "postpaid": true} — applies when every named fact has the
// value given. Empty: always applies.
struct SopCondition {
    QMap<QString, bool> facts;

    [[nodiscard]] bool isEmpty() const { return facts.isEmpty(); }
    [[nodiscard]] bool holds(const SopFacts& known) const;
    // Why it does not hold, for the agent ("rekening ini tidak dihitung dari rata-rata"); empty
    // when it holds.
    [[nodiscard]] QString unmetReason(const SopFacts& known) const;
};

// Reads a "when" value; problems (unknown fact, a value that is not true/false) are appended.
[[nodiscard]] SopCondition readSopCondition(const QJsonValue& value, const QString& where, QStringList* problems);
[[nodiscard]] QJsonObject sopConditionToJson(const SopCondition& condition);
// "bill_estimated, bukan prepaid": for `sop show`.
[[nodiscard]] QString describeSopCondition(const SopCondition& condition);

// Every combination of facts a real customer can have (a prepaid customer has no bill; a paid
// bill is not overdue; ...): the validator checks that no ask node is left without a choice.
[[nodiscard]] QList<SopFacts> possibleSopFacts();

} // namespace csodesk
