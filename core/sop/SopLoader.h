#pragma once

#include "apkt/ApktCatalogue.h"
#include "common/Result.h"
#include "sop/SopDocument.h"
#include "sop/SopProblem.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace csodesk {

// Reads and validates SOP documents. A refused document comes back as every problem found
// (file, node, reason), never as a half-usable document.
class SopLoader {
public:
    explicit SopLoader(const ApktCatalogue& catalogue)
        : m_catalogue(catalogue)
    {
    }

    // Problems of a document; an empty list means `document` is valid and complete.
    [[nodiscard]] QList<SopProblem> check(
        const QByteArray& json, const QString& sourceName, SopDocument* document) const;

    [[nodiscard]] Result<SopDocument> loadJson(const QByteArray& json, const QString& sourceName) const;
    // sourceName in problems is the file name as given; document.origin is the path.
    [[nodiscard]] Result<SopDocument> loadFile(const QString& path) const;

private:
    const ApktCatalogue& m_catalogue;
};

} // namespace csodesk
