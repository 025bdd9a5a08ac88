#pragma once

#include "common/Result.h"
#include "sop/SopCondition.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace csodesk {

// One value an SOP text may show: {name}. The list is closed on purpose, so the loader can
// refuse a document that asks for something no lookup provides.
struct SopPlaceholderInfo {
    QString name;
    QString description; // Indonesian, for docs and `sop show`
    QString example;
};

// Every placeholder name an SOP may use (docs/sop-format.md lists the same).
[[nodiscard]] const QList<SopPlaceholderInfo>& sopPlaceholders();
[[nodiscard]] bool isSopPlaceholder(const QString& name);

// Who the walk is for, and the already formatted values its texts show. Built from the
// customer lookup (customer + latest bill + bill explanation), or from a JSON file in the CLI.
struct SopContext {
    QString customerIdpel;
    QString customerName;
    QString unitCode; // the customer's ULP: where a KELUHAN goes
    QString unitName;
    QString paymentType; // "postpaid" / "prepaid"
    // Formatted values by placeholder name ("period" -> "November 2026", "amount" -> "Rp1.234.567").
    // idpel, name, unit_code, unit_name and payment_type come from the members above.
    QMap<QString, QString> values;
    // What the scripts' conditions ("when") are decided on: payment type, the bill in question,
    // the invoice subscription, arrears (see sopFacts()). A missing fact is unknown.
    SopFacts facts;

    // The value of a placeholder, or an empty string when the lookup did not provide it.
    [[nodiscard]] QString value(const QString& placeholder) const;
};

// {"customer": {"idpel", "name", "payment_type", "unit": {"code", "name"}}, "values": {...},
//  "facts": {"postpaid": true, ...}}.
// Unknown placeholder names in "values" are refused (a typo would silently show "tidak tersedia").
[[nodiscard]] Result<SopContext> sopContextFromJson(const QJsonObject& json);
[[nodiscard]] QJsonObject sopContextToJson(const SopContext& context);

} // namespace csodesk
