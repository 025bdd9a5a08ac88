#include "AuthServiceAuthenticator.h"

#include "auth/AuthService.h"

namespace csodesk::ui {

Result<Actor> AuthServiceAuthenticator::login(const QString& userName, const QString& password)
{
    return m_service.login(userName, password);
}

} // namespace csodesk::ui
