#include "RoleCode.h"

#include <QCoreApplication>

namespace csodesk {

Result<Role> roleFromCode(const QString& code)
{
    for (Role role : { Role::Agent, Role::Supervisor, Role::Admin }) {
        if (roleCode(role) == code)
            return role;
    }
    return makeError(ErrorKind::InvalidInput,
        QCoreApplication::translate("Auth", "Peran \"%1\" tidak dikenal. Pilih agent, supervisor atau admin.")
            .arg(code),
        QStringLiteral("unknown role"));
}

} // namespace csodesk
