#include "AgentWorkspace.h"

#include "BillTableModel.h"
#include "ContactHistoryModel.h"
#include "CustomerCard.h"
#include "SopPanel.h"
#include "TokenTableModel.h"
#include "apkt/ApktCatalogue.h"
#include "common/BackgroundRunner.h"
#include "common/Fonts.h"
#include "common/Format.h"
#include "common/LogFormat.h"
#include "common/Masking.h"
#include "common/Messages.h"
#include "common/TimeUtil.h"
#include "customers/CustomerKey.h"
#include "customers/CustomerLookupService.h"
#include "sop/SopContextBuilder.h"
#include "tickets/TicketQueryService.h"

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
#include <QUuid>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace csodesk::ui {

namespace {

// How often a filing that failed because the database went away checks whether it is back.
constexpr int kDatabaseProbeIntervalMs = 5000;
// The contact history shows the newest tickets of the customer.
constexpr int kHistoryShown = 20;
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

struct AgentWorkspace::LookupBundle {
    CustomerLookup lookup;
    QString explanation;        // of the newest bill; empty for prepaid or when it failed
    QList<Ticket> history;
    bool historyFailed = false;
};

AgentWorkspace::AgentWorkspace(const Actor& actor, AgentServices services, BackgroundRunner& runner, QWidget* parent)
    : QWidget(parent)
    , m_actor(actor)
    , m_services(std::move(services))
    , m_runner(runner)
    , m_drafts(m_services.draftDirectory, actor.userName)
{
    setObjectName(QStringLiteral("agentWorkspace"));
    buildUi();
    createActions();
    setFocusProxy(m_search); // the window focuses the workspace: the agent starts by searching
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &AgentWorkspace::updateTimer);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setInterval(kDatabaseProbeIntervalMs);
    connect(m_retryTimer, &QTimer::timeout, this, &AgentWorkspace::checkDatabaseAgain);
    resetCall();
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

    m_sopPanel = new SopPanel(*m_services.sops, *m_services.catalogue, *m_services.clock, splitter);
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
    connect(m_sopPanel, &SopPanel::outcomeReached, this, &AgentWorkspace::onOutcomeReached);
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
    runLookup(key->digits);
}

void AgentWorkspace::runLookup(const QString& input)
{
    startCall();
    CustomerLookupService* lookupService = m_services.lookup;
    TicketQueryService* queries = m_services.ticketQueries;
    const Actor actor = m_actor;
    m_card->showMessage(tr("Mencari…"), tr("Mencari pelanggan %1").arg(input));
    m_runner.run(
        this, tr("Mencari pelanggan…"),
        [lookupService, queries, actor, input]() -> Result<LookupBundle> {
            auto found = lookupService->lookup(actor, input);
            if (!found.ok())
                return found.error();
            LookupBundle bundle;
            bundle.lookup = found.value();
            if (!bundle.lookup.bills.isEmpty()) {
                auto explanation = lookupService->explainBill(actor, bundle.lookup.customer.idpel,
                                                              bundle.lookup.bills.first().period.toString());
                if (explanation.ok())
                    bundle.explanation = explanation->text;
            }
            TicketFilter filter;
            filter.customerIdpel = bundle.lookup.customer.idpel;
            TicketPageRequest page;
            page.limit = kHistoryShown;
            auto history = queries->list(actor, filter, page);
            if (history.ok())
                bundle.history = history->tickets;
            else
                bundle.historyFailed = true;
            return bundle;
        },
        [this, input](Result<LookupBundle> result) { onLookupFinished(input, result); });
}

