#include "ShortcutHelpDialog.h"

#include "ShortcutListModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace csodesk::ui {

ShortcutHelpDialog::ShortcutHelpDialog(QWidget* window)
    : QDialog(window)
    , m_model(new ShortcutListModel(collectShortcuts(window), this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("shortcutHelpDialog"));
    setWindowTitle(tr("Pintasan keyboard"));

    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filtered->setFilterKeyColumn(-1); // match keys, action or group

    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("Ketik untuk menyaring, misalnya \"cari\" atau \"Ctrl\""));
    m_filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("&Saring:"), this);
    filterLabel->setBuddy(m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ShortcutListModel::KeysColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ShortcutListModel::ActionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ShortcutListModel::GroupColumn, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(this);
    auto* close = buttons->addButton(tr("&Tutup"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("shortcutCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table);
    layout->addWidget(buttons);

    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 24);
    m_filter->setFocus();
}

} // namespace csodesk::ui
