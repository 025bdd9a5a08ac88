#pragma once

#include "CallBackend.h"
#include "CallCustomer.h"
#include "CallExecutor.h"
#include "auth/Actor.h"
#include "common/Clock.h"
#include "customers/CustomerSearchService.h"
#include "sop/SopLibrary.h"
#include "sop/SopSession.h"
#include "tickets/CallDraft.h"
#include "tickets/CallDraftStore.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace csodesk {

class ApktCatalogue;

// How a filing that did not go through ended, so the one who shows it knows what comes next.
enum class FilingFailure {
    Refused, // the draft or the request is wrong, or not allowed: say why, stay on the call
    DatabaseGone, // the database went away: retry at once, or waitForDatabase() and retry once it is back
    RetryFailed, // the one automatic retry after the database came back failed too: the agent decides
};

// One call, from the first look-up to the filed ticket, without any widget: the desktop's
// agent workspace renders it and forwards the agent's keys, and the CLI's `sop walk` drives
// the same object. It owns what the call is:
//   - the customers served (look-up with bills and ticket history through CallBackend; the
//     bill the SOP talks about and its explanation),
//   - the SOP walk (SopSession) over the current customer,
//   - the repeat-contact check at the outcome,
//   - the filing, exactly once: the call's clientRequestId is fixed when the call starts and
//     reused by every retry, and when the database goes away the call waits for it and retries
//     once by itself,
//   - the draft on disk (CallDraftStore) at every change, offered again after a crash.
// Database work runs through the CallExecutor; results come back as signals.
class Call : public QObject {
    Q_OBJECT

public:
    // How often a call waiting for the database checks whether it is back.
    static constexpr int kDatabaseProbeIntervalMs = 5000;

    // `drafts` may be null (the CLI keeps no draft on disk).
    Call(Actor actor, CallBackend& backend, CallExecutor& executor, const SopLibrary& sops,
        const ApktCatalogue& catalogue, const Clock& clock, CallDraftStore* drafts, QObject* parent = nullptr);
    ~Call() override;

    [[nodiscard]] const Actor& actor() const { return m_actor; }
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool isFiling() const { return m_filing; }
    [[nodiscard]] bool isWaitingForDatabase() const { return m_waitingForDatabase; }
    [[nodiscard]] bool isLookingUp() const { return m_lookingUp; }
    // The draft as it is saved: customer, bill, SOP steps, typed fields, note, start, filing key.
    [[nodiscard]] const CallDraft& draft() const { return m_draft; }
    // Seconds since the call started (0 when none is active).
    [[nodiscard]] qint64 elapsedSeconds() const;

    // The customer the call is about now; null before a look-up found one.
    [[nodiscard]] const CallCustomer* customer() const;
    // Every customer found in this call, in the order they were first looked up.
    [[nodiscard]] const QList<CallCustomer>& customers() const { return m_customers; }
    // What was looked up in this call, newest first (found or not).
    [[nodiscard]] const QStringList& recentLookups() const { return m_recent; }
    // The newest previous ticket of the current customer that makes this a repeat contact.
    [[nodiscard]] QString repeatContactInHistory() const;

    // The SOP walk, when one is under way.
    [[nodiscard]] SopSession* walk() { return m_walk.get(); }
    [[nodiscard]] const SopSession* walk() const { return m_walk.get(); }

    // Starts the call (its timer and filing key); a look-up does it too. No-op while active.
    void start();
    // Starts the call with a given start and filing key (the CLI's --call-started and --request-id).
    void begin(const QDateTime& startedAtUtc, const QString& clientRequestId);

    // Looks `input` up (an IDPEL or a meter number; digits only) -> lookupFinished().
    void lookUp(const QString& input);
    // What the search field asks for: a key is looked up (lookupFinished(); a key that may be
    // a phone written "62..." is searched by phone when no customer has it), a phone or words
    // are searched -> searchFinished(), and the agent picks one to look up.
    void find(const CustomerSearchQuery& query, int limit = CustomerSearchService::kDefaultLimit);
    [[nodiscard]] bool isSearching() const { return m_searching; }
    // The SOP talks about this bill of the current customer until a walk starts -> customerChanged().
    void chooseBill(const BillingPeriod& period);
    // The newest bill of the current customer for which `choice` applies (its "when" holds on
    // that bill's facts): for "asks about an averaged bill", the newest estimated month.
    [[nodiscard]] std::optional<BillingPeriod> billWhere(const SopChoice& choice) const;
    // During a walk: talks about `period`'s bill from now on and takes `choiceId`. Refused when
    // something already read out would change with the bill (SopSession::replaceContext).
    [[nodiscard]] Status chooseWithBill(const QString& choiceId, const BillingPeriod& period);
    // At an ask node: takes the choice. One that is not true of the bill talked about but of
    // another month's (a question about an averaged bill while the newest was read) is taken
    // on the newest bill it is true of, via chooseWithBill().
    [[nodiscard]] Status choose(const QString& choiceId);
    // The explanation of any bill of the current customer, for showing it -> billExplained().
    void explainBill(const BillingPeriod& period);

