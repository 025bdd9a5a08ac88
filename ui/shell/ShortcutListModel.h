#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace csodesk::ui {

// One keyboard shortcut as the help lists it.
struct ShortcutEntry {
    QString keys; // "Ctrl+L, F2" in the platform's wording
    QString action; // the action's text without mnemonic markers
    QString group; // the menu it sits in, or its "shortcutGroup" property, or "Umum"
};

// Every action with a shortcut under `root` (the window's own actions, its menus' and every
// child widget's, so workspace actions appear as soon as the workspace is shown).
// Screens name the group of actions that are not in a menu with
// action->setProperty("shortcutGroup", tr("Pencarian")).
[[nodiscard]] QList<ShortcutEntry> collectShortcuts(const QWidget* root);

// The table behind the F1 help: shortcut, action, group.
class ShortcutListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { KeysColumn, ActionColumn, GroupColumn, ColumnCount };

    explicit ShortcutListModel(QList<ShortcutEntry> entries, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] const QList<ShortcutEntry>& entries() const { return m_entries; }

private:
    QList<ShortcutEntry> m_entries;
};

} // namespace csodesk::ui
