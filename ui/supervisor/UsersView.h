#pragma once

#include "auth/Actor.h"
#include "auth/UserAccount.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <functional>
#include <utility>

class QPushButton;
class QTableView;

namespace csodesk::ui {

struct ConsoleServices;

// The accounts as the admin sees them (no password hashes ever reach the UI).
class UserListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, StateColumn, CreatedColumn, ColumnCount };

    explicit UserListModel(QDateTime now, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_now(std::move(now))
    {
    }

    void setUsers(const QList<UserAccount>& users, const QDateTime& now);
    [[nodiscard]] const UserAccount* userAt(int row) const;
    [[nodiscard]] int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UserAccount> m_users;
    QDateTime m_now;
};

// Admins: add users, disable them, reset a password, change a role. Every change goes
// through core's UserService (which checks the admin role and keeps the last admin), then the
// list is read again.
class UsersView : public QWidget {
    Q_OBJECT

public:
    UsersView(Actor actor, ConsoleServices& services, QWidget* parent = nullptr);

    void reload();
    // What the buttons do once their dialog is answered (tests call these directly).
    void addUser(const QString& name, Role role, const QString& password);
    void resetPassword(const QString& name, const QString& password);
    void changeRole(const QString& name, Role role);
    void disableUser(const QString& name);

    [[nodiscard]] UserListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }

Q_SIGNALS:
    void reloaded();
    void changed(const QString& message);

private:
    void onAdd();
    void onPassword();
    void onRole();
    void onDisable();
    [[nodiscard]] const UserAccount* selected() const;
    void runChange(const QString& busyText, const std::function<Status()>& change, const QString& doneText);
    void updateButtons();

    Actor m_actor;
    ConsoleServices& m_services;
    UserListModel* m_model;
    QTableView* m_table;
    QPushButton* m_addButton;
    QPushButton* m_passwordButton;
    QPushButton* m_roleButton;
    QPushButton* m_disableButton;
};

} // namespace csodesk::ui