void AgentWorkspace::onLookupFinished(const QString& input, const Result<LookupBundle>& result)
{
    if (!m_recent.contains(input)) {
        m_recent.prepend(input);
        m_recentModel->setStringList(m_recent);
        m_recentLabel->setText(tr("Terakhir (Ctrl+R): %1").arg(m_recent.join(QStringLiteral(", "))));
    }
    if (!result.ok()) {
        const Error& error = result.error();
        m_lookup.reset();
        m_bills->clear();
        m_tokens->clear();
        m_history->clear();
        m_sopPanel->clear();
        if (error.kind == ErrorKind::NotFound) {
            m_card->showMessage(tr("Pelanggan tidak ditemukan"),
                                tr("Tidak ada pelanggan dengan nomor %1. Periksa kembali nomornya bersama pelanggan "
                                   "(IDPEL ada di struk atau rekening), atau coba nomor meter.").arg(input));
        } else if (error.kind == ErrorKind::InvalidInput) {
            m_card->showMessage(tr("Nomor tidak valid"), error.message);
        } else {
            m_card->showMessage(tr("Pencarian gagal"), error.message);
            if (Messages::showError(this, error)) {
                runLookup(input);
                return;
            }
        }
        m_resuming.reset();
        m_search->setFocus();
        m_search->selectAll();
        return;
    }
    showLookup(result.value());
}

void AgentWorkspace::showLookup(const LookupBundle& bundle)
{
    m_lookup = bundle.lookup;
    const CustomerLookup& lookup = *m_lookup;
    m_card->showCustomer(lookup);
    const QDate today = wibDate(m_services.clock->nowUtc());
    const bool prepaid = lookup.customer.isPrepaid();
    m_bills->setBills(lookup.bills, today);
    m_tokens->setPurchases(lookup.tokenPurchases);
    m_tabs->setTabVisible(kBillTab, !prepaid);
    m_tabs->setTabVisible(kTokenTab, prepaid);
    m_tabs->setCurrentIndex(prepaid ? kTokenTab : kBillTab);
    // The bill the SOP talks about: the newest, or the one a resumed call was about.
    m_call.customerIdpel = lookup.customer.idpel;
    SopBillChoice bill;
    if (m_resuming && !m_resuming->billPeriod.isEmpty()) {
        if (auto period = BillingPeriod::parse(m_resuming->billPeriod); period.ok())
            bill.period = period.value();
    }
    bill.billExplanation = bundle.explanation; // of the newest bill
    int billRow = 0;
    for (int row = 0; row < m_bills->rowCount(); ++row) {
        if (bill.period.isValid() && m_bills->billAt(row)->period == bill.period)
            billRow = row;
    }
    if (billRow != 0)
        bill.billExplanation.clear(); // not this bill's; "(tidak tersedia)" rather than a wrong one
    m_call.billPeriod = m_bills->billAt(billRow) ? m_bills->billAt(billRow)->period.toString() : QString();
    if (!prepaid && m_bills->rowCount() > 0)
        m_billView->selectRow(billRow);
    m_billView->resizeColumnsToContents();
    m_tokenView->resizeColumnsToContents();

    m_history->setTickets(bundle.history, m_services.clock->nowUtc());
    m_historyView->resizeColumnsToContents();
    const QString repeat = m_history->newestRepeatTicket();
    if (bundle.historyFailed)
        m_historyNote->setText(tr("Riwayat kontak tidak dapat dimuat."));
    else if (!repeat.isEmpty())
        m_historyNote->setText(tr("⚠ Kontak berulang: tiket %1 masih terbuka atau baru saja dibuat.").arg(repeat));
    else if (bundle.history.isEmpty())
        m_historyNote->setText(tr("Belum ada tiket untuk pelanggan ini."));
    else
        m_historyNote->setText(tr("%n tiket sebelumnya.", nullptr, int(bundle.history.size())));
    m_tabs->setTabText(kHistoryTab, repeat.isEmpty() ? tr("Riwayat &kontak (%1)").arg(bundle.history.size())
                                           : tr("Riwayat &kontak (%1) ⚠").arg(bundle.history.size()));

    m_sopPanel->setCustomer(sopContextFromLookup(lookup, bill));
    m_searchProblem->clear();

    if (m_resuming) {
        const CallDraft saved = *m_resuming;
        m_resuming.reset();
        if (!saved.sopId.isEmpty()) {
            const auto document = m_services.sops->findVersion(saved.sopId, saved.sopVersion);
            const Status resumed = m_sopPanel->resume(document, saved.steps, saved.pendingFields, saved.agentNote);
            if (!resumed.ok())
                Messages::showError(this, resumed.error());
        }
    }
    saveDraft();
    updateTimer();
    m_sopPanel->focusEntry();
}

