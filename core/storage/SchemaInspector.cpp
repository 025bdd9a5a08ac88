#include "SchemaInspector.h"

#include <QRegularExpression>
#include <QSqlDriver>

namespace csodesk {

namespace {

QString squeeze(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.replace(spaces, QStringLiteral(" ")).trimmed();
}

Status collect(const QSqlDatabase& db, const QString& sql, const QVariantList& values, int columns,
    const QString& prefix, QStringList& lines)
{
    auto query = execQuery(db, sql, values);
    if (!query.ok())
        return query.error();
    while (query->next()) {
        QStringList parts;
        for (int i = 0; i < columns; ++i)
            parts.append(squeeze(query->value(i).toString()));
        lines.append(prefix + parts.join(QStringLiteral(" | ")));
    }
    return {};
}

} // namespace

Result<QStringList> SchemaInspector::tables()
{
    return m_database.read([&](QSqlDatabase& db) -> Result<QStringList> {
        const QString sql = m_database.isSqlite()
            // Ordinary tables only: a full-text index (FTS5's virtual table and its shadow
            // tables) is SQLite's form of what PostgreSQL does with an index on a table.
            ? QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                             "AND name NOT LIKE 'sqlite_%' ORDER BY name")
            : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                             "AND table_type = 'BASE TABLE' ORDER BY table_name");
        auto query = execQuery(db, sql);
        if (!query.ok())
            return query.error();
        QStringList names;
        while (query->next())
            names.append(query->value(0).toString());
        return names;
    });
}

Result<QString> SchemaInspector::describe()
{
    auto tableNames = tables();
    if (!tableNames.ok())
        return tableNames.error();
    return m_database.read([&](QSqlDatabase& db) -> Result<QString> {
        QStringList lines;
        for (const QString& table : std::as_const(tableNames.value())) {
            lines.append(QStringLiteral("table ") + table);
            const Status columns = m_database.isSqlite()
                ? collect(db,
                    QStringLiteral(
                        "SELECT name, type, \"notnull\", pk, dflt_value FROM pragma_table_info(?) ORDER BY cid"),
                    { table }, 5, QStringLiteral("  column "), lines)
                : collect(db,
                    QStringLiteral("SELECT column_name, data_type, is_nullable, is_identity, column_default "
                                   "FROM information_schema.columns WHERE table_schema = current_schema() "
                                   "AND table_name = ? ORDER BY ordinal_position"),
                    { table }, 5, QStringLiteral("  column "), lines);
            if (!columns.ok())
                return columns.error();
        }
        const Status indexes = m_database.isSqlite()
            ? collect(db,
                QStringLiteral(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"),
                {}, 2, QStringLiteral("index "), lines)
            : collect(db,
                QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER "
                               "BY indexname"),
                {}, 2, QStringLiteral("index "), lines);
        if (!indexes.ok())
            return indexes.error();
        const Status triggers = m_database.isSqlite()
            ? collect(db,
                QStringLiteral("SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"), {}, 2,
                QStringLiteral("trigger "), lines)
            : collect(db,
                QStringLiteral("SELECT DISTINCT trigger_name, event_object_table FROM information_schema.triggers "
                               "WHERE trigger_schema = current_schema() ORDER BY trigger_name"),
                {}, 2, QStringLiteral("trigger "), lines);
        if (!triggers.ok())
            return triggers.error();
        return QString(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    });
}

Result<QList<QPair<QString, qint64>>> SchemaInspector::rowCounts()
{
    auto tableNames = tables();
    if (!tableNames.ok())
        return tableNames.error();
    return m_database.read([&](QSqlDatabase& db) -> Result<QList<QPair<QString, qint64>>> {
        QList<QPair<QString, qint64>> counts;
        for (const QString& table : std::as_const(tableNames.value())) {
            // Identifiers cannot be bound; these come from the catalogue itself, and are quoted.
            const QString quoted = db.driver()->escapeIdentifier(table, QSqlDriver::TableName);
            auto count = queryScalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + quoted);
            if (!count.ok())
                return count.error();
            counts.append({ table, count->toLongLong() });
        }
        return counts;
    });
}

Result<QString> SchemaInspector::integrityCheck()
{
    return m_database.read([&](QSqlDatabase& db) -> Result<QString> {
        if (!m_database.isSqlite()) {
            // PostgreSQL checks its own pages; a round trip proves the server answers.
            auto alive = queryScalar(db, QStringLiteral("SELECT 1"));
            if (!alive.ok())
                return alive.error();
            return QStringLiteral("ok");
        }
        auto query = execQuery(db, QStringLiteral("PRAGMA integrity_check"));
        if (!query.ok())
            return query.error();
        QStringList findings;
        while (query->next())
            findings.append(query->value(0).toString());
        return findings.join(QLatin1Char('\n'));
    });
}

} // namespace csodesk
