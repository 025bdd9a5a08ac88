#include "AgentWorkspace.h"

#include "BillTableModel.h"
#include "ContactHistoryModel.h"
#include "CustomerCard.h"
#include "SopPanel.h"
#include "TokenTableModel.h"
#include "apkt/ApktCatalogue.h"
#include "toolkit/BackgroundRunner.h"
#include "toolkit/Fonts.h"
#include "toolkit/Format.h"
#include "toolkit/Messages.h"
#include "common/TimeUtil.h"
#include "customers/CustomerKey.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace csodesk::ui {

namespace {

// The tabs under the customer card.
constexpr int kBillTab = 0;
constexpr int kTokenTab = 1;
constexpr int kHistoryTab = 2;

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

AgentWorkspace::AgentWorkspace(const Actor& actor, AgentServices services, BackgroundRunner& runner, QWidget* parent)
    : QWidget(parent)
    , m_actor(actor)
    , m_services(std::move(services))
    , m_drafts(m_services.draftDirectory, actor.userName)
    , m_executor(runner)
    , m_call(new Call(actor, *m_services.calls, m_executor, *m_services.sops, *m_services.catalogue, *m_services.clock,
                      &m_drafts, this))
{
    setObjectName(QStringLiteral("agentWorkspace"));
    buildUi();
    createActions();
    bindCall();
    setFocusProxy(m_search); // the window focuses the workspace: the agent starts by searching
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &AgentWorkspace::updateTimer);
    showIdle();
    // After the window is up: the question about a saved call needs a visible parent.
    QTimer::singleShot(0, this, &AgentWorkspace::offerResume);
}

AgentWorkspace::~AgentWorkspace() = default;

