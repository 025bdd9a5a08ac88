#pragma once

#include "ImportRowParser.h"
#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>

#include <functional>

namespace csodesk {

struct ImportProblem {
    qint64 line = 0;
    int column = 0;
    QString reason;

    [[nodiscard]] QString format(const QString& fileName) const; // "file:line:column: reason"
};

struct ImportOptions {
    // Default all-or-nothing: one bad row and nothing is imported. With skipInvalid the good
    // rows are imported and the bad ones written, with their reasons, to rejectedPath (owner-only,
    // only when there are any, and never over an existing file unless replaceRejected).
    bool skipInvalid = false;
    QString rejectedPath;
    bool replaceRejected = false; // an existing rejectedPath is refused unless set (the CLI's --force)
};

struct ImportReport {
    qint64 rows = 0; // data rows read (header excluded)
    qint64 imported = 0; // rows written (inserted or updated)
    qint64 rejected = 0; // rows with at least one problem
    QList<ImportProblem> problems;
    bool committed = false;
};

// Imports customers, bills or meter readings from CSV, the way real data arrives. Every row is
// validated (fields, then references: a bill's customer must exist and be postpaid, a customer's
// ULP must be known, a meter number belongs to one customer); every problem is reported with
// its line and column. Rows are upserted by key, so importing a file twice changes nothing.
// The file is streamed and written in one transaction, with progress.
class CsvImporter {
public:
    using Progress = std::function<void(qint64 rows, qint64 bytesRead, qint64 bytesTotal)>;

    CsvImporter(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    // A report (ok) tells what happened, including the problems of a refused import
    // (committed = false). An error means the import could not run (file, header, database).
    [[nodiscard]] Result<ImportReport> import(const Actor& actor, ImportKind kind, const QString& path,
        const ImportOptions& options, const Progress& progress = {});

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace csodesk
