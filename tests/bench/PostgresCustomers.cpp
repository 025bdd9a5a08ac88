#include "PostgresCustomers.h"

#include "BenchCache.h"
#include "BenchPostgres.h"
#include "RawSqlite.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace csodesk::bench {

namespace {

constexpr int kBatch = 5000;

struct Table {
    const char* name;
    const char* select; // from SQLite, columns in the order of `columns`
    const char* columns; // json_to_recordset's column definitions
    const char* intColumns; // comma-separated, written as JSON numbers (or null)
};

const Table kUnits { "units", "SELECT code, level, name, parent_code, province, city, ppj_bp FROM units",
    "code text, level text, name text, parent_code text, province text, city text, ppj_bp integer", "ppj_bp" };
const Table kCustomers { "customers",
    "SELECT idpel, meter_number, name, address, phone, email, tariff_class, power_va, payment_type, ulp_code, "
    "invoice_email_state, invoice_email FROM customers",
    "idpel text, meter_number text, name text, address text, phone text, email text, tariff_class text, "
    "power_va integer, payment_type text, ulp_code text, invoice_email_state text, invoice_email text",
    "power_va" };

QString columnNames(const Table& table)
{
    QStringList names;
    for (const QString& definition : QString::fromLatin1(table.columns).split(QStringLiteral(", ")))
        names.append(definition.section(QLatin1Char(' '), 0, 0));
    return names.join(QStringLiteral(", "));
}

void insertBatch(PostgresConnection& pg, const Table& table, const QJsonArray& rows)
{
    QSqlQuery insert(pg.db());
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2) SELECT * FROM json_to_recordset(CAST(? AS json)) AS r(%3)")
                       .arg(QString::fromLatin1(table.name), columnNames(table), QString::fromLatin1(table.columns)));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    if (!insert.exec())
        failBench(QStringLiteral("copy into %1: %2").arg(QString::fromLatin1(table.name), insert.lastError().text()));
}

qint64 copyTable(RawSqlite& sqlite, PostgresConnection& pg, const Table& table)
{
    RawStatement select(sqlite.handle(), table.select);
    const QStringList names = columnNames(table).split(QStringLiteral(", "));
    const QStringList ints = QString::fromLatin1(table.intColumns).split(QLatin1Char(','));
    QJsonArray rows;
    qint64 copied = 0;
    while (select.step()) {
        QJsonObject row;
        for (int column = 0; column < names.size(); ++column) {
            if (select.isNull(column))
                row.insert(names.at(column), QJsonValue::Null);
            else if (ints.contains(names.at(column)))
                row.insert(names.at(column), select.int64(column));
            else
                row.insert(names.at(column), QString::fromStdString(select.text(column)));
        }
        rows.append(row);
        if (rows.size() == kBatch) {
            insertBatch(pg, table, rows);
            copied += rows.size();
            rows = QJsonArray();
        }
    }
    if (!rows.isEmpty())
        insertBatch(pg, table, rows);
    return copied + rows.size();
}

} // namespace

qint64 copyCustomersToPostgres(const QString& sqlitePath, const DatabaseUrl& ownerUrl)
{
    QElapsedTimer timer;
    timer.start();
    RawSqlite sqlite(sqlitePath);
    PostgresConnection pg(ownerUrl, QStringLiteral("csodesk-bench-copy"));
    // The migrations' own definitions, read back, so that the rebuilt indexes are theirs.
    QStringList indexes;
    {
        QSqlQuery query(pg.db());
        if (!query.exec(QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
                                       "AND tablename = 'customers' AND indexdef NOT LIKE 'CREATE UNIQUE%'")))
            failBench(query.lastError().text());
        while (query.next()) {
            pg.exec(QStringLiteral("DROP INDEX ") + query.value(0).toString());
            indexes.append(query.value(1).toString());
        }
    }
    (void)copyTable(sqlite, pg, kUnits);
    const qint64 customers = copyTable(sqlite, pg, kCustomers);
    pg.exec(QStringLiteral("SET maintenance_work_mem = '1GB'"));
    for (const QString& definition : std::as_const(indexes))
        pg.exec(definition);
    // Statistics for the planner and hint bits set, as on a database that has been in use.
    pg.exec(QStringLiteral("VACUUM (ANALYZE) units, customers"));
    QTextStream(stderr) << "bench: copied " << customers << " customers into PostgreSQL (" << indexes.size()
                        << " indexes rebuilt) in " << timer.elapsed() / 1000 << " s\n";
    return timer.elapsed();
}

} // namespace csodesk::bench
