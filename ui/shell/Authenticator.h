#pragma once

#include "auth/Actor.h"
#include "common/Result.h"

#include <QString>

namespace csodesk::ui {

// What the login dialog needs from the authentication service. core's AuthService implements
// it (or an adapter does); tests pass a fake. login() runs on a worker thread (see
// BackgroundRunner), so an implementation must be safe to call from any thread.
//
// Errors are shown to the person as they come, so their messages must be the clear Indonesian
// ones: wrong name or password (InvalidInput, same text for both so names cannot be probed),
// locked or disabled account (PermissionDenied), database unreachable (Unavailable).
class Authenticator {
public:
    virtual ~Authenticator() = default;
    [[nodiscard]] virtual Result<Actor> login(const QString& userName, const QString& password) = 0;
};

} // namespace csodesk::ui
