#include "ReportTargets.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace csodesk {

Result<ReportTargets> ReportTargets::open(
    const QString& jsonPath, const QString& pdfPath, const OutputFile::Options& options)
{
    if (jsonPath.isEmpty() && pdfPath.isEmpty())
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Privacy", "Pilih berkas JSON atau PDF untuk laporan."),
            QStringLiteral("privacy report without target"));
    // One file for both would leave only the one put in place last.
    if (!jsonPath.isEmpty() && QFileInfo(jsonPath).absoluteFilePath() == QFileInfo(pdfPath).absoluteFilePath())
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Privacy", "Berkas JSON dan PDF harus berbeda."),
            QStringLiteral("privacy report json == pdf"));
    ReportTargets targets;
    if (!jsonPath.isEmpty()) {
        auto json = OutputFile::create(jsonPath, options);
        if (!json.ok())
            return json.error();
        targets.m_json = std::move(json).value();
    }
    if (!pdfPath.isEmpty()) {
        auto pdf = OutputFile::create(pdfPath, options);
        if (!pdf.ok())
            return pdf.error();
        targets.m_pdf = std::move(pdf).value();
    }
    return targets;
}

Status ReportTargets::write(const QJsonObject& report, const PdfRenderer& renderPdf)
{
    if (m_json) {
        const QByteArray text = QJsonDocument(report).toJson(QJsonDocument::Indented);
        if (m_json->device().write(text) != text.size())
            return makeError(ErrorKind::Internal,
                QCoreApplication::translate("Privacy", "Laporan tidak bisa ditulis ke %1.").arg(m_json->target()),
                QStringLiteral("privacy json write: %1").arg(m_json->device().errorString()));
    }
    if (m_pdf) {
        if (Status written = renderPdf(report, m_pdf->device()); !written.ok())
            return written;
    }
    // Both complete: now they appear. The PDF first, the JSON it was made from last.
    for (OutputFile* file : { m_pdf.get(), m_json.get() })
        if (file)
            if (Status committed = file->commit(); !committed.ok())
                return committed;
    return {};
}

} // namespace csodesk
