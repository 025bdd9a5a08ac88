#pragma once

#include "auth/Actor.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;
class QTableView;

namespace csodesk::ui {

class AuditLogModel;
struct ConsoleServices;

// Who looked up which customer, who exported what, who signed in, when: the audit trail,
// filtered by WIB days, user, action and IDPEL.
class AuditView : public QWidget {
    Q_OBJECT

public:
    AuditView(const Actor& actor, ConsoleServices& services, QWidget* parent = nullptr);

    void apply();
    [[nodiscard]] AuditLogModel* model() const { return m_model; }
    [[nodiscard]] QLineEdit* actorField() const { return m_actor; }
    [[nodiscard]] QComboBox* actionField() const { return m_action; }

private:
    ConsoleServices& m_services;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_actor;
    QComboBox* m_action;
    QLineEdit* m_idpel;
    QPushButton* m_applyButton;
    QTableView* m_table;
    AuditLogModel* m_model;
};

} // namespace csodesk::ui
