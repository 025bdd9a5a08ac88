#pragma once

#include "common/OutputFile.h"
#include "common/Result.h"
#include "privacy/ReportTargets.h"

#include <QJsonObject>
#include <QString>

namespace csodesk {
class ApktCatalogue;
}

namespace csodesk::ui {

// The privacy report's files as the console writes them: core's ReportTargets with the PDF
// drawn here (PrivacyDocument), in this process.
class PrivacyReportFiles {
public:
    // Either path may be empty, not both. Owner-only temporary files beside the targets.
    [[nodiscard]] static Result<PrivacyReportFiles> open(
        const QString& jsonPath, const QString& pdfPath, const OutputFile::Options& options);

    // Writes the report into both and puts them in place; on a failure neither appears.
    [[nodiscard]] Status write(const QJsonObject& report, const ApktCatalogue& catalogue);

    [[nodiscard]] bool hasJson() const { return m_targets.hasJson(); }
    [[nodiscard]] bool hasPdf() const { return m_targets.hasPdf(); }

private:
    explicit PrivacyReportFiles(ReportTargets targets)
        : m_targets(std::move(targets))
    {
    }

    ReportTargets m_targets;
};

} // namespace csodesk::ui
