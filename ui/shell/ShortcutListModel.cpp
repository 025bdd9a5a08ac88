#include "ShortcutListModel.h"

#include <QAction>
#include <QMenu>
#include <QSet>
#include <QWidget>

#include <algorithm>

namespace csodesk::ui {

namespace {

QString withoutMnemonic(QString text)
{
    // "&Berkas" -> "Berkas", "A&&B" -> "A&B", and the trailing ellipsis stays.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString groupOf(const QAction* action)
{
    const QString named = action->property("shortcutGroup").toString();
    if (!named.isEmpty())
        return named;
    const auto associated = action->associatedObjects();
    for (const QObject* object : associated) {
        if (const auto* menu = qobject_cast<const QMenu*>(object))
            return withoutMnemonic(menu->title());
    }
    return ShortcutListModel::tr("Umum");
}

} // namespace

QList<ShortcutEntry> collectShortcuts(const QWidget* root)
{
    QList<QAction*> actions = root->actions();
    actions += root->findChildren<QAction*>();

    QSet<const QAction*> seen;
    QList<ShortcutEntry> entries;
    for (const QAction* action : std::as_const(actions)) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        seen.insert(action);
        QStringList keys;
        const auto shortcuts = action->shortcuts();
        for (const QKeySequence& sequence : shortcuts)
            keys << sequence.toString(QKeySequence::NativeText);
        entries.append({ keys.join(QStringLiteral(", ")), withoutMnemonic(action->text()), groupOf(action) });
    }
    std::sort(entries.begin(), entries.end(), [](const ShortcutEntry& a, const ShortcutEntry& b) {
        if (a.group != b.group)
            return a.group.localeAwareCompare(b.group) < 0;
        return a.action.localeAwareCompare(b.action) < 0;
    });
    return entries;
}

ShortcutListModel::ShortcutListModel(QList<ShortcutEntry> entries, QObject* parent)
    : QAbstractTableModel(parent)
    , m_entries(std::move(entries))
{
}

int ShortcutListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ShortcutListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortcutListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const ShortcutEntry& entry = m_entries.at(index.row());
    switch (index.column()) {
    case KeysColumn:
        return entry.keys;
    case ActionColumn:
        return entry.action;
    case GroupColumn:
        return entry.group;
    default:
        return {};
    }
}

QVariant ShortcutListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeysColumn:
        return tr("Tombol");
    case ActionColumn:
        return tr("Tindakan");
    case GroupColumn:
        return tr("Bagian");
    default:
        return {};
    }
}

} // namespace csodesk::ui
