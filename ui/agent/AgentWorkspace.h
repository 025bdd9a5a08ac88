#pragma once

#include "AgentServices.h"
#include "auth/Actor.h"
#include "calls/Call.h"
#include "tickets/CallDraft.h"
#include "tickets/CallDraftStore.h"
#include "toolkit/RunnerCallExecutor.h"

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
class CustomerPickList;
class SopPanel;
class TokenTableModel;

// The agent's desktop for one call at a time: find the customer (F2), read the card, bills
// and contact history, walk the SOP and file the ticket (Ctrl+Enter). It renders the call
// (core/calls/Call: the look-up, the walk, the exactly-once filing with its one automatic
// retry, the draft on disk) and forwards the agent's keys to it; the questions it asks (resume
// a saved call? end without a ticket? try again?) are the only decisions it makes. The call's
// database work runs on the BackgroundRunner.
class AgentWorkspace : public QWidget {
    Q_OBJECT

public:
    AgentWorkspace(const Actor& actor, AgentServices services, BackgroundRunner& runner, QWidget* parent = nullptr);
    ~AgentWorkspace() override;

    [[nodiscard]] bool isCallActive() const { return m_call->isActive(); }
    // The call as it is saved (customer, steps, start, filing key).
    [[nodiscard]] const CallDraft& call() const { return m_call->draft(); }
    [[nodiscard]] SopPanel* sopPanel() const { return m_sopPanel; }
    // The last ticket filed from this workspace (empty before the first).
    [[nodiscard]] QString lastTicketNumber() const;
    // Whether a filing waits for the database to come back.
    [[nodiscard]] bool isWaitingForDatabase() const { return m_call->isWaitingForDatabase(); }

    // The database probe the retry timer runs; public so tests can tick it without waiting.
    void checkDatabaseAgain();
    // Starts the call timer (F5); the first look-up does it too.
    void startCall();
    // Ends the call without a ticket (asks first when something happened). Returns false when
    // the agent chose to stay on the call.
    bool endCall();
    // A call handed over by the telephony (screen pop): starts the call, remembers the
    // telephony's call id (may be empty) and searches the caller's number.
    void takeIncomingCall(const QString& phone, const QString& telephonyCallId);
    // The telephony's id of the running call (empty when none was handed over).
    [[nodiscard]] QString telephonyCallId() const { return m_telephonyCallId; }

Q_SIGNALS:
    void ticketFiled(const QString& ticketNumber);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // The tabs under the customer card.
    static constexpr int kBillTab = 0;
    static constexpr int kTokenTab = 1;
    static constexpr int kHistoryTab = 2;

    void buildUi(); // AgentWorkspaceLayout.cpp, with createActions()
    void createActions();
    void bindCall();
    void onSearchEdited(const QString& text);
    void search();
    void onLookupStarted(const QString& input);
    void onSearchFinished(const Result<CustomerSearchResult>& result);
    // The pick list instead of the card and its tables, or back.
    void showPickList(bool shown);
    void onLookupFinished(
        const QString& input, const std::optional<Error>& error, const std::optional<Error>& resumeProblem);
    void showCustomer();
    void showRecent();
    void onBillChosen(int row);
    void explainSelectedBill();
    void showBillExplanation(const BillingPeriod& period, const Result<BillExplanation>& explanation);
    void showRecentLookups();
    void onWalkChanged();
    void fileTicket();
    void onFilingFailed(const Error& error, FilingFailure failure);
    void onTicketFiled(const FilingResult& result);
    void offerResume();
    void showIdle();
    void updateTimer();
    void setConnectionMessage(const QString& text);

    Actor m_actor;
    AgentServices m_services;
    CallDraftStore m_drafts;
    RunnerCallExecutor m_executor;
    Call* m_call = nullptr; // a child: gone with the workspace, and its late answers with it

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
    CustomerPickList* m_pickList = nullptr;
    QLabel* m_tableHint = nullptr;
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
    QString m_telephonyCallId;
};

} // namespace csodesk::ui
