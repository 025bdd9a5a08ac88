#pragma once

#include "AgentServices.h"
#include "auth/Actor.h"
#include "customers/CustomerLookup.h"
#include "tickets/CallDraft.h"
#include "tickets/CallDraftStore.h"
#include "tickets/Ticket.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTabWidget;
class QTableView;
class QTimer;
class QCompleter;

namespace csodesk::ui {

class BackgroundRunner;
class BillTableModel;
class ContactHistoryModel;
class CustomerCard;
class SopPanel;
class TokenTableModel;

// The agent's desktop for one call at a time: find the customer (F2), read the card, bills
// and contact history, walk the SOP and file the ticket (Ctrl+Enter). The call is saved as a
// draft at every change (CallDraftStore) and offered again after a crash; a database that goes
// away while filing is probed until it answers, and the filing is then retried once with the
// same clientRequestId, so the ticket is filed exactly once. All database work runs on the
// BackgroundRunner.
class AgentWorkspace : public QWidget {
    Q_OBJECT

public:
    AgentWorkspace(const Actor& actor, AgentServices services, BackgroundRunner& runner, QWidget* parent = nullptr);
    ~AgentWorkspace() override;

    [[nodiscard]] bool isCallActive() const { return m_callActive; }
    [[nodiscard]] const CallDraft& call() const { return m_call; }
    [[nodiscard]] SopPanel* sopPanel() const { return m_sopPanel; }
    // The last ticket filed from this workspace (empty before the first).
    [[nodiscard]] QString lastTicketNumber() const;
    // Whether a filing waits for the database to come back.
    [[nodiscard]] bool isWaitingForDatabase() const { return m_waitingForDatabase; }

    // The database probe the retry timer runs; public so tests can tick it without waiting.
    void checkDatabaseAgain();
    // Starts the call timer (F5); the first look-up does it too.
    void startCall();
    // Ends the call without a ticket (asks first when something happened). Returns false when
    // the agent chose to stay on the call.
    bool endCall();

Q_SIGNALS:
    void ticketFiled(const QString& ticketNumber);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct LookupBundle;

    void buildUi();
    void createActions();
    void onSearchEdited(const QString& text);
    void search();
    void runLookup(const QString& input);
    void onLookupFinished(const QString& input, const Result<LookupBundle>& result);
    void showLookup(const LookupBundle& bundle);
    void onBillChosen(int row);
    void explainSelectedBill();
    void showRecentLookups();
    void onWalkChanged();
    void onOutcomeReached(const QString& subIssueTypeId);
    void fileTicket();
    void onFilingFinished(const Result<FilingResult>& result);
    void waitForDatabase();
    void offerResume();
    void resetCall();
    void saveDraft();
    void discardDraft();
    void updateTimer();
    void setConnectionMessage(const QString& text);

    Actor m_actor;
    AgentServices m_services;
    BackgroundRunner& m_runner;
    CallDraftStore m_drafts;

    bool m_callActive = false;
    CallDraft m_call;
    std::optional<CustomerLookup> m_lookup;
    std::optional<CallDraft> m_resuming; // a saved call being restored after the look-up
    QStringList m_recent;                // look-ups of this call, newest first
    bool m_filing = false;
    bool m_waitingForDatabase = false;
    bool m_autoRetryUsed = false;

    QLineEdit* m_search = nullptr;
    QLabel* m_searchProblem = nullptr;
    QLabel* m_recentLabel = nullptr;
    QCompleter* m_recentCompleter = nullptr;
    QStringListModel* m_recentModel = nullptr;
    QLabel* m_timerLabel = nullptr;
    QPushButton* m_endCallButton = nullptr;
    QLabel* m_connection = nullptr;
    QWidget* m_filedBanner = nullptr;
    QLineEdit* m_ticketNumber = nullptr;
    CustomerCard* m_card = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_billView = nullptr;
    QTableView* m_tokenView = nullptr;
    QTableView* m_historyView = nullptr;
    QLabel* m_historyNote = nullptr;
    BillTableModel* m_bills = nullptr;
    TokenTableModel* m_tokens = nullptr;
    ContactHistoryModel* m_history = nullptr;
    SopPanel* m_sopPanel = nullptr;
    QTimer* m_tick = nullptr;
    QTimer* m_retryTimer = nullptr;
};

} // namespace csodesk::ui
