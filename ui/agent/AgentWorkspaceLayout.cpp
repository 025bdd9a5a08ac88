// The agent workspace's widgets and keyboard shortcuts: built once, in the constructor. The
// behaviour (what a key or a finished look-up does) is in AgentWorkspace.cpp.
#include "AgentWorkspace.h"
#include "BillTableModel.h"
#include "ContactHistoryModel.h"
#include "CustomerCard.h"
#include "CustomerPickList.h"
#include "SopPanel.h"
#include "TokenTableModel.h"
#include "toolkit/Fonts.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace csodesk::ui {

namespace {

QTableView* makeTable(QWidget* parent, const QString& objectName)
{
    auto* view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QAction* addShortcutAction(QWidget* owner, const QString& text, const QList<QKeySequence>& keys, const QString& group)
{
    auto* action = new QAction(text, owner);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setProperty("shortcutGroup", group);
    owner->addAction(action);
    return action;
}

} // namespace

void AgentWorkspace::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);

    // Search bar with the call timer on the same line.
    auto* top = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Cari (F2):"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("agentSearch"));
    m_search->setPlaceholderText(tr("IDPEL, nomor meter, telepon, atau nama dan alamat"));
    m_search->setFont(scriptFont(font()));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 40);
    searchLabel->setBuddy(m_search);
    m_recentModel = new QStringListModel(this);
    m_recentCompleter = new QCompleter(m_recentModel, this);
    m_recentCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_search->setCompleter(m_recentCompleter);
    auto* searchButton = new QPushButton(tr("Ca&ri"), this);
    searchButton->setObjectName(QStringLiteral("agentSearchButton"));
    searchButton->setFocusPolicy(Qt::NoFocus); // Enter in the field does it
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(searchButton);
    top->addSpacing(24);
    m_timerLabel = new QLabel(this);
    m_timerLabel->setObjectName(QStringLiteral("agentCallTimer"));
    m_timerLabel->setFont(headingFont(font()));
    top->addWidget(m_timerLabel);
    m_endCallButton = new QPushButton(tr("Akhiri &panggilan"), this);
    m_endCallButton->setObjectName(QStringLiteral("agentEndCall"));
    m_endCallButton->setFocusPolicy(Qt::NoFocus);
    top->addWidget(m_endCallButton);
    layout->addLayout(top);

    auto* under = new QHBoxLayout;
    m_searchProblem = new QLabel(this);
    m_searchProblem->setObjectName(QStringLiteral("agentSearchProblem"));
    m_searchProblem->setFont(smallFont(font()));
    QPalette problemPalette = m_searchProblem->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_searchProblem->setPalette(problemPalette);
    m_recentLabel = new QLabel(this);
    m_recentLabel->setObjectName(QStringLiteral("agentRecent"));
    m_recentLabel->setFont(smallFont(font()));
    under->addWidget(m_searchProblem, 1);
    under->addWidget(m_recentLabel);
    layout->addLayout(under);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("agentConnection"));
    m_connection->setWordWrap(true);
    m_connection->setStyleSheet(
        QStringLiteral("background: #fde8e8; color: #8a1515; padding: 6px; border: 1px solid #e3a5a5;"));
    m_connection->setVisible(false);
    layout->addWidget(m_connection);

    m_filedBanner = new QFrame(this);
    m_filedBanner->setObjectName(QStringLiteral("agentFiledBanner"));
    m_filedBanner->setStyleSheet(
        QStringLiteral("#agentFiledBanner { background: #e6f4ea; border: 1px solid #9ccfa9; }"));
    auto* banner = new QHBoxLayout(m_filedBanner);
    banner->setContentsMargins(8, 4, 8, 4);
    auto* bannerLabel = new QLabel(tr("Tiket terakhir:"), m_filedBanner);
    m_ticketNumber = new QLineEdit(m_filedBanner);
    m_ticketNumber->setObjectName(QStringLiteral("agentTicketNumber"));
    m_ticketNumber->setReadOnly(true);
    m_ticketNumber->setFrame(false);
    m_ticketNumber->setFont(headingFont(font()));
    m_ticketNumber->setMinimumWidth(m_ticketNumber->fontMetrics().averageCharWidth() * 20);
    auto* copy = new QPushButton(tr("Salin nomor (Ctrl+Shift+C)"), m_filedBanner);
    copy->setObjectName(QStringLiteral("agentCopyTicket"));
    copy->setFocusPolicy(Qt::NoFocus);
    banner->addWidget(bannerLabel);
    banner->addWidget(m_ticketNumber);
    banner->addWidget(copy);
    banner->addStretch(1);
    m_filedBanner->setVisible(false);
    layout->addWidget(m_filedBanner);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_ticketNumber->text()); });

    // Left: who and what they owe; right: the script.
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("agentSplitter"));
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_card = new CustomerCard(left);
    leftLayout->addWidget(m_card);
    m_tabs = new QTabWidget(left);
    m_tabs->setObjectName(QStringLiteral("agentTabs"));
    m_bills = new BillTableModel(this);
    m_tokens = new TokenTableModel(this);
    m_history = new ContactHistoryModel(*m_services.catalogue, this);
    m_billView = makeTable(m_tabs, QStringLiteral("agentBills"));
    m_billView->setModel(m_bills);
    m_tokenView = makeTable(m_tabs, QStringLiteral("agentTokens"));
    m_tokenView->setModel(m_tokens);
    auto* historyPage = new QWidget(m_tabs);
    auto* historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    m_historyNote = new QLabel(historyPage);
    m_historyNote->setObjectName(QStringLiteral("agentHistoryNote"));
    m_historyNote->setWordWrap(true);
    m_historyView = makeTable(historyPage, QStringLiteral("agentHistory"));
    m_historyView->setModel(m_history);
    historyLayout->addWidget(m_historyNote);
    historyLayout->addWidget(m_historyView);
    // Postpaid customers have bills, prepaid ones tokens: one of the two tabs is shown.
    m_tabs->addTab(m_billView, tr("&Tagihan"));
    m_tabs->addTab(m_tokenView, tr("T&oken"));
    m_tabs->addTab(historyPage, tr("Riwayat &kontak"));
    m_tabs->setTabVisible(kTokenTab, false);
    leftLayout->addWidget(m_tabs, 1);
    // In place of the card and the tables while the agent picks among a search's customers.
    m_pickList = new CustomerPickList(left);
    m_pickList->setVisible(false);
    leftLayout->addWidget(m_pickList, 1);
    m_tableHint = new QLabel(tr("F4: penjelasan tagihan yang dipilih, siap dibacakan"), left);
    m_tableHint->setFont(smallFont(font()));
    leftLayout->addWidget(m_tableHint);

    m_sopPanel = new SopPanel(*m_call, *m_services.sops, *m_services.catalogue, *m_services.clock, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_sopPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ 11'000, 9'000 }); // scaled to the window: a little more for the tables
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &AgentWorkspace::onSearchEdited);
    connect(m_search, &QLineEdit::returnPressed, this, &AgentWorkspace::search);
    connect(searchButton, &QPushButton::clicked, this, &AgentWorkspace::search);
    connect(m_endCallButton, &QPushButton::clicked, this, &AgentWorkspace::endCall);
    connect(m_pickList, &CustomerPickList::chosen, this, [this](const QString& idpel) {
        showPickList(false);
        m_call->lookUp(idpel);
    });
    connect(m_pickList, &CustomerPickList::dismissed, this, [this] {
        showPickList(false);
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_billView, &QTableView::activated, this, &AgentWorkspace::explainSelectedBill);
    connect(m_billView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { onBillChosen(current.row()); });
    connect(m_sopPanel, &SopPanel::walkChanged, this, &AgentWorkspace::onWalkChanged);
    connect(m_sopPanel, &SopPanel::outcomeReached, m_call, &Call::checkRepeatContacts);
    connect(m_sopPanel, &SopPanel::fileRequested, this, &AgentWorkspace::fileTicket);
    setTabOrder(m_search, m_sopPanel);
    setTabOrder(m_sopPanel, m_tabs);
}

