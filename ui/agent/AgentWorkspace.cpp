#include "AgentWorkspace.h"

#include "BillTableModel.h"
#include "ContactHistoryModel.h"
#include "CustomerCard.h"
#include "CustomerPickList.h"
#include "SopPanel.h"
#include "TokenTableModel.h"
#include "apkt/ApktCatalogue.h"
#include "common/TimeUtil.h"
#include "customers/CustomerKey.h"
#include "customers/CustomerSearchQuery.h"
#include "toolkit/BackgroundRunner.h"
#include "toolkit/Fonts.h"
#include "toolkit/Format.h"
#include "toolkit/Messages.h"

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

void AgentWorkspace::bindCall()
{
    connect(m_call, &Call::started, this, [this] {
        m_tick->start();
        showRecent();
        updateTimer();
    });
    connect(m_call, &Call::lookupStarted, this, &AgentWorkspace::onLookupStarted);
    connect(m_call, &Call::lookupFinished, this, &AgentWorkspace::onLookupFinished);
    connect(m_call, &Call::searchStarted, this,
        [this] { m_card->showMessage(tr("Mencari…"), tr("Mencari pelanggan yang cocok")); });
    connect(m_call, &Call::searchFinished, this, &AgentWorkspace::onSearchFinished);
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
        setConnectionMessage(waiting
                ? tr("Basis data tidak terhubung. Panggilan tersimpan sebagai draf; tiket dikirim sekali "
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
    // What Enter will do, while typing; a number still being typed only gets a hint.
    if (text.trimmed().isEmpty()) {
        m_searchProblem->clear();
        return;
    }
    const auto query = CustomerSearchQuery::parse(text);
    if (query.ok()) {
        switch (query->kind) {
        case CustomerSearchQuery::Kind::Key:
            m_searchProblem->setText(
                query->key.isIdpel() ? tr("IDPEL lengkap — tekan Enter") : tr("Nomor meter lengkap — tekan Enter"));
            return;
        case CustomerSearchQuery::Kind::Phone:
            m_searchProblem->setText(tr("Nomor telepon — tekan Enter untuk mencari"));
            return;
        case CustomerSearchQuery::Kind::Words:
            m_searchProblem->setText(tr("Nama/alamat — tekan Enter untuk mencari"));
            return;
        }
    }
    const auto digits = csodesk::detail::digitsOfKeyInput(text, tr("IDPEL atau nomor meter"));
    if (digits.ok() && digits->size() < 12 && !digits->startsWith(QLatin1Char('0')))
        m_searchProblem->setText(tr("%1 digit — IDPEL 12 digit, nomor meter 11 digit").arg(digits->size()));
    else
        m_searchProblem->setText(query.error().message);
}

void AgentWorkspace::search()
{
    const auto query = CustomerSearchQuery::parse(m_search->text());
    if (!query.ok()) {
        m_searchProblem->setText(query.error().message);
        m_search->setFocus();
        return;
    }
    showPickList(false);
    m_call->find(query.value());
}

void AgentWorkspace::onSearchFinished(const Result<CustomerSearchResult>& result)
{
    m_searchProblem->clear();
    updateTimer();
    if (!result.ok()) {
        m_card->showMessage(tr("Pencarian gagal"), result.error().message);
        if (result.error().kind != ErrorKind::InvalidInput && Messages::showError(this, result.error())) {
            search();
            return;
        }
        m_search->setFocus();
        return;
    }
    const QList<CustomerHit>& hits = result->hits;
    if (hits.isEmpty()) {
        m_card->showMessage(tr("Tidak ada pelanggan yang cocok"),
            result->query.kind == CustomerSearchQuery::Kind::Phone
                ? tr("Tidak ada pelanggan dengan nomor telepon itu. Tanyakan IDPEL, nomor meter, atau nama dan "
                     "alamat pelanggan.")
                : tr("Tidak ada pelanggan dengan nama atau alamat itu. Periksa ejaannya bersama penelepon, atau "
                     "coba kata lain (nama jalan, desa, kota)."));
        m_search->setFocus();
        m_search->selectAll();
        return;
    }
    // One customer: opened at once, as a look-up (its own access record); the card shows the
    // name and address to confirm with the caller.
    if (hits.size() == 1 && !result->more) {
        m_call->lookUp(hits.first().idpel);
        return;
    }
    m_pickList->showResult(result.value());
    showPickList(true);
}

void AgentWorkspace::showPickList(bool shown)
{
    m_pickList->setVisible(shown);
    m_card->setVisible(!shown);
    m_tabs->setVisible(!shown);
    m_tableHint->setVisible(!shown);
    if (shown)
        m_pickList->setFocus();
}

void AgentWorkspace::takeIncomingCall(const QString& phone, const QString& telephonyCallId)
{
    startCall();
    m_telephonyCallId = telephonyCallId;
    m_search->setText(phone);
    search();
}

void AgentWorkspace::onLookupStarted(const QString& input)
{
    m_card->showMessage(tr("Mencari…"), tr("Mencari pelanggan %1").arg(input));
}

void AgentWorkspace::onLookupFinished(
    const QString& input, const std::optional<Error>& error, const std::optional<Error>& resumeProblem)
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
                   "(IDPEL ada di struk atau rekening), atau coba nomor meter.")
                    .arg(input));
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
    m_tabs->setTabText(kHistoryTab,
        repeat.isEmpty() ? tr("Riwayat &kontak (%1)").arg(lookup.tickets.size())
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
    showPickList(false);
    m_telephonyCallId.clear();
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
    const QString question = saved.sopId.isEmpty()
        ? tr("Ada panggilan yang belum selesai dengan pelanggan %1 (mulai %2). Lanjutkan panggilan itu?")
              .arg(saved.customerIdpel, formatWibDateTime(saved.callStartedAt))
        : tr(
            "Ada panggilan yang belum selesai dengan pelanggan %1 (mulai %2, %n langkah SOP). Lanjutkan panggilan itu?",
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
    m_call->stopWaitingForDatabase();
    event->accept();
}

} // namespace csodesk::ui
