#include "UserDialog.h"

#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "toolkit/DisplayNames.h"
#include "toolkit/Fonts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace csodesk::ui {

UserDialog::UserDialog(Mode mode, const QString& userName, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_name(new QLineEdit(userName, this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("userDialog"));
    m_name->setObjectName(QStringLiteral("userDialogName"));
    m_role->setObjectName(QStringLiteral("userDialogRole"));
    m_password->setObjectName(QStringLiteral("userDialogPassword"));
    m_repeat->setObjectName(QStringLiteral("userDialogRepeat"));
    m_problem->setObjectName(QStringLiteral("userDialogProblem"));
    switch (mode) {
    case Mode::Add:
        setWindowTitle(tr("Tambah pengguna"));
        break;
    case Mode::Password:
        setWindowTitle(tr("Ganti kata sandi %1").arg(userName));
        break;
    case Mode::Role:
        setWindowTitle(tr("Ubah peran %1").arg(userName));
        break;
    }
    for (Role role : { Role::Agent, Role::Supervisor, Role::Admin })
        m_role->addItem(roleDisplayName(role), static_cast<int>(role));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_name->setReadOnly(mode != Mode::Add);
    m_problem->setFont(smallFont(font()));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Nama pengguna"), m_name);
    if (mode != Mode::Password)
        form->addRow(tr("&Peran"), m_role);
    else
        m_role->hide();
    if (mode != Mode::Role) {
        form->addRow(tr("&Kata sandi"), m_password);
        form->addRow(tr("&Ulangi kata sandi"), m_repeat);
    } else {
        m_password->hide();
        m_repeat->hide();
    }
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(mode == Mode::Add ? tr("&Tambah") : tr("&Simpan"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("userDialogOk"));
    buttons->addButton(tr("&Batal"), QDialogButtonBox::RejectRole);
    m_ok->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 50);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : { m_name, m_password, m_repeat })
        connect(edit, &QLineEdit::textChanged, this, &UserDialog::validate);
    validate();
    (mode == Mode::Add ? m_name : mode == Mode::Password ? m_password : static_cast<QWidget*>(m_role))->setFocus();
}

QString UserDialog::userName() const
{
    return m_name->text().trimmed();
}

Role UserDialog::role() const
{
    return static_cast<Role>(m_role->currentData().toInt());
}

void UserDialog::setRole(Role role)
{
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(role)));
}

QString UserDialog::password() const
{
    return m_password->text();
}

void UserDialog::validate()
{
    QString problem;
    if (m_mode == Mode::Add && !userName().isEmpty()) {
        if (auto name = UserService::checkName(userName()); !name.ok())
            problem = name.error().message;
    }
    if (problem.isEmpty() && m_mode != Mode::Role && !m_password->text().isEmpty()) {
        if (auto strong = PasswordHasher::checkStrength(m_password->text()); !strong.ok())
            problem = strong.error().message;
        else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_password->text())
            problem = tr("Kedua kata sandi tidak sama.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool complete = m_mode == Mode::Role
        || (m_password->text() == m_repeat->text() && !m_password->text().isEmpty()
            && (m_mode != Mode::Add || !userName().isEmpty()));
    m_ok->setEnabled(problem.isEmpty() && complete);
}

} // namespace csodesk::ui
