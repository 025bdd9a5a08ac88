#include "CustomerPickList.h"

#include "CustomerHitModel.h"
#include "toolkit/Fonts.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace csodesk::ui {

CustomerPickList::CustomerPickList(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_more(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new CustomerHitModel(this))
{
    setObjectName(QStringLiteral("agentPickList"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("agentPickHeading"));
    m_heading->setFont(headingFont(font()));
    m_heading->setWordWrap(true);
    m_more->setObjectName(QStringLiteral("agentPickMore"));
    m_more->setWordWrap(true);
    m_more->setText(tr("Masih ada pelanggan lain yang cocok. Tanyakan nama jalan, desa atau kota, lalu cari "
                       "lagi (F2)."));
    m_view->setObjectName(QStringLiteral("agentPickView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(CustomerHitModel::Address, QHeaderView::Stretch);
    m_view->installEventFilter(this);
    auto* hint = new QLabel(tr("↑↓ lalu Enter, atau tekan nomornya (1–9), untuk membuka pelanggan; Esc kembali "
                               "ke pencarian. Cocokkan nama dan alamat dengan penelepon."),
        this);
    hint->setFont(smallFont(font()));
    hint->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_more);
    layout->addWidget(hint);
    setFocusProxy(m_view);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) { choose(index.row()); });
}

void CustomerPickList::showResult(const CustomerSearchResult& result)
{
    m_model->setHits(result.hits);
    m_heading->setText(tr("%n pelanggan cocok — pilih yang sesuai dengan penelepon", nullptr, int(result.hits.size())));
    m_more->setVisible(result.more);
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(CustomerHitModel::Address, QHeaderView::Stretch);
    if (!result.hits.isEmpty())
        m_view->setCurrentIndex(m_model->index(0, CustomerHitModel::Name));
    m_view->setFocus();
}

int CustomerPickList::count() const
{
    return m_model->rowCount();
}

void CustomerPickList::choose(int row)
{
    if (const CustomerHit* hit = m_model->hitAt(row))
        Q_EMIT chosen(hit->idpel);
}

bool CustomerPickList::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
                choose(key->key() - Qt::Key_1);
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                choose(m_view->currentIndex().row());
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                Q_EMIT dismissed();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace csodesk::ui
