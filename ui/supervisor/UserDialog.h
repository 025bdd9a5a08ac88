#pragma once

#include "auth/Actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace csodesk::ui {

// The admin's small forms: a new user (name, role, password twice), a new password for a
// user (twice), or another role. Checks what it can as it is typed (name rule, password length,
// the two passwords equal); core checks everything again.
class UserDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Add, Password, Role };

    UserDialog(Mode mode, const QString& userName, QWidget* parent = nullptr);

    [[nodiscard]] QString userName() const;
    [[nodiscard]] Role role() const;
    void setRole(Role role);
    [[nodiscard]] QString password() const;

private:
    void validate();

    Mode m_mode;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace csodesk::ui
