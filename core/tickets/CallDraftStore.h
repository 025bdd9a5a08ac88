#pragma once

#include "common/Result.h"
#include "tickets/CallDraft.h"

#include <QString>

#include <optional>

namespace csodesk {

// Keeps one agent's call in progress on disk (AppPaths::draftDirectory(), one file per user),
// written as it changes so that a crash, a power cut or a failed filing never loses the call.
// Writes are atomic (QSaveFile): a crash while saving leaves the previous draft, never half of
// one. The file holds personal data, so it is readable by its owner only and removed once the
// ticket is filed or the call is ended on purpose.
class CallDraftStore {
public:
    CallDraftStore(QString directory, const QString& userName);

    [[nodiscard]] Status save(const CallDraft& draft);
    // The saved draft, or nullopt when there is none. An unreadable file is an error (the
    // caller tells the agent and may remove it).
    [[nodiscard]] Result<std::optional<CallDraft>> load() const;
    // Removing a draft that does not exist is fine.
    [[nodiscard]] Status remove();

    [[nodiscard]] const QString& filePath() const { return m_filePath; }

private:
    QString m_directory;
    QString m_filePath;
};

} // namespace csodesk
