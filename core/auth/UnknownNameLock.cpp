#include "UnknownNameLock.h"

namespace csodesk {

ReplayedLock replayLock(const QList<QDateTime>& failures, int limit, qint64 lockMinutes)
{
    ReplayedLock state;
    for (const QDateTime& at : failures) {
        if (state.lockedUntil.isValid()) {
            if (at < state.lockedUntil)
                continue;
            state = {};
        }
        if (++state.failures >= limit)
            state.lockedUntil = at.addSecs(lockMinutes * 60);
    }
    return state;
}

} // namespace csodesk
