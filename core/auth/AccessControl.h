#pragma once

#include "auth/Actor.h"
#include "common/Result.h"

namespace csodesk {

// The role rules in one place, so every service asks the same question the same way.
// `what` names the refused action in the message ("mengekspor tiket").
namespace access {

// Supervisors and admins: see, annotate and export every ticket; read the figures.
[[nodiscard]] Status requireSupervisor(const Actor& actor, const QString& what);
// Admins only: manage user accounts.
[[nodiscard]] Status requireAdmin(const Actor& actor, const QString& what);
// Any signed-in user (a default-constructed Actor is nobody).
[[nodiscard]] Status requireSignedIn(const Actor& actor);

} // namespace access

} // namespace csodesk