void AgentWorkspace::createActions()
{
    const QString callGroup = tr("Panggilan");
    const QString searchGroup = tr("Pencarian");
    auto* focusSearch = addShortcutAction(
        this, tr("Ke kolom pencarian"), { QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_L) }, searchGroup);
    focusSearch->setObjectName(QStringLiteral("agentFocusSearchAction"));
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* recent = addShortcutAction(this, tr("Pencarian terakhir panggilan ini (↓ di kolom pencarian)"),
        { QKeySequence(Qt::CTRL | Qt::Key_R) }, searchGroup);
    recent->setObjectName(QStringLiteral("agentRecentAction"));
    connect(recent, &QAction::triggered, this, &AgentWorkspace::showRecentLookups);
    auto* explain
        = addShortcutAction(this, tr("Penjelasan tagihan yang dipilih"), { QKeySequence(Qt::Key_F4) }, searchGroup);
    explain->setObjectName(QStringLiteral("agentExplainBillAction"));
    connect(explain, &QAction::triggered, this, &AgentWorkspace::explainSelectedBill);

    auto* start = addShortcutAction(this, tr("Mulai panggilan (timer)"), { QKeySequence(Qt::Key_F5) }, callGroup);
    start->setObjectName(QStringLiteral("agentStartCallAction"));
    connect(start, &QAction::triggered, this, &AgentWorkspace::startCall);
    auto* end = addShortcutAction(
        this, tr("Akhiri panggilan tanpa tiket"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E) }, callGroup);
    end->setObjectName(QStringLiteral("agentEndCallAction"));
    connect(end, &QAction::triggered, this, &AgentWorkspace::endCall);
    auto* copy = addShortcutAction(
        this, tr("Salin nomor tiket terakhir"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) }, callGroup);
    copy->setObjectName(QStringLiteral("agentCopyTicketAction"));
    connect(copy, &QAction::triggered, this, [this] {
        if (!m_ticketNumber->text().isEmpty())
            QApplication::clipboard()->setText(m_ticketNumber->text());
    });

    // Listed in the F1 help; the SOP panel handles these keys itself.
    const QString sopGroup = tr("SOP");
    const QList<QPair<QString, QList<QKeySequence>>> panelKeys {
        { tr("Pilih SOP atau jawaban nomor 1–9"), { QKeySequence(Qt::Key_1), QKeySequence(Qt::Key_9) } },
        { tr("Lanjut / simpan isian"), { QKeySequence(Qt::Key_Return) } },
        { tr("Langkah sebelumnya"), { QKeySequence(Qt::ALT | Qt::Key_Left) } },
        { tr("Kirim tiket"), { QKeySequence(Qt::CTRL | Qt::Key_Return) } },
    };
    for (const auto& [text, keys] : panelKeys) {
        auto* info = new QAction(text, this);
        info->setProperty("shortcutGroup", sopGroup);
        info->setShortcuts(keys);
        info->setEnabled(false); // listed in F1 only: a disabled action never takes the key from the panel
        addAction(info);
    }
}

} // namespace csodesk::ui
