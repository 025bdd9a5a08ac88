#include "OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace csodesk {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Error refused(ErrorKind kind, const QString& message, const char* detail)
{
    return makeError(kind, message, QString::fromLatin1(detail));
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The same file, however it is written ("./a.db", a symlinked folder, ...).
bool sameFile(const QString& a, const QString& b)
{
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    const QString canonicalB = QFileInfo(b).canonicalFilePath();
    if (!canonicalA.isEmpty() && canonicalA == canonicalB)
        return true;
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

Status checkTarget(const QString& target, const OutputFile::Options& options)
{
    if (target.trimmed().isEmpty())
        return refused(ErrorKind::InvalidInput, QCoreApplication::translate("OutputFile", "Nama berkas tujuan kosong."),
            "empty output path");
    for (const QString& protectedPath : options.protectedPaths) {
        if (sameFile(target, protectedPath))
            return refused(ErrorKind::InvalidInput,
                QCoreApplication::translate(
                    "OutputFile", "%1 adalah berkas basis data yang sedang dipakai; pilih nama berkas lain.")
                    .arg(shown(target)),
                "output is the open database");
    }
    const QFileInfo info(target);
    if (info.isSymLink())
        return refused(ErrorKind::InvalidInput,
            QCoreApplication::translate("OutputFile", "%1 adalah tautan simbolik; tulis ke berkas biasa.")
                .arg(shown(target)),
            "output is a symlink");
    if (info.exists() && !info.isFile())
        return refused(ErrorKind::InvalidInput,
            QCoreApplication::translate("OutputFile", "%1 bukan berkas biasa (folder atau perangkat); pilih nama lain.")
                .arg(shown(target)),
            "output is not a regular file");
    if (info.exists() && !options.replace)
        return refused(ErrorKind::Conflict,
            QCoreApplication::translate("OutputFile", "Berkas %1 sudah ada; pakai --force untuk menimpanya.")
                .arg(shown(target)),
            "output exists");
    if (!info.absoluteDir().exists())
        return refused(ErrorKind::NotFound,
            QCoreApplication::translate("OutputFile", "Folder %1 tidak ada.").arg(shown(info.absolutePath())),
            "output folder missing");
    return {};
}

} // namespace

OutputFile::OutputFile(QString target, bool replace)
    : m_target(std::move(target))
    , m_replace(replace)
{
}

OutputFile::~OutputFile()
{
    if (!m_committed && !m_temporary.fileName().isEmpty()) {
        m_temporary.close();
        QFile::remove(m_temporary.fileName());
    }
}

Result<std::unique_ptr<OutputFile>> OutputFile::create(const QString& target, const Options& options)
{
    if (Status allowed = checkTarget(target, options); !allowed.ok())
        return allowed.error();
    std::unique_ptr<OutputFile> file(new OutputFile(QFileInfo(target).absoluteFilePath(), options.replace));
    const QFileInfo info(file->m_target);
    // Created new (never an existing file or a link planted under that name) and owner-only
    // from its first byte, whatever the umask.
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString candidate = info.absoluteDir().filePath(
            QStringLiteral(".%1.%2.tmp").arg(info.fileName()).arg(QRandomGenerator::global()->generate64(), 0, 36));
        file->m_temporary.setFileName(candidate);
        if (file->m_temporary.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
            return file;
        if (QFileInfo::exists(candidate))
            continue;
        break;
    }
    const QString why = file->m_temporary.errorString();
    file->m_temporary.setFileName({});
    return refused(ErrorKind::StorageFailure,
        QCoreApplication::translate("OutputFile", "Berkas %1 tidak bisa ditulis: %2").arg(shown(target), why),
        "cannot create temporary output");
}

Status OutputFile::commit()
{
    const QString temporary = m_temporary.fileName();
    if (m_temporary.isOpen() && !m_temporary.flush()) {
        return refused(ErrorKind::StorageFailure,
            QCoreApplication::translate("OutputFile", "Berkas %1 tidak bisa disimpan: %2")
                .arg(shown(m_target), m_temporary.errorString()),
            "flush of output failed");
    }
    m_temporary.close();
    // On disk before it takes the name, whoever wrote it (this device or a writer by path).
    const int written = ::open(QFile::encodeName(temporary).constData(), O_RDONLY);
    const bool synced = written >= 0 && ::fsync(written) == 0;
    if (written >= 0)
        ::close(written);
    if (!synced) {
        return refused(ErrorKind::StorageFailure,
            QCoreApplication::translate("OutputFile", "Berkas %1 tidak bisa disimpan: %2")
                .arg(shown(m_target), QString::fromLocal8Bit(std::strerror(errno))),
            "fsync of output failed");
    }
    // A writer that reopened the path (QPrinter) may have changed the mode: owner-only again.
    QFile::setPermissions(temporary, kOwnerOnly);
    const QByteArray from = QFile::encodeName(temporary);
    const QByteArray to = QFile::encodeName(m_target);
    int result = 0;
    if (m_replace) {
        // Checked again: a link or a device put there since create() is not replaced.
        const QFileInfo now(m_target);
        if (now.isSymLink() || (now.exists() && !now.isFile()))
            return refused(ErrorKind::InvalidInput,
                QCoreApplication::translate("OutputFile", "%1 bukan berkas biasa; tidak ditimpa.").arg(shown(m_target)),
                "output changed into a non-regular file");
        result = ::rename(from.constData(), to.constData());
    } else {
        // link() fails when the name exists: nothing that appeared meanwhile is clobbered.
        result = ::link(from.constData(), to.constData());
        if (result == 0)
            ::unlink(from.constData());
    }
    if (result != 0) {
        const int error = errno;
        if (error == EEXIST)
            return refused(ErrorKind::Conflict,
                QCoreApplication::translate("OutputFile", "Berkas %1 sudah ada; pakai --force untuk menimpanya.")
                    .arg(shown(m_target)),
                "output appeared while writing");
        return refused(ErrorKind::StorageFailure,
            QCoreApplication::translate("OutputFile", "Berkas %1 tidak bisa disimpan: %2")
                .arg(shown(m_target), QString::fromLocal8Bit(std::strerror(error))),
            "rename or link of output failed");
    }
    m_committed = true;
    // The rename itself is durable once the folder is synced.
    const int folder
        = ::open(QFile::encodeName(QFileInfo(m_target).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return {};
}

QStringList OutputFile::sqliteFiles(const QString& databasePath)
{
    if (databasePath.isEmpty())
        return {};
    return { databasePath, databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm"),
        databasePath + QStringLiteral("-journal") };
}

bool makeOwnerOnlyDirectory(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace csodesk