void AgentWorkspace::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);

    // Search bar with the call timer on the same line.
    auto* top = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Cari (F2):"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("agentSearch"));
    m_search->setPlaceholderText(tr("IDPEL 12 digit atau nomor meter 11 digit"));
    m_search->setFont(scriptFont(font()));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 22);
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
    m_connection->setStyleSheet(QStringLiteral("background: #fde8e8; color: #8a1515; padding: 6px; border: 1px solid #e3a5a5;"));
    m_connection->setVisible(false);
    layout->addWidget(m_connection);

    m_filedBanner = new QFrame(this);
    m_filedBanner->setObjectName(QStringLiteral("agentFiledBanner"));
    m_filedBanner->setStyleSheet(QStringLiteral("#agentFiledBanner { background: #e6f4ea; border: 1px solid #9ccfa9; }"));
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
    auto* tableHint = new QLabel(tr("F4: penjelasan tagihan yang dipilih, siap dibacakan"), left);
    tableHint->setFont(smallFont(font()));
    leftLayout->addWidget(tableHint);

    m_sopPanel = new SopPanel(*m_call, *m_services.sops, *m_services.catalogue, *m_services.clock, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_sopPanel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({11'000, 9'000}); // scaled to the window: a little more for the tables
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &AgentWorkspace::onSearchEdited);
    connect(m_search, &QLineEdit::returnPressed, this, &AgentWorkspace::search);
    connect(searchButton, &QPushButton::clicked, this, &AgentWorkspace::search);
    connect(m_endCallButton, &QPushButton::clicked, this, &AgentWorkspace::endCall);
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
    auto* focusSearch = addShortcutAction(this, tr("Ke kolom pencarian"), {QKeySequence(Qt::Key_F2), QKeySequence(Qt::CTRL | Qt::Key_L)},
                                          searchGroup);
    focusSearch->setObjectName(QStringLiteral("agentFocusSearchAction"));
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* recent = addShortcutAction(this, tr("Pencarian terakhir panggilan ini (↓ di kolom pencarian)"),
                                     {QKeySequence(Qt::CTRL | Qt::Key_R)}, searchGroup);
    recent->setObjectName(QStringLiteral("agentRecentAction"));
    connect(recent, &QAction::triggered, this, &AgentWorkspace::showRecentLookups);
    auto* explain = addShortcutAction(this, tr("Penjelasan tagihan yang dipilih"), {QKeySequence(Qt::Key_F4)}, searchGroup);
    explain->setObjectName(QStringLiteral("agentExplainBillAction"));
    connect(explain, &QAction::triggered, this, &AgentWorkspace::explainSelectedBill);

    auto* start = addShortcutAction(this, tr("Mulai panggilan (timer)"), {QKeySequence(Qt::Key_F5)}, callGroup);
    start->setObjectName(QStringLiteral("agentStartCallAction"));
    connect(start, &QAction::triggered, this, &AgentWorkspace::startCall);
    auto* end = addShortcutAction(this, tr("Akhiri panggilan tanpa tiket"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}, callGroup);
    end->setObjectName(QStringLiteral("agentEndCallAction"));
    connect(end, &QAction::triggered, this, &AgentWorkspace::endCall);
    auto* copy = addShortcutAction(this, tr("Salin nomor tiket terakhir"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}, callGroup);
    copy->setObjectName(QStringLiteral("agentCopyTicketAction"));
    connect(copy, &QAction::triggered, this, [this] {
        if (!m_ticketNumber->text().isEmpty())
            QApplication::clipboard()->setText(m_ticketNumber->text());
    });

    // Listed in the F1 help; the SOP panel handles these keys itself.
    const QString sopGroup = tr("SOP");
    const QList<QPair<QString, QList<QKeySequence>>> panelKeys{
        {tr("Pilih SOP atau jawaban nomor 1–9"), {QKeySequence(Qt::Key_1), QKeySequence(Qt::Key_9)}},
        {tr("Lanjut / simpan isian"), {QKeySequence(Qt::Key_Return)}},
        {tr("Langkah sebelumnya"), {QKeySequence(Qt::ALT | Qt::Key_Left)}},
        {tr("Kirim tiket"), {QKeySequence(Qt::CTRL | Qt::Key_Return)}},
    };
    for (const auto& [text, keys] : panelKeys) {
        auto* info = new QAction(text, this);
        info->setProperty("shortcutGroup", sopGroup);
        info->setShortcuts(keys);
        info->setEnabled(false); // listed in F1 only: a disabled action never takes the key from the panel
        addAction(info);
    }
}


void AgentWorkspace::bindCall()
{
    connect(m_call, &Call::started, this, [this] {
        m_tick->start();
        showRecent();
        updateTimer();
    });
    connect(m_call, &Call::lookupStarted, this, &AgentWorkspace::onLookupStarted);
    connect(m_call, &Call::lookupFinished, this, &AgentWorkspace::onLookupFinished);
    connect(m_call, &Call::customerChanged, this, [this] {
        // Another bill: the SOPs are offered over it (no walk has started: the call says so).
        const bool hadFocus = m_billView->hasFocus();
        m_sopPanel->showCustomer();
        if (hadFocus)
            m_billView->setFocus();
    });
    connect(m_call, &Call::billExplained, this, &AgentWorkspace::showBillExplanation);
    connect(m_call, &Call::repeatContactFound, m_sopPanel, &SopPanel::setRepeatContact);
    connect(m_call, &Call::filingStarted, this, [this] { m_sopPanel->setFilingInProgress(true); });
    connect(m_call, &Call::ticketFiled, this, &AgentWorkspace::onTicketFiled);
    connect(m_call, &Call::filingFailed, this, &AgentWorkspace::onFilingFailed);
    connect(m_call, &Call::waitingForDatabaseChanged, this, [this](bool waiting) {
        setConnectionMessage(waiting ? tr("Basis data tidak terhubung. Panggilan tersimpan sebagai draf; tiket dikirim sekali "
                                          "lagi secara otomatis begitu basis data kembali.")
                                     : tr("Basis data kembali terhubung; tiket dikirim ulang…"));
    });
    connect(m_call, &Call::ended, this, &AgentWorkspace::showIdle);
}

