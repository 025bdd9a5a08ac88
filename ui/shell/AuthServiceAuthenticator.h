#pragma once

#include "shell/Authenticator.h"

namespace csodesk {
class AuthService;
}

namespace csodesk::ui {

// The login dialog's Authenticator over core's AuthService. AuthService is thread-safe (each
// thread gets its own database connection), so login() may run on the runner's worker thread.
class AuthServiceAuthenticator final : public Authenticator {
public:
    explicit AuthServiceAuthenticator(AuthService& service)
        : m_service(service)
    {
    }
    [[nodiscard]] Result<Actor> login(const QString& userName, const QString& password) override;

private:
    AuthService& m_service;
};

} // namespace csodesk::ui
