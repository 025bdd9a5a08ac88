#pragma once

#include "common/Result.h"
#include "sop/SopSession.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace csodesk {

// One scripted step of a non-interactive walk: the node it answers and either the choice
// (ask) or the field values (collect). A say node needs no step; naming it just confirms it.
struct SopAnswer {
    QString node;
    QString choice;
    QMap<QString, QString> fields;
    bool confirmed = false; // collect: the agent confirmed the values' warnings (SopSession::fieldWarnings)
};

// [{"node": "kebutuhan", "choice": "invoice_email"}, {"node": "invoice_data_email",
//   "fields": {"email": "a@b.id"}}, ...] — or the same list under {"steps": [...]}. A collect
// step whose values need confirming (a stand below the last reading) says "confirmed": true.
[[nodiscard]] Result<QList<SopAnswer>> sopAnswersFromJson(const QByteArray& json);

// Walks `session` with the answers, passing say nodes on the way, until an outcome. The
// first answer that does not fit stops the walk with the step number, the node and the reason.
// `beforeEachStep` runs before every step the session records (a say passed on the way too):
// the demo tickets move their clock there, so the transcript has the times of a real call.
// `choose` takes an ask's choice instead of session.choose() (the call's, which may move to
// another month's bill).
[[nodiscard]] Status applySopAnswers(SopSession& session, const QList<SopAnswer>& answers,
    const std::function<void()>& beforeEachStep = {}, const std::function<Status(const QString&)>& choose = {});

} // namespace csodesk
