#pragma once

#include <QDateTime>
#include <QList>

namespace csodesk {

// A name nobody has must answer as a real account would, or the answers tell which names
// exist: after the same number of wrong guesses it says "locked until ...", for as long. Such
// a name has no row to count in, so its lock is replayed from its recorded failures.
struct ReplayedLock {
    int failures = 0; // counted since the last lock ended
    QDateTime lockedUntil; // UTC; invalid when not locked
};

// `failures`: the times of the name's failed sign-ins, oldest first. The rules are those of
// users::takeAttempt: `limit` failures lock for `lockMinutes`; guesses during a lock do not
// count; after it the count starts again.
[[nodiscard]] ReplayedLock replayLock(const QList<QDateTime>& failures, int limit, qint64 lockMinutes);

} // namespace csodesk
