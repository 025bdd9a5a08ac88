#include "AccessControl.h"

#include <QCoreApplication>

namespace csodesk::access {

namespace {

Error denied(const Actor& actor, const QString& what)
{
    return makeError(ErrorKind::PermissionDenied,
        QCoreApplication::translate("Auth", "Peran %1 tidak boleh %2.").arg(roleCode(actor.role), what),
        QStringLiteral("role %1 denied: %2").arg(roleCode(actor.role), what));
}

} // namespace

Status requireSignedIn(const Actor& actor)
{
    if (actor.userId <= 0 || actor.userName.isEmpty()) {
        return makeError(ErrorKind::PermissionDenied,
            QCoreApplication::translate("Auth", "Silakan masuk terlebih dahulu."),
            QStringLiteral("no signed-in actor"));
    }
    return {};
}

Status requireSupervisor(const Actor& actor, const QString& what)
{
    if (auto signedIn = requireSignedIn(actor); !signedIn.ok())
        return signedIn;
    if (!actor.isSupervisorOrAdmin())
        return denied(actor, what);
    return {};
}

Status requireAdmin(const Actor& actor, const QString& what)
{
    if (auto signedIn = requireSignedIn(actor); !signedIn.ok())
        return signedIn;
    if (actor.role != Role::Admin)
        return denied(actor, what);
    return {};
}

} // namespace csodesk::access
