#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace csodesk::ui {

class ShortcutListModel;

// F1: every keyboard shortcut of the window it is opened for, generated from the registered
// QActions (so it cannot fall behind the code), with a filter field.
class ShortcutHelpDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutHelpDialog(QWidget* window);

    [[nodiscard]] ShortcutListModel* model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel* filteredModel() const { return m_filtered; }

private:
    ShortcutListModel* m_model;
    QSortFilterProxyModel* m_filtered;
    QLineEdit* m_filter;
    QTableView* m_table;
};

} // namespace csodesk::ui
