#include "PrivacyReportExport.h"

#include "ConsoleServices.h"
#include "PrivacyReportDialog.h"
#include "documents/PrivacyReportFiles.h"
#include "privacy/PrivacyReport.h"
#include "toolkit/BackgroundRunner.h"
#include "toolkit/Messages.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

#include <memory>
#include <utility>

namespace csodesk::ui {

PrivacyReportExport::PrivacyReportExport(Actor actor, ConsoleServices& services, QWidget* parent)
    : QObject(parent)
    , m_actor(std::move(actor))
    , m_services(services)
    , m_parent(parent)
{
}

void PrivacyReportExport::start()
{
    if (m_running || m_dialog)
        return;
    // Raw pointers while configuring: GCC cannot follow QPointer's null check (-Wnull-dereference).
    auto* dialog = new PrivacyReportDialog(m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, &PrivacyReportExport::chooseFile);
    m_dialog = dialog;
    dialog->open();
}

void PrivacyReportExport::chooseFile()
{
    const PrivacyReportDialog* dialog = m_dialog.data();
    if (dialog == nullptr)
        return;
    const QString idpel = dialog->idpel();
    const bool withJson = dialog->withJson();
    // Qt's own dialog: the same on every desktop, asks before replacing, and tests can answer it.
    auto* files = new QFileDialog(
        m_parent, tr("Simpan laporan data pribadi sebagai PDF"), QDir::homePath(), tr("Berkas PDF (*.pdf)"));
    files->setObjectName(QStringLiteral("privacyReportFileDialog"));
    files->setOption(QFileDialog::DontUseNativeDialog);
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setWindowModality(Qt::WindowModal);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("pdf"));
    files->selectFile(QStringLiteral("laporan-data-pribadi-%1.pdf").arg(idpel));
    connect(files, &QFileDialog::fileSelected, this, [this, idpel, withJson](const QString& path) {
        const QString json = withJson
            ? QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".json"))
            : QString();
        save(idpel, path, json);
    });
    m_fileDialog = files;
    files->open();
}

void PrivacyReportExport::save(const QString& idpel, const QString& pdfPath, const QString& jsonPath)
{
    if (m_running || m_services.privacy == nullptr)
        return;
    // The save dialog asked about the PDF; the JSON beside it is asked about here.
    if (!jsonPath.isEmpty() && QFileInfo::exists(jsonPath)
        && !Messages::confirm(m_parent, tr("Ganti berkas JSON?"),
            tr("%1 sudah ada. Ganti dengan laporan baru?").arg(QDir::toNativeSeparators(jsonPath)), true)) {
        Q_EMIT finished(false);
        return;
    }
    OutputFile::Options output;
    output.replace = true;
    output.protectedPaths = m_services.protectedFiles;
    // Opened before the report is built: a refused target costs no access-log record.
    auto opened = PrivacyReportFiles::open(jsonPath, pdfPath, output);
    if (!opened.ok()) {
        Messages::showError(m_parent, opened.error());
        Q_EMIT finished(false);
        return;
    }
    auto files = std::make_shared<PrivacyReportFiles>(std::move(opened).value());
    m_running = true;
    QApplication::setOverrideCursor(Qt::BusyCursor);
    PrivacyReport* report = m_services.privacy;
    const Actor actor = m_actor;
    m_services.runner.run(
        this, tr("Menyusun laporan data pribadi…"), [report, actor, idpel] { return report->build(actor, idpel); },
        [this, files, pdfPath, jsonPath](const Result<QJsonObject>& built) {
            // The PDF is laid out here, on the GUI thread, where QtGui's fonts live.
            Status written = built.ok() ? files->write(built.value(), m_services.catalogue) : Status(built.error());
            QApplication::restoreOverrideCursor();
            m_running = false;
            if (!written.ok()) {
                Messages::showError(m_parent, written.error());
                Q_EMIT finished(false);
                return;
            }
            QString where = QDir::toNativeSeparators(pdfPath);
            if (!jsonPath.isEmpty())
                where += QStringLiteral("\n") + QDir::toNativeSeparators(jsonPath);
            Messages::inform(m_parent, tr("Laporan tersimpan"),
                tr("Laporan data pribadi disimpan ke:\n%1\n\nBerkas ini berisi data pribadi: serahkan hanya kepada "
                   "pemilik data.")
                    .arg(where));
            Q_EMIT finished(true);
        });
}

} // namespace csodesk::ui
