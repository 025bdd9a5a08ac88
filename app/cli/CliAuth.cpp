#include "CliAuth.h"

#include "auth/AuthService.h"

#include <QCoreApplication>

#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace csodesk::cli {

namespace {

Error inputError(const QString& message)
{
    return makeError(ErrorKind::InvalidInput, message, QStringLiteral("password input"));
}

// Turns terminal echo off for its lifetime (restored even on an early return).
class EchoOff {
public:
    EchoOff()
    {
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    ~EchoOff()
    {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSANOW, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved {};
    bool m_active = false;
};

} // namespace

Result<QString> PasswordInput::readLine(const QString& prompt)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    std::string line;
    bool read = false;
    if (terminal) {
        m_context.err() << prompt;
        m_context.err().flush();
        EchoOff quiet;
        read = static_cast<bool>(std::getline(std::cin, line));
        m_context.err() << "\n";
        m_context.err().flush();
    } else {
        read = static_cast<bool>(std::getline(std::cin, line));
    }
    if (!read)
        return inputError(QCoreApplication::translate("Cli", "Kata sandi tidak diberikan (stdin kosong)."));
    QString text = QString::fromStdString(line);
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    return text;
}

Result<QString> PasswordInput::signInPassword(const QString& userName)
{
    const QString fromEnvironment = qEnvironmentVariable("CSODESK_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return readLine(QCoreApplication::translate("Cli", "Kata sandi %1: ").arg(userName));
}

Result<QString> PasswordInput::newPassword(const QString& userName)
{
    auto first = readLine(QCoreApplication::translate("Cli", "Kata sandi baru %1: ").arg(userName));
    if (!first.ok() || isatty(STDIN_FILENO) == 0)
        return first;
    auto again = readLine(QCoreApplication::translate("Cli", "Ulangi kata sandi baru: "));
    if (!again.ok())
        return again;
    if (again.value() != first.value())
        return inputError(QCoreApplication::translate("Cli", "Kedua kata sandi tidak sama."));
    return first;
}

QCommandLineOption userOption()
{
    return QCommandLineOption(QStringLiteral("user"),
        QCoreApplication::translate("Cli",
            "Bertindak sebagai pengguna ini; kata sandi dari CSODESK_PASSWORD, masukan standar atau "
            "pertanyaan di terminal."),
        QCoreApplication::translate("Cli", "nama"));
}

Result<Actor> signIn(CliContext& context, Database& database, AuditLog& audit, const PasswordHasher& hasher,
    PasswordInput& passwords, const QString& userName)
{
    if (userName.isEmpty()) {
        return makeError(ErrorKind::PermissionDenied,
            QCoreApplication::translate("Cli", "Perintah ini perlu masuk sebagai pengguna: tambahkan --user NAMA."),
            QStringLiteral("no --user"));
    }
    auto password = passwords.signInPassword(userName);
    if (!password.ok())
        return password.error();
    AuthService auth(database, audit, context.clock(), hasher);
    return auth.login(userName, password.value());
}

Result<Actor> signInUser(CliContext& context, Database& database, const QString& userName)
{
    AuditLog audit(database, context.clock());
    const PasswordHasher hasher;
    PasswordInput passwords(context);
    return signIn(context, database, audit, hasher, passwords, userName);
}

} // namespace csodesk::cli