QString AgentWorkspace::lastTicketNumber() const
{
    return m_ticketNumber->text();
}

void AgentWorkspace::onSearchEdited(const QString& text)
{
    // Explain a wrong character at once; a number still being typed only gets a hint.
    if (text.trimmed().isEmpty()) {
        m_searchProblem->clear();
        return;
    }
    const auto digits = csodesk::detail::digitsOfKeyInput(text, tr("IDPEL atau nomor meter"));
    if (!digits.ok()) {
        m_searchProblem->setText(digits.error().message);
        return;
    }
    const auto key = parseCustomerKey(text);
    if (key.ok())
        m_searchProblem->setText(key->isIdpel() ? tr("IDPEL lengkap — tekan Enter") : tr("Nomor meter lengkap — tekan Enter"));
    else if (digits->size() > 12)
        m_searchProblem->setText(key.error().message);
    else
        m_searchProblem->setText(tr("%1 digit — IDPEL 12 digit, nomor meter 11 digit").arg(digits->size()));
}

void AgentWorkspace::search()
{
    const auto key = parseCustomerKey(m_search->text());
    if (!key.ok()) {
        m_searchProblem->setText(key.error().message);
        m_search->setFocus();
        return;
    }
    m_call->lookUp(key->digits);
}

void AgentWorkspace::onLookupStarted(const QString& input)
{
    m_card->showMessage(tr("Mencari…"), tr("Mencari pelanggan %1").arg(input));
}

void AgentWorkspace::onLookupFinished(const QString& input, const std::optional<Error>& error,
                                      const std::optional<Error>& resumeProblem)
{
    showRecent();
    if (error) {
        m_bills->clear();
        m_tokens->clear();
        m_history->clear();
        m_sopPanel->clear();
        if (error->kind == ErrorKind::NotFound) {
            m_card->showMessage(tr("Pelanggan tidak ditemukan"),
                                tr("Tidak ada pelanggan dengan nomor %1. Periksa kembali nomornya bersama pelanggan "
                                   "(IDPEL ada di struk atau rekening), atau coba nomor meter.").arg(input));
        } else if (error->kind == ErrorKind::InvalidInput) {
            m_card->showMessage(tr("Nomor tidak valid"), error->message);
        } else {
            m_card->showMessage(tr("Pencarian gagal"), error->message);
            if (Messages::showError(this, *error)) {
                m_call->lookUp(input);
                return;
            }
        }
        m_search->setFocus();
        m_search->selectAll();
        return;
    }
    showCustomer();
    if (resumeProblem)
        Messages::showError(this, *resumeProblem);
    else if (m_call->walk())
        m_sopPanel->showResumedWalk();
    updateTimer();
    m_sopPanel->focusEntry();
}

void AgentWorkspace::showCustomer()
{
    const CallCustomer* current = m_call->customer();
    if (!current)
        return;
    const CustomerLookup& lookup = current->lookup;
    m_card->showCustomer(lookup);
    const QDateTime now = m_services.clock->nowUtc();
    const bool prepaid = lookup.customer.isPrepaid();
    m_bills->setBills(lookup.bills, wibDate(now));
    m_tokens->setPurchases(lookup.tokenPurchases);
    m_tabs->setTabVisible(kBillTab, !prepaid);
    m_tabs->setTabVisible(kTokenTab, prepaid);
    m_tabs->setCurrentIndex(prepaid ? kTokenTab : kBillTab);
    // The bill the SOP talks about: the newest, or the one a resumed call was about.
    int billRow = 0;
    for (int row = 0; row < m_bills->rowCount(); ++row) {
        if (current->billPeriod.isValid() && m_bills->billAt(row)->period == current->billPeriod)
            billRow = row;
    }
    if (!prepaid && m_bills->rowCount() > 0)
        m_billView->selectRow(billRow);
    m_billView->resizeColumnsToContents();
    m_tokenView->resizeColumnsToContents();

    m_history->setTickets(lookup.tickets, now);
    m_historyView->resizeColumnsToContents();
    const QString repeat = m_call->repeatContactInHistory();
    if (lookup.ticketsUnavailable)
        m_historyNote->setText(tr("Riwayat kontak tidak dapat dimuat."));
    else if (!repeat.isEmpty())
        m_historyNote->setText(tr("⚠ Kontak berulang: tiket %1 masih terbuka atau baru saja dibuat.").arg(repeat));
    else if (lookup.tickets.isEmpty())
        m_historyNote->setText(tr("Belum ada tiket untuk pelanggan ini."));
    else
        m_historyNote->setText(tr("%n tiket sebelumnya.", nullptr, int(lookup.tickets.size())));
    m_tabs->setTabText(kHistoryTab, repeat.isEmpty() ? tr("Riwayat &kontak (%1)").arg(lookup.tickets.size())
                                                     : tr("Riwayat &kontak (%1) ⚠").arg(lookup.tickets.size()));
    m_sopPanel->showCustomer();
    m_searchProblem->clear();
}

