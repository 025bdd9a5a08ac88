#pragma once

#include "common/Result.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <memory>

namespace csodesk {

// A file the program writes for a person (an export, a report, rejected import rows, a PDF):
// written under a temporary name beside the target, owner-only (0600), and put in place at
// commit() — so a failed or cancelled write leaves nothing, and nobody else can read it.
//
// The target is refused, with an Indonesian message, when it
//  - already exists, unless `replace` (the CLI's --force, a save dialog that asked);
//  - is a symbolic link, a device, a directory or anything but a regular file — even with replace;
//  - is one of `protectedPaths` (the database the program has open, and its -wal/-shm/-journal).
// Without `replace` the file is linked into place, which fails if one appeared meanwhile: it is
// never clobbered by a race either.
class OutputFile {
public:
    struct Options {
        bool replace = false;
        QStringList protectedPaths;
    };

    [[nodiscard]] static Result<std::unique_ptr<OutputFile>> create(const QString& target, const Options& options);
    ~OutputFile(); // removes the temporary file unless committed
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // The temporary file, open for writing.
    [[nodiscard]] QFile& device() { return m_temporary; }
    // Where the temporary file is, for writers that want a path (QPrinter); it exists and is
    // owner-only already.
    [[nodiscard]] QString temporaryPath() const { return m_temporary.fileName(); }
    [[nodiscard]] const QString& target() const { return m_target; }

    // Flushes, syncs and puts the file in place.
    [[nodiscard]] Status commit();

    // The SQLite database file and the files SQLite keeps beside it.
    [[nodiscard]] static QStringList sqliteFiles(const QString& databasePath);

private:
    OutputFile(QString target, bool replace);

    QString m_target;
    bool m_replace = false;
    bool m_committed = false;
    QFile m_temporary;
};

// Directories that hold personal data (drafts, logs, exports' defaults) are owner-only.
[[nodiscard]] bool makeOwnerOnlyDirectory(const QString& path);

} // namespace csodesk
