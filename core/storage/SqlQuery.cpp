#include "SqlQuery.h"

#include <QCoreApplication>

namespace csodesk {

namespace {

bool mentionsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

namespace {

enum class Cause { Connection, Busy, Full, ReadOnly, Constraint, Refused, Missing, Rejected, Other };

// SQLite reports extended result codes (the low byte is the primary code); PostgreSQL a
// five-character SQLSTATE. The codes are what the drivers guarantee; texts are a fallback.
Cause causeFromCode(const QString& code)
{
    // SQLite's extended codes have at most four digits; a SQLSTATE has five characters, often
    // all digits ("22023"), so it is recognised by its length first.
    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric);
    if (numeric && code.size() < 5) {
        switch (sqliteCode & 0xff) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return Cause::Busy;
        case 13: // SQLITE_FULL
            return Cause::Full;
        case 8: // SQLITE_READONLY
            return Cause::ReadOnly;
        case 19: // SQLITE_CONSTRAINT
            return Cause::Constraint;
        case 14: // SQLITE_CANTOPEN
            return Cause::Connection;
        default:
            return Cause::Other;
        }
    }
    if (code.size() == 5) {
        if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
            return Cause::Connection;
        if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03"))
            return Cause::Busy;
        if (code == QLatin1String("53100"))
            return Cause::Full;
        if (code == QLatin1String("25006"))
            return Cause::ReadOnly;
        if (code.startsWith(QLatin1String("23")))
            return Cause::Constraint;
        // The floor's privileges and database functions (migration 005) refuse with these.
        if (code == QLatin1String("42501"))
            return Cause::Refused;
        if (code == QLatin1String("P0002"))
            return Cause::Missing;
        if (code == QLatin1String("22023") || code == QLatin1String("22001"))
            return Cause::Rejected;
    }
    return Cause::Other;
}

Cause causeFromText(const QSqlError& error)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (mentionsAny(text,
            { "server closed the connection", "no connection to the server", "terminating connection",
                "could not connect", "connection refused", "connection to server", "timeout expired",
                "the database system is shutting down", "the database system is starting up" }))
        return Cause::Connection;
    if (mentionsAny(text, { "database is locked", "database table is locked" }))
        return Cause::Busy;
    if (mentionsAny(text, { "database or disk is full", "no space left" }))
        return Cause::Full;
    if (mentionsAny(text, { "readonly database", "read-only transaction" }))
        return Cause::ReadOnly;
    if (mentionsAny(text, { "constraint failed", "violates", "duplicate key" }))
        return Cause::Constraint;
    return Cause::Other;
}

} // namespace

Error sqlError(const QSqlError& error, const QString& what)
{
    const QString technical = what + QStringLiteral(": ") + error.text() + QStringLiteral(" [")
        + error.nativeErrorCode() + QLatin1Char(']');
    Cause cause = causeFromCode(error.nativeErrorCode());
    if (cause == Cause::Other)
        cause = causeFromText(error);

    switch (cause) {
    case Cause::Connection:
        return makeError(ErrorKind::Unavailable,
            QCoreApplication::translate(
                "Storage", "Basis data tidak dapat dihubungi. Periksa jaringan atau server, lalu coba lagi."),
            technical);
    case Cause::Busy:
        return makeError(ErrorKind::Unavailable,
            QCoreApplication::translate("Storage", "Basis data sedang sibuk. Coba lagi sebentar lagi."), technical);
    case Cause::Full:
        return makeError(ErrorKind::StorageFailure,
            QCoreApplication::translate(
                "Storage", "Penyimpanan basis data penuh. Data belum tersimpan; hubungi admin."),
            technical);
    case Cause::ReadOnly:
        return makeError(ErrorKind::StorageFailure,
            QCoreApplication::translate(
                "Storage", "Basis data hanya bisa dibaca. Data belum tersimpan; hubungi admin."),
            technical);
    case Cause::Constraint:
        return makeError(ErrorKind::Conflict,
            QCoreApplication::translate("Storage", "Data bertentangan dengan data yang sudah ada."), technical);
    case Cause::Refused:
        return makeError(ErrorKind::PermissionDenied,
            QCoreApplication::translate("Storage", "Basis data menolak tindakan ini untuk akun Anda."), technical);
    case Cause::Missing:
        return makeError(ErrorKind::NotFound,
            QCoreApplication::translate("Storage", "Data yang dimaksud tidak ada di basis data."), technical);
    case Cause::Rejected:
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("Storage", "Basis data menolak isian ini karena tidak sesuai aturan."),
            technical);
    case Cause::Other:
        break;
    }
    return makeError(
        ErrorKind::StorageFailure, QCoreApplication::translate("Storage", "Operasi basis data gagal."), technical);
}

Result<QSqlQuery> prepareQuery(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError(), QStringLiteral("prepare"));
    return query;
}

Status bindAndExec(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        // QString() is "null" in Qt and would become SQL NULL; an empty text is meant.
        // SQL NULL is bound as an invalid QVariant().
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QString(QLatin1String("")));
        else
            query.bindValue(i, value);
    }
    if (!query.exec())
        return sqlError(query.lastError(), QStringLiteral("exec"));
    return {};
}

Result<QSqlQuery> execQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    if (values.isEmpty()) {
        // Nothing to bind: run it as is. PostgreSQL cannot prepare DDL or SET, and a
        // one-off statement gains nothing from a server-side prepare.
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return sqlError(query.lastError(), QStringLiteral("exec"));
        return query;
    }
    auto prepared = prepareQuery(db, sql);
    if (!prepared.ok())
        return prepared.error();
    QSqlQuery query = std::move(prepared).value();
    if (auto done = bindAndExec(query, values); !done.ok())
        return done.error();
    return query;
}

Result<QVariant> queryScalar(
    const QSqlDatabase& db, const QString& sql, const QVariantList& values, const QVariant& fallback)
{
    auto query = execQuery(db, sql, values);
    if (!query.ok())
        return query.error();
    if (!query->next())
        return fallback;
    return query->value(0);
}

} // namespace csodesk