    // Starts walking `document` over the current customer. Drops a walk under way.
    [[nodiscard]] Status startWalk(const SopLibrary::DocumentPtr& document);
    // Back to choosing an SOP.
    void abandonWalk();
    // The walk moved, or what is typed but not submitted changed: saved with the draft.
    void noteWalkEdited(const QMap<QString, QString>& pendingFields, const QString& agentNote);
    // At an outcome: looks for an earlier ticket to link -> repeatContactFound().
    void checkRepeatContacts();

    // Files the walk's ticket (with the agent's note) -> ticketFiled() or filingFailed().
    // `linkedTicketNumber` is the earlier ticket the agent chose to link (may be empty).
    // Returns false when there is nothing to file or a filing is already running.
    bool file(const QString& linkedTicketNumber = {});
    // Files a ready draft without a walk (the CLI's `tickets file`), the same way.
    bool fileDraft(const TicketDraft& draft, const QString& linkedTicketNumber = {});
    // After DatabaseGone: probe every kDatabaseProbeIntervalMs, retry once when it answers.
    void waitForDatabase();
    // One probe now (the timer's job; tests call it instead of waiting).
    void checkDatabaseAgain();
    // The workspace closes (sign-out, quit): no more probing and no retry behind the person's
    // back. The call stays on disk and is offered again at the next sign-in.
    void stopWaitingForDatabase();

    // Ends the call without a ticket: the draft is removed. False while a filing runs.
    bool end();

    // A call saved by an earlier run that did not end (crash, power cut); nullopt when none.
    // An unreadable draft is an error (it is removed: it cannot be resumed).
    [[nodiscard]] Result<std::optional<CallDraft>> savedCall();
    // Removes the saved call (the agent declined to resume it).
    void discardSaved();
    // Takes the saved call up again: same start (handle time), same filing key (exactly
    // once); looks its customer up and replays its SOP steps -> lookupFinished().
    void resume(const CallDraft& saved);

Q_SIGNALS:
    void started();
    void lookupStarted(const QString& input);
    void searchStarted(const CustomerSearchQuery& query);
    void searchFinished(const Result<CustomerSearchResult>& result);
    // `error` is empty when the customer was found (customer() is set). After a resume the
    // walk is replayed: a walk that could not be replayed is reported in `resumeProblem`.
    void lookupFinished(
        const QString& input, const std::optional<Error>& error, const std::optional<Error>& resumeProblem);
    // The bill the SOP talks about changed (the scripts' values changed with it).
    void customerChanged();
    void billExplained(const BillingPeriod& period, const Result<BillExplanation>& explanation);
    void walkChanged();
    void repeatContactFound(const QString& ticketNumber);
    void filingStarted();
    void ticketFiled(const FilingResult& result);
    void filingFailed(const Error& error, FilingFailure failure);
    void waitingForDatabaseChanged(bool waiting);
    void ended();

private:
    template <typename T, typename Work, typename Done> void runAsync(const QString& description, Work work, Done done);

    void onLookedUp(const QString& input, const Result<CallCustomer>& found);
    void search(const CustomerSearchQuery& query, int limit);
    void submitFiling(const TicketDraft& ticket, const QString& linkedTicketNumber);
    // The current bill's explanation, taken into the customer (and the walk, where it can be).
    void fetchBillExplanation();
    void onFiled(const Result<FilingResult>& result);
    void reset();
    void saveDraft();
    void removeDraft();

    Actor m_actor;
    CallBackend& m_backend;
    CallExecutor& m_executor;
    const SopLibrary& m_sops;
    const ApktCatalogue& m_catalogue;
    const Clock& m_clock;
    CallDraftStore* m_drafts;

    bool m_active = false;
    CallDraft m_draft;
    QList<CallCustomer> m_customers;
    int m_current = -1; // index into m_customers; -1 = none found (yet)
    QStringList m_recent;
    std::unique_ptr<SopSession> m_walk;
    std::optional<CallDraft> m_resuming; // the saved call being restored by the running look-up
    bool m_lookingUp = false;
    bool m_searching = false;
    std::optional<CustomerSearchQuery> m_phoneFallback; // of the running key look-up
    int m_fallbackLimit = 0;
    bool m_filing = false;
    bool m_waitingForDatabase = false;
    bool m_autoRetryUsed = false;
    std::optional<TicketDraft> m_filingDraft; // what the running or waiting filing files
    QString m_filingLink;
    QTimer m_probeTimer;
};

} // namespace csodesk
