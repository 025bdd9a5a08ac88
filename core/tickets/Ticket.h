#pragma once

#include "common/Result.h"
#include "tickets/TicketDraft.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace csodesk {

// Where a ticket stands now. An Issue Closed ticket is closed at filing; a KELUHAN is open
// until a status event says the unit finished it or it was cancelled.
enum class TicketStatus { Closed, Open, DoneByUnit, Cancelled };

[[nodiscard]] QString ticketStatusCode(TicketStatus status); // closed / open / done_by_unit / cancelled
[[nodiscard]] Result<TicketStatus> ticketStatusFromCode(const QString& code);

// A supervisor's verdict on how the agent followed the SOP.
enum class ReviewFlag { SesuaiSop, PerluKoreksi };

[[nodiscard]] QString reviewFlagCode(ReviewFlag flag); // sesuai_sop / perlu_koreksi
[[nodiscard]] Result<ReviewFlag> reviewFlagFromCode(const QString& code);

enum class TicketEventKind { Note, Flag, StatusChange };

[[nodiscard]] QString ticketEventKindCode(TicketEventKind kind); // note / flag / status

// Something that happened to a ticket after filing; appended, never changed.
struct TicketEvent {
    qint64 id = 0;
    TicketEventKind kind = TicketEventKind::Note;
    QDateTime at; // UTC
    qint64 actorUserId = 0;
    QString actorName;
    QString note;
    QString flag; // reviewFlagCode or empty
    QString status; // ticketStatusCode or empty
};

// A filed ticket: the draft as filed plus what filing decided, and its current state.
struct Ticket {
    qint64 id = 0;
    QString number; // K + site + yyMMdd (WIB) + daily sequence
    QString clientRequestId; // the filer's retry key
    TicketDraft content; // as filed; slaHours is derived from the stored due time
    qint64 agentUserId = 0;
    QString agentName;
    QDateTime callStartedAt; // UTC
    QDateTime filedAt; // UTC
    qint64 handleTimeMs = 0;
    QDateTime slaDueAt; // UTC; invalid for Issue Closed
    QString linkedTicketNumber;
    // Set once the retention purge replaced the personal texts (name, fields, description,
    // note, the path's texts and values); invalid while they are as filed.
    QDateTime anonymisedAt; // UTC

    // Derived from the events when read.
    TicketStatus status = TicketStatus::Closed;
    QString latestFlag; // reviewFlagCode or empty
    QString latestReviewNote; // the newest non-empty supervisor note
};

struct TicketDetail {
    Ticket ticket;
    QList<TicketEvent> events; // oldest first
};

} // namespace csodesk
