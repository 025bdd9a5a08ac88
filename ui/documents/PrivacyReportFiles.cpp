#include "PrivacyReportFiles.h"

#include "PrivacyDocument.h"

namespace csodesk::ui {

Result<PrivacyReportFiles> PrivacyReportFiles::open(
    const QString& jsonPath, const QString& pdfPath, const OutputFile::Options& options)
{
    auto targets = ReportTargets::open(jsonPath, pdfPath, options);
    if (!targets.ok())
        return targets.error();
    return PrivacyReportFiles(std::move(targets).value());
}

Status PrivacyReportFiles::write(const QJsonObject& report, const ApktCatalogue& catalogue)
{
    return m_targets.write(report, [&catalogue](const QJsonObject& content, QIODevice& pdf) {
        return PrivacyDocument::writePdf(content, catalogue, pdf);
    });
}

} // namespace csodesk::ui
