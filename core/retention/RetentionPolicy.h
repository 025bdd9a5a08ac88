#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace csodesk {

// The database refuses shorter retentions (migration 006): a KELUHAN is worked for days and
// reviewed for weeks, an access log answers a breach notice months later.
inline constexpr int kMinimumTicketRetentionDays = 90;
inline constexpr int kMinimumAccessLogRetentionDays = 30;

// How long tickets and access-log rows keep their personal data; one per database.
struct RetentionPolicy {
    int ticketDays = 1825;
    int accessLogDays = 730;
    QDateTime changedAt; // UTC; invalid while the migration's defaults hold
    QString changedBy;
};

// Unset: the policy's value.
struct PurgeRequest {
    std::optional<int> ticketDays;
    std::optional<int> accessLogDays;
};

// What a purge anonymised. The cut-offs come from the database's clock on a floor.
struct PurgeResult {
    qint64 tickets = 0;
    qint64 notes = 0; // ticket-event notes of anonymised tickets
    qint64 accessLogRows = 0;
    int ticketDays = 0;
    int accessLogDays = 0;
    QDateTime ticketsBefore; // UTC
    QDateTime accessLogBefore; // UTC
};

} // namespace csodesk
