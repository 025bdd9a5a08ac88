#pragma once

#include "common/OutputFile.h"
#include "common/Result.h"

#include <QIODevice>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace csodesk {

// Where one privacy report goes: a JSON file, a PDF, or both (the CLI's `privacy report`, the
// console). The targets are opened — and so refused, if they must be — before the report is
// built, so a refused file costs no access-log record; both are written from the one report
// and put in place only when both are complete. How a PDF is drawn is the caller's: the
// console draws it itself, the CLI (which links no GUI library) has a helper program draw it.
class ReportTargets {
public:
    using PdfRenderer = std::function<Status(const QJsonObject& report, QIODevice& pdf)>;

    // Either path may be empty, not both. Owner-only temporary files beside the targets.
    [[nodiscard]] static Result<ReportTargets> open(
        const QString& jsonPath, const QString& pdfPath, const OutputFile::Options& options);

    // Writes the report into both and puts them in place; on a failure neither appears.
    [[nodiscard]] Status write(const QJsonObject& report, const PdfRenderer& renderPdf);

    [[nodiscard]] bool hasJson() const { return m_json != nullptr; }
    [[nodiscard]] bool hasPdf() const { return m_pdf != nullptr; }

private:
    std::unique_ptr<OutputFile> m_json;
    std::unique_ptr<OutputFile> m_pdf;
};

} // namespace csodesk
