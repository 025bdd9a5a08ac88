#pragma once

#include "CliContext.h"
#include "audit/AuditLog.h"
#include "auth/Actor.h"
#include "auth/PasswordHasher.h"
#include "common/Result.h"

#include <QCommandLineOption>

namespace csodesk::cli {

// Passwords reach the CLI from the environment, a pipe or a terminal prompt, never from an
// argument (arguments show up in `ps` and in shell history).
class PasswordInput {
public:
    explicit PasswordInput(CliContext& context)
        : m_context(context)
    {
    }

    // The password to sign in with: $CSODESK_PASSWORD, else the next line of standard input
    // (prompted without echo on a terminal).
    [[nodiscard]] Result<QString> signInPassword(const QString& userName);
    // A new password: the next line of standard input; on a terminal asked twice, without echo.
    [[nodiscard]] Result<QString> newPassword(const QString& userName);

private:
    [[nodiscard]] Result<QString> readLine(const QString& prompt);

    CliContext& m_context;
};

// --user NAME, shared by every command that acts as a signed-in user.
[[nodiscard]] QCommandLineOption userOption();

// Signs in the user named by --user (password from PasswordInput). The services used
// afterwards receive the returned Actor.
[[nodiscard]] Result<Actor> signIn(CliContext& context, Database& database, AuditLog& audit,
    const PasswordHasher& hasher, PasswordInput& passwords, const QString& userName);

// signIn() with the usual collaborators, for commands that need nothing else from them.
[[nodiscard]] Result<Actor> signInUser(CliContext& context, Database& database, const QString& userName);

} // namespace csodesk::cli
