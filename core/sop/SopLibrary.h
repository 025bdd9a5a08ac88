#pragma once

#include "apkt/ApktCatalogue.h"
#include "common/Result.h"
#include "sop/SopDocument.h"
#include "sop/SopProblem.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace csodesk {

class Settings;

// Every SOP version the program knows: the built-in documents (:/sop/*.json) plus those in an
// external folder (<data dir>/sop or --sop-dir). An external document with the id and version
// of a built-in one replaces it; with a new version it is added. A supervisor rolls out a
// revised SOP by dropping a file with a higher version and its effective date into the folder.
class SopLibrary {
public:
    // Built-in documents must be valid (a refused one is a bug: Internal error). A refused
    // external document is left out and reported in problems(), so one bad file does not stop
    // the floor from working. A missing external folder is not a problem.
    [[nodiscard]] static Result<SopLibrary> load(const ApktCatalogue& catalogue, const QString& externalDirectory = {});

    // The external folder in force: the `sop/directory` setting, else <data dir>/sop. The CLI's
    // --sop-dir overrides it; the desktop uses it as is.
    [[nodiscard]] static QString externalDirectory(const Settings& settings);

    using DocumentPtr = std::shared_ptr<const SopDocument>;

    // The version of `id` in force on `date`: among the versions effective that day, the
    // highest. nullptr when there is none.
    [[nodiscard]] DocumentPtr find(const QString& id, const QDate& date) const;
    [[nodiscard]] DocumentPtr findVersion(const QString& id, int version) const;
    // One document per id, the version in force on `date`, ordered by id.
    [[nodiscard]] QList<DocumentPtr> effectiveOn(const QDate& date) const;
    // Every version loaded, ordered by id then version.
    [[nodiscard]] const QList<DocumentPtr>& all() const { return m_documents; }

    [[nodiscard]] const QList<SopProblem>& problems() const { return m_problems; }

    // The same NotFound error for the CLI and the desktop when an id has no version on a date.
    [[nodiscard]] static Error notFound(const QString& id, const QDate& date);

private:
    void add(DocumentPtr document);

    QList<DocumentPtr> m_documents;
    QList<SopProblem> m_problems;
};

} // namespace csodesk
