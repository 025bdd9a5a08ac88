#include "UsersView.h"

#include "ConsoleServices.h"
#include "UserDialog.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "toolkit/BackgroundRunner.h"
#include "toolkit/DisplayNames.h"
#include "toolkit/Format.h"
#include "toolkit/Messages.h"
#include "toolkit/RecordTable.h"

#include <QBrush>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace csodesk::ui {

void UserListModel::setUsers(const QList<UserAccount>& users, const QDateTime& now)
{
    beginResetModel();
    m_users = users;
    m_now = now;
    endResetModel();
}

const UserAccount* UserListModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserListModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_users.size(); ++row)
        if (m_users.at(row).name == name)
            return row;
    return -1;
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    const UserAccount* user = index.isValid() && !index.parent().isValid() ? userAt(index.row()) : nullptr;
    if (user == nullptr)
        return {};
    if (role == Qt::ForegroundRole && user->disabled)
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return user->name;
    case RoleColumn:
        return roleDisplayName(user->role);
    case StateColumn:
        if (user->disabled)
            return tr("Nonaktif");
        if (user->isLockedAt(m_now))
            return tr("Terkunci sampai %1").arg(formatWibTime(user->lockedUntil));
        return tr("Aktif");
    case CreatedColumn:
        return formatWibDateTime(user->createdAt);
    default:
        return {};
    }
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Nama pengguna");
    case RoleColumn:
        return tr("Peran");
    case StateColumn:
        return tr("Keadaan");
    case CreatedColumn:
        return tr("Dibuat");
    default:
        return {};
    }
}

UsersView::UsersView(Actor actor, ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_actor(std::move(actor))
    , m_services(services)
    , m_model(new UserListModel(services.clock.nowUtc(), this))
    , m_table(new QTableView(this))
    , m_addButton(new QPushButton(tr("&Tambah pengguna…"), this))
    , m_passwordButton(new QPushButton(tr("&Ganti kata sandi…"), this))
    , m_roleButton(new QPushButton(tr("Ubah pe&ran…"), this))
    , m_disableButton(new QPushButton(tr("&Nonaktifkan"), this))
{
    setObjectName(QStringLiteral("usersView"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_addButton->setObjectName(QStringLiteral("usersAdd"));
    m_passwordButton->setObjectName(QStringLiteral("usersPassword"));
    m_roleButton->setObjectName(QStringLiteral("usersRole"));
    m_disableButton->setObjectName(QStringLiteral("usersDisable"));

    m_table->setModel(m_model);
    setUpRecordTable(*m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(UserListModel::NameColumn, 20 * charWidth);
    m_table->setColumnWidth(UserListModel::RoleColumn, 14 * charWidth);
    m_table->setColumnWidth(UserListModel::StateColumn, 24 * charWidth);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addStretch(1);
    buttons->addWidget(m_passwordButton);
    buttons->addWidget(m_roleButton);
    buttons->addWidget(m_disableButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &UsersView::onAdd);
    connect(m_passwordButton, &QPushButton::clicked, this, &UsersView::onPassword);
    connect(m_roleButton, &QPushButton::clicked, this, &UsersView::onRole);
    connect(m_disableButton, &QPushButton::clicked, this, &UsersView::onDisable);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersView::updateButtons);
    updateButtons();
    reload();
}

void UsersView::reload()
{
    UserService* users = &m_services.users;
    const Actor actor = m_actor;
    m_services.runner.run(
        this, tr("Memuat daftar pengguna…"), [users, actor] { return users->list(actor); },
        [this](const Result<QList<UserAccount>>& list) {
            if (!list.ok()) {
                Messages::showError(this, list.error());
                return;
            }
            m_model->setUsers(list.value(), m_services.clock.nowUtc());
            Q_EMIT reloaded();
        });
}

const UserAccount* UsersView::selected() const
{
    return m_model->userAt(m_table->currentIndex().row());
}

void UsersView::updateButtons()
{
    const UserAccount* user = selected();
    const bool usable = user != nullptr && !user->disabled;
    m_passwordButton->setEnabled(usable);
    m_roleButton->setEnabled(usable);
    m_disableButton->setEnabled(usable && user->name != m_actor.userName);
}

void UsersView::runChange(const QString& busyText, const std::function<Status()>& change, const QString& doneText)
{
    m_services.runner.run(
        this, busyText, [change] { return change(); },
        [this, doneText](const Status& status) {
            if (!status.ok()) {
                Messages::showError(this, status.error());
                return;
            }
            Q_EMIT changed(doneText);
            reload();
        });
}

void UsersView::addUser(const QString& name, Role role, const QString& password)
{
    UserService* users = &m_services.users;
    const Actor actor = m_actor;
    runChange(
        tr("Menambah pengguna…"),
        [users, actor, name, role, password]() -> Status {
            auto added = users->add(actor, name, role, password);
            if (!added.ok())
                return added.error();
            return {};
        },
        tr("Pengguna %1 ditambahkan.").arg(name));
}

void UsersView::resetPassword(const QString& name, const QString& password)
{
    UserService* users = &m_services.users;
    const Actor actor = m_actor;
    runChange(
        tr("Mengganti kata sandi…"),
        [users, actor, name, password] { return users->setPassword(actor, name, password); },
        tr("Kata sandi %1 diganti.").arg(name));
}

void UsersView::changeRole(const QString& name, Role role)
{
    UserService* users = &m_services.users;
    const Actor actor = m_actor;
    runChange(
        tr("Mengubah peran…"), [users, actor, name, role] { return users->changeRole(actor, name, role); },
        tr("Peran %1 diubah.").arg(name));
}

void UsersView::disableUser(const QString& name)
{
    UserService* users = &m_services.users;
    const Actor actor = m_actor;
    runChange(
        tr("Menonaktifkan pengguna…"), [users, actor, name] { return users->disable(actor, name); },
        tr("Pengguna %1 dinonaktifkan.").arg(name));
}

void UsersView::onAdd()
{
    UserDialog dialog(UserDialog::Mode::Add, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        addUser(dialog.userName(), dialog.role(), dialog.password());
}

void UsersView::onPassword()
{
    const UserAccount* user = selected();
    if (user == nullptr)
        return;
    UserDialog dialog(UserDialog::Mode::Password, user->name, this);
    if (dialog.exec() == QDialog::Accepted)
        resetPassword(user->name, dialog.password());
}

void UsersView::onRole()
{
    const UserAccount* user = selected();
    if (user == nullptr)
        return;
    UserDialog dialog(UserDialog::Mode::Role, user->name, this);
    dialog.setRole(user->role);
    if (dialog.exec() == QDialog::Accepted && dialog.role() != user->role)
        changeRole(user->name, dialog.role());
}

void UsersView::onDisable()
{
    const UserAccount* user = selected();
    if (user == nullptr)
        return;
    const QString name = user->name;
    if (Messages::confirm(this, tr("Nonaktifkan pengguna"),
            tr("Nonaktifkan %1? Pengguna ini tidak bisa masuk lagi; tiketnya tetap tersimpan.").arg(name), true))
        disableUser(name);
}

} // namespace csodesk::ui
