#pragma once

#include "Database.h"
#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace csodesk {

// Reads back what a database's schema is, the same way for both dialects: for `check`, and
// for the test that compares each dialect's migrated schema with a committed snapshot.
class SchemaInspector {
public:
    explicit SchemaInspector(Database& database)
        : m_database(database)
    {
    }

    [[nodiscard]] Result<QStringList> tables();
    // A stable, line-per-item text of tables, columns, indexes and triggers.
    [[nodiscard]] Result<QString> describe();
    [[nodiscard]] Result<QList<QPair<QString, qint64>>> rowCounts();
    // "ok" when the storage is sound; SQLite's integrity_check findings otherwise.
    [[nodiscard]] Result<QString> integrityCheck();

private:
    Database& m_database;
};

} // namespace csodesk
