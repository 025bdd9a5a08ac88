#pragma once

#include <QString>

namespace csodesk {

enum class Role { Agent, Supervisor, Admin };

// Who is asking. Every core service that reads personal data or changes anything takes an
// Actor and checks its role itself: a rule enforced only in the UI is not enforced.
struct Actor {
    qint64 userId = 0;
    QString userName;
    Role role = Role::Agent;

    [[nodiscard]] bool isSupervisorOrAdmin() const { return role == Role::Supervisor || role == Role::Admin; }
};

[[nodiscard]] inline QString roleCode(Role role)
{
    switch (role) {
    case Role::Agent:
        return QStringLiteral("agent");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("agent");
}

} // namespace csodesk