void AgentWorkspace::showRecent()
{
    const QStringList& recent = m_call->recentLookups();
    m_recentModel->setStringList(recent);
    if (recent.isEmpty())
        m_recentLabel->clear();
    else
        m_recentLabel->setText(tr("Terakhir (Ctrl+R): %1").arg(recent.join(QStringLiteral(", "))));
}

void AgentWorkspace::onBillChosen(int row)
{
    // The SOP talks about the bill the agent selected ("my October bill"), until a walk starts.
    if (const Bill* bill = m_bills->billAt(row))
        m_call->chooseBill(bill->period);
}

void AgentWorkspace::explainSelectedBill()
{
    const CallCustomer* current = m_call->customer();
    if (!current || current->lookup.customer.isPrepaid())
        return;
    const QModelIndex index = m_billView->currentIndex();
    if (const Bill* bill = m_bills->billAt(index.isValid() ? index.row() : 0))
        m_call->explainBill(bill->period);
}

void AgentWorkspace::showBillExplanation(const BillingPeriod& period, const Result<BillExplanation>& explanation)
{
    if (!explanation.ok()) {
        Messages::showError(this, explanation.error());
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("agentBillExplanation"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Penjelasan tagihan %1").arg(period.displayName()));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QTextBrowser(dialog);
    text->setObjectName(QStringLiteral("agentBillExplanationText"));
    text->setFont(scriptFont(font()));
    text->setPlainText(explanation->text);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(dialog);
    auto* close = buttons->addButton(tr("&Tutup"), QDialogButtonBox::RejectRole);
    connect(close, &QPushButton::clicked, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    const QFontMetrics metrics(text->font());
    dialog->resize(metrics.averageCharWidth() * 72, metrics.lineSpacing() * 21);
    dialog->open();
    close->setFocus();
}

void AgentWorkspace::showRecentLookups()
{
    m_search->setFocus();
    if (m_call->recentLookups().isEmpty())
        return;
    m_recentCompleter->setCompletionPrefix(QString());
    m_recentCompleter->complete();
}

void AgentWorkspace::startCall()
{
    m_call->start();
}

void AgentWorkspace::updateTimer()
{
    if (!m_call->isActive()) {
        m_timerLabel->setText(tr("Tidak ada panggilan (F5 mulai)"));
        return;
    }
    m_timerLabel->setText(tr("Durasi %1").arg(formatDuration(m_call->elapsedSeconds())));
}

bool AgentWorkspace::endCall()
{
    if (!m_call->isActive())
        return true;
    if (m_call->isFiling())
        return false;
    if (!Messages::confirm(this, tr("Akhiri panggilan"),
                           tr("Akhiri panggilan tanpa membuat tiket? Draf panggilan ini akan dihapus."), true))
        return false;
    return m_call->end();
}

void AgentWorkspace::showIdle()
{
    m_tick->stop();
    m_search->clear();
    m_searchProblem->clear();
    showRecent();
    m_card->showEmpty();
    m_bills->clear();
    m_tokens->clear();
    m_history->clear();
    m_historyNote->clear();
    m_tabs->setTabText(kHistoryTab, tr("Riwayat &kontak"));
    m_tabs->setTabVisible(kBillTab, true);
    m_tabs->setTabVisible(kTokenTab, false);
    m_tabs->setCurrentIndex(kBillTab);
    m_sopPanel->clear();
    setConnectionMessage({});
    updateTimer();
    m_search->setFocus();
}

void AgentWorkspace::onWalkChanged()
{
    updateTimer(); // besides its one-second tick: each step shows the time it happened at
    m_call->noteWalkEdited(m_sopPanel->pendingFields(), m_sopPanel->agentNote());
}

void AgentWorkspace::fileTicket()
{
    m_call->noteWalkEdited(m_sopPanel->pendingFields(), m_sopPanel->agentNote());
    (void)m_call->file(m_sopPanel->linkedTicketNumber());
}

void AgentWorkspace::onTicketFiled(const FilingResult& result)
{
    showIdle();
    m_ticketNumber->setText(result.ticket.number);
    m_filedBanner->setVisible(true);
    Q_EMIT ticketFiled(result.ticket.number);
}

void AgentWorkspace::onFilingFailed(const Error& error, FilingFailure failure)
{
    m_sopPanel->setFilingInProgress(false);
    switch (failure) {
    case FilingFailure::Refused:
        Messages::showError(this, error);
        m_sopPanel->focusEntry();
        return;
    case FilingFailure::RetryFailed:
        // The one automatic retry failed too: the agent decides (Ctrl+Enter tries again).
        setConnectionMessage(tr("Tiket belum terkirim: basis data masih bermasalah. Draf panggilan tersimpan; "
                                "tekan Ctrl+Enter untuk mencoba lagi."));
        Messages::showError(this, error);
        m_sopPanel->focusEntry();
        return;
    case FilingFailure::DatabaseGone:
        if (Messages::showError(this, error))
            fileTicket();
        else
            m_call->waitForDatabase();
        return;
    }
}

void AgentWorkspace::checkDatabaseAgain()
{
    m_call->checkDatabaseAgain();
}

void AgentWorkspace::setConnectionMessage(const QString& text)
{
    m_connection->setText(text);
    m_connection->setVisible(!text.isEmpty());
}

void AgentWorkspace::offerResume()
{
    auto loaded = m_call->savedCall();
    if (!loaded.ok()) {
        Messages::showError(this, loaded.error());
        return;
    }
    if (!loaded->has_value())
        return;
    const CallDraft saved = **loaded;
    const QString question =
        saved.sopId.isEmpty()
            ? tr("Ada panggilan yang belum selesai dengan pelanggan %1 (mulai %2). Lanjutkan panggilan itu?")
                  .arg(saved.customerIdpel, formatWibDateTime(saved.callStartedAt))
            : tr("Ada panggilan yang belum selesai dengan pelanggan %1 (mulai %2, %n langkah SOP). Lanjutkan panggilan itu?",
                 nullptr, int(saved.steps.size()))
                  .arg(saved.customerIdpel, formatWibDateTime(saved.callStartedAt));
    if (!Messages::confirm(this, tr("Lanjutkan panggilan"), question)) {
        m_call->discardSaved();
        return;
    }
    m_search->setText(saved.customerIdpel);
    m_call->resume(saved);
}

void AgentWorkspace::closeEvent(QCloseEvent* event)
{
    if (m_call->isFiling()) {
        event->ignore();
        return;
    }
    if (m_call->isActive()
        && !Messages::confirm(this, tr("Panggilan masih berjalan"),
                              tr("Panggilan ini belum menghasilkan tiket. Drafnya tersimpan dan ditawarkan lagi saat Anda "
                                 "masuk kembali. Keluar sekarang?"))) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace csodesk::ui
