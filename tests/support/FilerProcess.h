#pragma once

#include "storage/Database.h"

#include <QMap>
#include <QProcess>
#include <QSet>
#include <QStringList>

#include <memory>

namespace csodesk::test {

// What a csodesk_test_filer process reported (see TicketFiler.cpp).
struct FilerLog {
    QSet<QString> tried; // request ids it started filing
    QMap<QString, QString> acknowledged; // request id -> ticket number
    QStringList failed; // "id kind message" lines
    QString stderrText;

    void add(const FilerLog& other);
};

[[nodiscard]] FilerLog parseFilerOutput(const QByteArray& stdoutBytes);

// The filer executable, for a test that must start it its own way (as another user).
[[nodiscard]] QString filerProgram();

// Starts the filer on `url` for `count` tickets; retrySeconds > 0 retries unavailable waits.
// It files as `userName`, an agent that must exist (createFilerAgent makes "agent"); on a
// floor's URL it signs in as that login with `password` (given as CSODESK_PASSWORD).
[[nodiscard]] std::unique_ptr<QProcess> startFiler(const QString& url, int count, int retrySeconds = 0,
    const QString& userName = QStringLiteral("agent"), const QString& password = {});

// The user the filer files as ("agent").
void createFilerAgent(Database& database);

// For every acknowledged ticket: exactly one row with that number and request id. For every
// other id that was tried: at most one row. Uses REQUIRE/CHECK.
void checkAcknowledgedPresentOnce(Database& database, const FilerLog& log);

// Tickets in the database and distinct numbers among them.
struct TicketCounts {
    qint64 rows = 0;
    qint64 distinctNumbers = 0;
    qint64 distinctRequestIds = 0;
};
[[nodiscard]] TicketCounts countTickets(Database& database);

} // namespace csodesk::test
