#pragma once

#include "auth/Actor.h"
#include "common/Result.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace csodesk {
class Settings;
}

namespace csodesk::ui {

class Authenticator;
class BackgroundRunner;

// Asks for a user name and password and checks them through an Authenticator, off the GUI
// thread. The last successful user name is remembered (WindowMemory::lastUserName) and filled in,
// so the usual start is: type the password, Enter. Problems are shown inside the dialog, in
// the error's own words, never as a pop-up over the login.
class LoginDialog : public QDialog {
    Q_OBJECT

public:
    LoginDialog(Authenticator& authenticator, BackgroundRunner& runner, Settings& settings,
        const QString& databaseDisplay, QWidget* parent = nullptr);

    // The person who logged in, once the dialog was accepted.
    [[nodiscard]] const std::optional<Actor>& actor() const { return m_actor; }
    // The text of the message area ("" when none), for tests and screenshots.
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool isChecking() const { return m_checking; }
    // A word for the person before they sign in (why the dialog is open), not an error.
    void showNotice(const QString& text);

    void reject() override;

private:
    void onSubmit();
    void onLoginFinished(const Result<Actor>& result);
    void showMessage(const QString& text, bool isError);
    void clearMessage();
    void setChecking(bool checking);

    Authenticator& m_authenticator;
    BackgroundRunner& m_runner;
    Settings& m_settings;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    QLabel* m_message;
    QPushButton* m_loginButton;
    QPushButton* m_cancelButton;
    std::optional<Actor> m_actor;
    bool m_checking = false;
    bool m_abandoned = false; // closed while a check was running: ignore its answer
};

} // namespace csodesk::ui
