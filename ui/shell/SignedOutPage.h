#pragma once

#include <QWidget>

class QPushButton;

namespace csodesk::ui {

// What the main window shows when nobody is logged in (at start and after "Keluar akun"):
// the application and the way to log in (the database is in the status bar).
class SignedOutPage : public QWidget {
    Q_OBJECT

public:
    explicit SignedOutPage(QWidget* parent = nullptr);

Q_SIGNALS:
    void loginRequested();

private:
    QPushButton* m_loginButton;
};

} // namespace csodesk::ui
