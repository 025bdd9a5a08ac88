#pragma once

#include "common/OutputFile.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace csodesk {
class ApktCatalogue;
}

namespace csodesk::ui {

// Where one privacy report goes: a JSON file, a PDF, or both, for the CLI's `privacy report`
// and the console alike. The targets are opened (and so refused, if they must be) before the
// report is built, so a refused file costs no access-log record; both are written from the one
// report and put in place only when both are complete.
class PrivacyReportFiles {
public:
    // Either path may be empty, not both. Owner-only temporary files beside the targets.
    [[nodiscard]] static Result<PrivacyReportFiles> open(
        const QString& jsonPath, const QString& pdfPath, const OutputFile::Options& options);

    // Writes the report into both and puts them in place; on a failure neither appears.
    [[nodiscard]] Status write(const QJsonObject& report, const ApktCatalogue& catalogue);

    [[nodiscard]] bool hasJson() const { return m_json != nullptr; }
    [[nodiscard]] bool hasPdf() const { return m_pdf != nullptr; }

private:
    std::unique_ptr<OutputFile> m_json;
    std::unique_ptr<OutputFile> m_pdf;
};

} // namespace csodesk::ui
