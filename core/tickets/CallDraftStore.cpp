#include "CallDraftStore.h"

#include "common/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QUrl>

namespace csodesk {

namespace {

Error storeError(const QString& message, const QString& detail)
{
    return makeError(ErrorKind::StorageFailure, message, detail);
}

} // namespace

CallDraftStore::CallDraftStore(QString directory, const QString& userName)
    : m_directory(std::move(directory))
{
    // User names are checked by UserService, but a file name must never be able to leave the
    // folder whatever the name: percent-encode everything but letters, digits and "-._".
    const QString safeName
        = QString::fromLatin1(QUrl::toPercentEncoding(userName, QByteArray(), QByteArrayLiteral("~")));
    m_filePath = QDir(m_directory).filePath(QStringLiteral("call-%1.json").arg(safeName));
}

Status CallDraftStore::save(const CallDraft& draft)
{
    // The draft names the customer and what they said: owner-only folder and file.
    if (!makeOwnerOnlyDirectory(m_directory)) {
        return storeError(QCoreApplication::translate("CallDraftStore", "Folder draf panggilan tidak dapat dibuat: %1")
                              .arg(m_directory),
            QStringLiteral("mkpath failed"));
    }
    OutputFile::Options replace;
    replace.replace = true; // the call's own draft, saved again at every step
    auto file = OutputFile::create(m_filePath, replace);
    if (!file.ok()) {
        return storeError(QCoreApplication::translate("CallDraftStore", "Draf panggilan tidak dapat disimpan: %1")
                              .arg(file.error().message),
            QStringLiteral("open draft: %1").arg(file.error().detail));
    }
    file.value()->device().write(QJsonDocument(callDraftToJson(draft)).toJson(QJsonDocument::Compact));
    if (Status saved = file.value()->commit(); !saved.ok()) {
        return storeError(QCoreApplication::translate("CallDraftStore", "Draf panggilan tidak dapat disimpan: %1")
                              .arg(saved.error().message),
            QStringLiteral("commit draft: %1").arg(saved.error().detail));
    }
    return {};
}

Result<std::optional<CallDraft>> CallDraftStore::load() const
{
    QFile file(m_filePath);
    if (!file.exists())
        return std::optional<CallDraft>();
    if (!file.open(QIODevice::ReadOnly)) {
        return storeError(QCoreApplication::translate("CallDraftStore", "Draf panggilan tidak dapat dibaca: %1")
                              .arg(file.errorString()),
            QStringLiteral("open draft: %1").arg(file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("CallDraftStore", "Draf panggilan tersimpan rusak dan tidak dapat dipulihkan."),
            QStringLiteral("draft json: %1").arg(parseError.errorString()));
    }
    auto draft = callDraftFromJson(document.object());
    if (!draft.ok())
        return draft.error();
    return std::optional<CallDraft>(draft.value());
}

Status CallDraftStore::remove()
{
    QFile file(m_filePath);
    if (file.exists() && !file.remove()) {
        return storeError(QCoreApplication::translate("CallDraftStore", "Draf panggilan tidak dapat dihapus: %1")
                              .arg(file.errorString()),
            QStringLiteral("remove draft: %1").arg(file.errorString()));
    }
    return {};
}

} // namespace csodesk
