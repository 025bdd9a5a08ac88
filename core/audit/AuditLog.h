#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace csodesk {

// Action names as stored; keep them stable, reports filter on them.
namespace AuditAction {
inline const QString Lookup = QStringLiteral("lookup");
inline const QString Export = QStringLiteral("export");
inline const QString Annotate = QStringLiteral("annotate");
inline const QString StatusChange = QStringLiteral("status_change");
inline const QString FileTicket = QStringLiteral("file_ticket");
inline const QString Login = QStringLiteral("login");
inline const QString LoginFailed = QStringLiteral("login_failed");
inline const QString UserAdmin = QStringLiteral("user_admin");
inline const QString Import = QStringLiteral("import");
inline const QString Retention = QStringLiteral("retention");
inline const QString PrivacyPurge = QStringLiteral("privacy_purge");
inline const QString Search = QStringLiteral("search");
} // namespace AuditAction

struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor; // user name
    QString action; // one of AuditAction
    QString customerIdpel; // empty when no customer is involved
    QString detail;
};

struct AuditFilter {
    QDateTime from; // inclusive, UTC; invalid = open
    QDateTime to; // exclusive, UTC; invalid = open
    QString actor;
    QString action;
    QString customerIdpel;
    qint64 beforeId = 0; // keyset paging: entries older than this id; 0 = newest first
    int limit = 200;
};

// The append-only record of who processed whose data. The storage refuses UPDATE and DELETE
// (triggers), so a row once written stays as written.
class AuditLog {
public:
    AuditLog(Database& database, const Clock& clock)
        : m_database(database)
        , m_clock(clock)
    {
    }

    // Inside the caller's transaction, so the record and the act commit together.
    [[nodiscard]] Status record(const QSqlDatabase& db, const QString& actor, const QString& action,
        const QString& customerIdpel = {}, const QString& detail = {});
    // On its own (reads such as a look-up have no transaction of their own).
    [[nodiscard]] Status record(
        const QString& actor, const QString& action, const QString& customerIdpel = {}, const QString& detail = {});

    [[nodiscard]] Result<QList<AuditEntry>> query(const AuditFilter& filter);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace csodesk