void AgentWorkspace::onBillChosen(int row)
{
    // The SOP talks about the bill the agent selected ("my October bill"), until a walk starts.
    const Bill* bill = m_bills->billAt(row);
    if (!m_lookup || !bill || m_sopPanel->session() || bill->period.toString() == m_call.billPeriod)
        return;
    CustomerLookupService* service = m_services.lookup;
    const Actor actor = m_actor;
    const QString idpel = m_lookup->customer.idpel;
    const BillingPeriod period = bill->period;
    m_call.billPeriod = period.toString();
    m_runner.run(
        this, tr("Menyusun penjelasan tagihan…"),
        [service, actor, idpel, period] { return service->explainBill(actor, idpel, period.toString()); },
        [this, idpel, period](Result<BillExplanation> explanation) {
            if (!m_lookup || m_lookup->customer.idpel != idpel || m_sopPanel->session()
                || m_call.billPeriod != period.toString())
                return; // the agent moved on meanwhile
            const bool hadFocus = m_billView->hasFocus();
            m_sopPanel->setCustomer(sopContextFromLookup(*m_lookup, {period, explanation.ok() ? explanation->text : QString()}));
            if (hadFocus)
                m_billView->setFocus();
            saveDraft();
        });
}

void AgentWorkspace::explainSelectedBill()
{
    if (!m_lookup || m_lookup->customer.isPrepaid())
        return;
    const QModelIndex current = m_billView->currentIndex();
    const Bill* bill = m_bills->billAt(current.isValid() ? current.row() : 0);
    if (!bill)
        return;
    CustomerLookupService* service = m_services.lookup;
    const Actor actor = m_actor;
    const QString idpel = m_lookup->customer.idpel;
    const QString period = bill->period.toString();
    const QString title = tr("Penjelasan tagihan %1").arg(bill->period.displayName());
    m_runner.run(
        this, tr("Menyusun penjelasan tagihan…"),
        [service, actor, idpel, period] { return service->explainBill(actor, idpel, period); },
        [this, title](Result<BillExplanation> result) {
            if (!result.ok()) {
                Messages::showError(this, result.error());
                return;
            }
            auto* dialog = new QDialog(this);
            dialog->setObjectName(QStringLiteral("agentBillExplanation"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(title);
            auto* layout = new QVBoxLayout(dialog);
            auto* text = new QTextBrowser(dialog);
            text->setObjectName(QStringLiteral("agentBillExplanationText"));
            text->setFont(scriptFont(font()));
            text->setPlainText(result->text);
            layout->addWidget(text);
            auto* buttons = new QDialogButtonBox(dialog);
            auto* close = buttons->addButton(tr("&Tutup"), QDialogButtonBox::RejectRole);
            connect(close, &QPushButton::clicked, dialog, &QDialog::reject);
            layout->addWidget(buttons);
            const QFontMetrics metrics(text->font());
            dialog->resize(metrics.averageCharWidth() * 72, metrics.lineSpacing() * 21);
            dialog->open();
            close->setFocus();
        });
}

void AgentWorkspace::showRecentLookups()
{
    m_search->setFocus();
    if (m_recent.isEmpty())
        return;
    m_recentCompleter->setCompletionPrefix(QString());
    m_recentCompleter->complete();
}

void AgentWorkspace::startCall()
{
    if (m_callActive)
        return;
    m_callActive = true;
    m_call = CallDraft();
    m_call.callStartedAt = m_services.clock->nowUtc();
    m_call.clientRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_recent.clear();
    m_recentModel->setStringList({});
    m_recentLabel->clear();
    m_autoRetryUsed = false;
    m_tick->start();
    updateTimer();
}

void AgentWorkspace::updateTimer()
{
    if (!m_callActive) {
        m_timerLabel->setText(tr("Tidak ada panggilan (F5 mulai)"));
        return;
    }
    const qint64 seconds = m_call.callStartedAt.secsTo(m_services.clock->nowUtc());
    m_timerLabel->setText(tr("Durasi %1").arg(formatDuration(seconds)));
}

bool AgentWorkspace::endCall()
{
    if (!m_callActive)
        return true;
    if (m_filing)
        return false;
    if (!Messages::confirm(this, tr("Akhiri panggilan"),
                           tr("Akhiri panggilan tanpa membuat tiket? Draf panggilan ini akan dihapus."), true))
        return false;
    spdlog::info("call ended without a ticket by {}", m_actor.userName);
    discardDraft();
    resetCall();
    return true;
}

void AgentWorkspace::resetCall()
{
    m_callActive = false;
    m_call = CallDraft();
    m_lookup.reset();
    m_waitingForDatabase = false;
    m_retryTimer->stop();
    m_tick->stop();
    m_search->clear();
    m_searchProblem->clear();
    m_recent.clear();
    m_recentModel->setStringList({});
    m_recentLabel->clear();
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
    saveDraft();
}

void AgentWorkspace::saveDraft()
{
    if (!m_callActive)
        return;
    if (const SopSession* session = m_sopPanel->session()) {
        m_call.sopId = session->sop().id;
        m_call.sopVersion = session->sop().version;
        m_call.steps = session->path();
    } else {
        m_call.sopId.clear();
        m_call.sopVersion = 0;
        m_call.steps.clear();
    }
    m_call.pendingFields = m_sopPanel->pendingFields();
    m_call.agentNote = m_sopPanel->agentNote();
    m_call.savedAt = m_services.clock->nowUtc();
    if (auto saved = m_drafts.save(m_call); !saved.ok())
        spdlog::warn("call draft not saved: {}", saved.error().detail);
}

void AgentWorkspace::discardDraft()
{
    if (auto removed = m_drafts.remove(); !removed.ok())
        spdlog::warn("call draft not removed: {}", removed.error().detail);
}

void AgentWorkspace::onOutcomeReached(const QString& subIssueTypeId)
{
    if (!m_lookup)
        return;
    TicketService* tickets = m_services.tickets;
    const Actor actor = m_actor;
    const QString idpel = m_lookup->customer.idpel;
    m_runner.run(
        this, tr("Memeriksa kontak berulang…"),
        [tickets, actor, idpel, subIssueTypeId] { return tickets->findRepeatContacts(actor, idpel, subIssueTypeId); },
        [this](Result<QList<Ticket>> repeats) {
            // Not finding them is no reason to stop the call: the ticket is filed unlinked.
            if (repeats.ok() && !repeats->isEmpty() && m_sopPanel->session() && m_sopPanel->session()->isAtOutcome())
                m_sopPanel->setRepeatContact(repeats->first().number);
        });
}

void AgentWorkspace::fileTicket()
{
    const SopSession* session = m_sopPanel->session();
    if (m_filing || !session || !session->isAtOutcome())
        return;
    auto draft = session->draft();
    if (!draft.ok()) {
        Messages::showError(this, draft.error());
        return;
    }
    TicketDraft ticket = draft.value();
    ticket.agentNote = m_sopPanel->agentNote();
    FilingRequest request;
    request.callStartedAt = m_call.callStartedAt;
    request.linkedTicketNumber = m_sopPanel->linkedTicketNumber();
    request.clientRequestId = m_call.clientRequestId;
    saveDraft(); // what is being filed is on disk before the attempt
    m_filing = true;
    m_sopPanel->setFilingInProgress(true);
    const AgentServices services = m_services;
    const Actor actor = m_actor;
    m_runner.run(
        this, tr("Mengirim tiket…"), [services, actor, ticket, request] { return services.file(actor, ticket, request); },
        [this](Result<FilingResult> result) { onFilingFinished(result); });
}

void AgentWorkspace::onFilingFinished(const Result<FilingResult>& result)
{
    m_filing = false;
    if (result.ok()) {
        const Ticket& ticket = result->ticket;
        spdlog::info("ticket {} filed for {} by {}{}", ticket.number, maskIdpel(ticket.content.customerIdpel), m_actor.userName,
                     result->alreadyFiled ? " (retry; filed by the earlier attempt)" : "");
        discardDraft();
        resetCall();
        m_ticketNumber->setText(ticket.number);
        m_filedBanner->setVisible(true);
        Q_EMIT ticketFiled(ticket.number);
        return;
    }
    m_sopPanel->setFilingInProgress(false);
    const Error& error = result.error();
    spdlog::warn("filing failed: {}", error.detail);
    if (error.kind != ErrorKind::Unavailable) {
        Messages::showError(this, error);
        m_sopPanel->focusEntry();
        return;
    }
    if (m_autoRetryUsed) {
        // The one automatic retry failed too: the agent decides (Ctrl+Enter tries again).
        m_autoRetryUsed = false;
        setConnectionMessage(tr("Tiket belum terkirim: basis data masih bermasalah. Draf panggilan tersimpan; "
                                "tekan Ctrl+Enter untuk mencoba lagi."));
        Messages::showError(this, error);
        m_sopPanel->focusEntry();
        return;
    }
    if (Messages::showError(this, error)) {
        fileTicket();
        return;
    }
    waitForDatabase();
}

void AgentWorkspace::waitForDatabase()
{
    m_waitingForDatabase = true;
    setConnectionMessage(tr("Basis data tidak terhubung. Panggilan tersimpan sebagai draf; tiket dikirim sekali lagi "
                            "secara otomatis begitu basis data kembali."));
    m_retryTimer->start();
}

void AgentWorkspace::checkDatabaseAgain()
{
    if (!m_waitingForDatabase)
        return;
    m_retryTimer->stop(); // one probe at a time; restarted below when still down
    const AgentServices services = m_services;
    m_runner.run(this, tr("Memeriksa koneksi basis data…"), [services] { return services.probeDatabase(); },
                 [this](Status probe) {
                     if (!m_waitingForDatabase)
                         return;
                     if (!probe.ok()) {
                         m_retryTimer->start();
                         return;
                     }
                     m_waitingForDatabase = false;
                     m_autoRetryUsed = true;
                     setConnectionMessage(tr("Basis data kembali terhubung; tiket dikirim ulang…"));
                     fileTicket();
                 });
}

void AgentWorkspace::setConnectionMessage(const QString& text)
{
    m_connection->setText(text);
    m_connection->setVisible(!text.isEmpty());
}

void AgentWorkspace::offerResume()
{
    auto loaded = m_drafts.load();
    if (!loaded.ok()) {
        Messages::showError(this, loaded.error());
        discardDraft();
        return;
    }
    if (!loaded->has_value())
        return;
    const CallDraft saved = **loaded;
    if (saved.customerIdpel.isEmpty()) {
        discardDraft(); // nothing worth resuming: no customer was found
        return;
    }
    const QString question =
        saved.sopId.isEmpty()
            ? tr("Ada panggilan yang belum selesai dengan pelanggan %1 (mulai %2). Lanjutkan panggilan itu?")
                  .arg(saved.customerIdpel, formatWibDateTime(saved.callStartedAt))
            : tr("Ada panggilan yang belum selesai dengan pelanggan %1 (mulai %2, %n langkah SOP). Lanjutkan panggilan itu?",
                 nullptr, int(saved.steps.size()))
                  .arg(saved.customerIdpel, formatWibDateTime(saved.callStartedAt));
    if (!Messages::confirm(this, tr("Lanjutkan panggilan"), question)) {
        discardDraft();
        return;
    }
    // The same call: its start (handle time) and its filing key (exactly once) are kept.
    m_callActive = true;
    m_call = saved;
    m_tick->start();
    updateTimer();
    m_resuming = saved;
    m_search->setText(saved.customerIdpel);
    runLookup(saved.customerIdpel);
}

void AgentWorkspace::closeEvent(QCloseEvent* event)
{
    if (m_filing) {
        event->ignore();
        return;
    }
    if (m_callActive
        && !Messages::confirm(this, tr("Panggilan masih berjalan"),
                              tr("Panggilan ini belum menghasilkan tiket. Drafnya tersimpan dan ditawarkan lagi saat Anda "
                                 "masuk kembali. Keluar sekarang?"))) {
        event->ignore();
        return;
    }
    m_retryTimer->stop();
    event->accept();
}

} // namespace csodesk::ui
