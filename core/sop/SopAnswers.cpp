#include "SopAnswers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace csodesk {

namespace {

Error badAnswers(const QString& why)
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("SopAnswers", "Berkas jawaban tidak valid: %1").arg(why),
        QStringLiteral("bad sop answers"));
}

Error stepFailed(int number, const QString& node, const QString& reason)
{
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("SopAnswers", "Jawaban #%1 (node \"%2\"): %3").arg(number).arg(node, reason),
        QStringLiteral("sop answer refused"));
}

void passSayNodes(SopSession& session, const QString& until, const std::function<void()>& beforeEachStep)
{
    while (session.currentNode().kind == SopNodeKind::Say && session.currentNode().id != until) {
        if (beforeEachStep)
            beforeEachStep();
        (void)session.proceed(); // a say node always proceeds
    }
}

} // namespace

Result<QList<SopAnswer>> sopAnswersFromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badAnswers(QStringLiteral("bukan JSON yang benar (%1)").arg(parseError.errorString()));
    const QJsonArray steps
        = document.isArray() ? document.array() : document.object().value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty())
        return badAnswers(QStringLiteral("harus berupa daftar langkah yang tidak kosong"));
    QList<SopAnswer> answers;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject object = steps.at(i).toObject();
        SopAnswer answer;
        answer.node = object.value(QStringLiteral("node")).toString();
        if (answer.node.isEmpty())
            return badAnswers(QStringLiteral("langkah #%1 tidak menyebut \"node\"").arg(i + 1));
        const QJsonValue choice = object.value(QStringLiteral("choice"));
        if (!choice.isUndefined() && !choice.isString())
            return badAnswers(QStringLiteral("langkah #%1: \"choice\" harus berupa teks").arg(i + 1));
        answer.choice = choice.toString();
        const QJsonValue confirmed = object.value(QStringLiteral("confirmed"));
        if (!confirmed.isUndefined() && !confirmed.isBool())
            return badAnswers(QStringLiteral("langkah #%1: \"confirmed\" harus true atau false").arg(i + 1));
        answer.confirmed = confirmed.toBool();
        const QJsonObject fields = object.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (!it.value().isString())
                return badAnswers(
                    QStringLiteral("langkah #%1: isian \"%2\" harus berupa teks").arg(i + 1).arg(it.key()));
            answer.fields.insert(it.key(), it.value().toString());
        }
        answers.append(answer);
    }
    return answers;
}

Status applySopAnswers(SopSession& session, const QList<SopAnswer>& answers,
    const std::function<void()>& beforeEachStep, const std::function<Status(const QString&)>& choose)
{
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const SopAnswer& answer = answers.at(i);
        const int number = int(i) + 1;
        passSayNodes(session, answer.node, beforeEachStep);
        const SopNode& node = session.currentNode();
        if (node.id != answer.node) {
            return stepFailed(number, answer.node,
                QCoreApplication::translate("SopAnswers", "SOP sedang berada di node \"%1\" (%2), bukan di node ini")
                    .arg(node.id, sopNodeKindCode(node.kind)));
        }
        if (beforeEachStep && node.kind != SopNodeKind::Outcome)
            beforeEachStep();
        Status applied;
        switch (node.kind) {
        case SopNodeKind::Say:
            applied = session.proceed();
            break;
        case SopNodeKind::Ask:
            if (answer.choice.isEmpty())
                return stepFailed(
                    number, node.id, QCoreApplication::translate("SopAnswers", "node ask membutuhkan \"choice\""));
            applied = choose ? choose(answer.choice) : session.choose(answer.choice);
            break;
        case SopNodeKind::Collect:
            applied = session.submit(answer.fields, answer.confirmed);
            break;
        case SopNodeKind::Outcome:
            return stepFailed(number, node.id,
                QCoreApplication::translate("SopAnswers", "SOP sudah sampai pada hasil; langkah ini berlebih"));
        }
        if (!applied.ok())
            return stepFailed(number, node.id, applied.error().message);
    }
    passSayNodes(session, {}, beforeEachStep);
    if (!session.isAtOutcome()) {
        const SopNode& node = session.currentNode();
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate(
                "SopAnswers", "Jawaban habis di node \"%1\" (%2) sebelum SOP sampai pada hasil.")
                .arg(node.id, sopNodeKindCode(node.kind)),
            QStringLiteral("sop answers incomplete"));
    }
    return {};
}

} // namespace csodesk
