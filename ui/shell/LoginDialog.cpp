#include "LoginDialog.h"

#include "Authenticator.h"
#include "preferences/WindowMemory.h"
#include "settings/Settings.h"
#include "toolkit/BackgroundRunner.h"
#include "toolkit/Fonts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csodesk::ui {

LoginDialog::LoginDialog(Authenticator& authenticator, BackgroundRunner& runner, Settings& settings,
    const QString& databaseDisplay, QWidget* parent)
    : QDialog(parent)
    , m_authenticator(authenticator)
    , m_runner(runner)
    , m_settings(settings)
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_loginButton(new QPushButton(tr("&Masuk"), this))
    , m_cancelButton(new QPushButton(tr("&Batal"), this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Masuk — csodesk"));

    auto* heading = new QLabel(tr("Masuk ke csodesk"), this);
    heading->setFont(headingFont(heading->font()));
    auto* subtitle = new QLabel(tr("Layanan Pelanggan PLN 123"), this);

    m_userName->setObjectName(QStringLiteral("loginUserName"));
    m_userName->setMaxLength(64);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(256);

    auto* form = new QFormLayout;
    auto* userLabel = new QLabel(tr("&Nama pengguna:"), this);
    userLabel->setBuddy(m_userName);
    auto* passwordLabel = new QLabel(tr("Kata &sandi:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(userLabel, m_userName);
    form->addRow(passwordLabel, m_password);

    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 3);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto* database = new QLabel(tr("Basis data: %1").arg(databaseDisplay), this);
    database->setObjectName(QStringLiteral("loginDatabase"));
    database->setFont(smallFont(database->font()));
    database->setTextFormat(Qt::PlainText);
    database->setWordWrap(true);
    database->setForegroundRole(QPalette::PlaceholderText);

    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("loginCancelButton"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_loginButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(subtitle);
    layout->addSpacing(fontMetrics().lineSpacing());
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(database);
    layout->addWidget(buttons);
    // Wide enough for a long server URL and an error message on few lines, in character units
    // so it scales with the font.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    setTabOrder(m_userName, m_password);
    setTabOrder(m_password, m_loginButton);
    setTabOrder(m_loginButton, m_cancelButton);

    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::onSubmit);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_userName, &QLineEdit::textEdited, this, &LoginDialog::clearMessage);
    connect(m_password, &QLineEdit::textEdited, this, &LoginDialog::clearMessage);

    m_userName->setText(WindowMemory(m_settings).lastUserName());
    if (m_userName->text().isEmpty())
        m_userName->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::showNotice(const QString& text)
{
    showMessage(text, false);
}

QString LoginDialog::message() const
{
    return m_message->text();
}

void LoginDialog::onSubmit()
{
    if (m_checking)
        return;
    const QString userName = m_userName->text().trimmed();
    const QString password = m_password->text();
    if (userName.isEmpty()) {
        showMessage(tr("Isi nama pengguna."), true);
        m_userName->setFocus();
        return;
    }
    if (password.isEmpty()) {
        showMessage(tr("Isi kata sandi."), true);
        m_password->setFocus();
        return;
    }

    setChecking(true);
    showMessage(tr("Memeriksa nama pengguna dan kata sandi…"), false);
    Authenticator* authenticator = &m_authenticator;
    m_runner.run(
        this, tr("Masuk…"), [authenticator, userName, password] { return authenticator->login(userName, password); },
        [this](const Result<Actor>& result) { onLoginFinished(result); });
}

void LoginDialog::reject()
{
    m_abandoned = true;
    QDialog::reject();
}

void LoginDialog::onLoginFinished(const Result<Actor>& result)
{
    setChecking(false);
    if (m_abandoned)
        return;
    if (!result.ok()) {
        showMessage(result.error().message, true);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_actor = result.value();
    WindowMemory(m_settings).setLastUserName(m_actor->userName);
    m_password->clear(); // do not keep the password in memory longer than needed
    clearMessage();
    accept();
}

void LoginDialog::showMessage(const QString& text, bool isError)
{
    m_message->setText(text);
    // A colour from the palette's link roles would be unreadable on some themes: errors use a
    // fixed dark red that reads on light backgrounds; progress uses the normal text colour.
    m_message->setStyleSheet(isError ? QStringLiteral("color: #a4161a;") : QString());
    m_message->setProperty("isError", isError);
}

void LoginDialog::clearMessage()
{
    if (!m_checking)
        showMessage({}, false);
}

void LoginDialog::setChecking(bool checking)
{
    m_checking = checking;
    m_userName->setEnabled(!checking);
    m_password->setEnabled(!checking);
    m_loginButton->setEnabled(!checking);
}

} // namespace csodesk::ui
