#pragma once

#include "apkt/ApktCatalogue.h"
#include "common/Clock.h"
#include "sop/SopContext.h"
#include "sop/SopDocument.h"
#include "sop/SopPaths.h"
#include "sop/SopSession.h"
#include "tickets/TicketDraft.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace csodesk::test {

// The built-in catalogue (a failure to load it is a test failure, not a skip).
[[nodiscard]] const ApktCatalogue& builtInCatalogue();

// The customer and bill values of tests/data/sop/context-postpaid.json.
[[nodiscard]] SopContext postpaidContext();

// A small valid SOP: ask (2 choices) -> say -> outcome (Issue Closed) | collect -> outcome (KELUHAN).
// Tests change one thing in it to make each kind of bad document.
[[nodiscard]] QJsonObject minimalSopJson();
[[nodiscard]] QByteArray toBytes(const QJsonObject& object);

// A plausible value an agent would type for each kind of field.
[[nodiscard]] QString sampleFieldValue(const SopField& field);

// Takes the steps of `path` on `session` (15 s apart on `clock`), every field with its sample
// value; REQUIREs each step works and that the walk ends at the outcome.
void walkSteps(
    SopSession& session, const SopPath& path, FixedClock& clock, const std::function<void()>& afterEachStep = {});

// The facts of tests/data/sop/context-postpaid.json's customer: postpaid, an unpaid bill on the
// 3-month average, not yet due, subscribed to invoices, no arrears.
[[nodiscard]] SopFacts postpaidFacts();
// The postpaid context with the facts the path's choices need (a prepaid branch: a prepaid
// customer without bill, subscription or arrears).
[[nodiscard]] SopContext contextForPath(const SopDocument& document, const SopPath& path);

// Walks one enumerated path with a real SopSession (postpaid context, 15 s per step from
// 2026-11-22 10:00 WIB), filling every field with its sample value; REQUIREs each step works.
[[nodiscard]] TicketDraft walkPath(const std::shared_ptr<const SopDocument>& document, const SopPath& path);

// Node `id` of a document JSON, for editing; and the array index of it.
[[nodiscard]] int nodeIndex(const QJsonObject& document, const QString& id);
void setNode(QJsonObject& document, const QString& id, const QJsonObject& node);
[[nodiscard]] QJsonObject node(const QJsonObject& document, const QString& id);

} // namespace csodesk::test
