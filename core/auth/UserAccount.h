#pragma once

#include "auth/Actor.h"

#include <QDateTime>
#include <QString>

namespace csodesk {

// A user as the admin sees it. The password hash never leaves core/auth.
struct UserAccount {
    qint64 id = 0;
    QString name;
    Role role = Role::Agent;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid = not locked
    QDateTime createdAt; // UTC

    [[nodiscard]] bool isLockedAt(const QDateTime& nowUtc) const
    {
        return lockedUntil.isValid() && lockedUntil > nowUtc;
    }
    [[nodiscard]] Actor toActor() const { return Actor { id, name, role }; }
};

} // namespace csodesk
