#include "Call.h"

#include "ContactHistory.h"
#include "apkt/ApktCatalogue.h"
#include "common/LogFormat.h"
#include "common/Masking.h"
#include "sop/SopContextBuilder.h"

#include <QCoreApplication>
#include <QUuid>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <utility>

namespace csodesk {

namespace {

// The look-up's worker: the customer, then the explanation of the bill the SOP will talk
// about (the one a resumed call was about when it is still there, else the newest).
Result<CallCustomer> lookUpCustomer(
    CallBackend& backend, const Actor& actor, const QString& input, const BillingPeriod& wantedPeriod)
{
    auto found = backend.lookUp(actor, input);
    if (!found.ok())
        return found.error();
    CallCustomer customer;
    customer.lookup = found.value();
    if (customer.lookup.bills.isEmpty())
        return customer;
    customer.billPeriod = customer.lookup.bills.first().period;
    for (const Bill& bill : std::as_const(customer.lookup.bills)) {
        if (wantedPeriod.isValid() && bill.period == wantedPeriod)
            customer.billPeriod = wantedPeriod;
    }
    // Without it the script says "(tidak tersedia)": no reason to lose the customer.
    auto explanation = backend.explainBill(actor, customer.idpel(), customer.billPeriod.toString());
    if (explanation.ok())
        customer.billExplanation = explanation->text;
    else
        spdlog::warn("bill explanation for {} failed: {}", maskIdpel(customer.idpel()), explanation.error().detail);
    return customer;
}

} // namespace

Call::Call(Actor actor, CallBackend& backend, CallExecutor& executor, const SopLibrary& sops,
    const ApktCatalogue& catalogue, const Clock& clock, CallDraftStore* drafts, QObject* parent)
    : QObject(parent)
    , m_actor(std::move(actor))
    , m_backend(backend)
    , m_executor(executor)
    , m_sops(sops)
    , m_catalogue(catalogue)
    , m_clock(clock)
    , m_drafts(drafts)
{
    m_probeTimer.setInterval(kDatabaseProbeIntervalMs);
    connect(&m_probeTimer, &QTimer::timeout, this, &Call::checkDatabaseAgain);
}

Call::~Call() = default;

template <typename T, typename Work, typename Done>
void Call::runAsync(const QString& description, Work work, Done done)
{
    // Result<T> has no empty state: the worker fills the optional, the continuation reads it.
    auto result = std::make_shared<std::optional<T>>();
    m_executor.run(
        this, description, [result, work = std::move(work)]() mutable { result->emplace(work()); },
        [result, done = std::move(done)]() mutable { done(std::move(**result)); });
}

qint64 Call::elapsedSeconds() const
{
    return m_active ? std::max<qint64>(0, m_draft.callStartedAt.secsTo(m_clock.nowUtc())) : 0;
}

const CallCustomer* Call::customer() const
{
    return m_current >= 0 ? &m_customers.at(m_current) : nullptr;
}

QString Call::repeatContactInHistory() const
{
    const CallCustomer* current = customer();
    return current ? newestRepeatContact(current->lookup.tickets, m_clock.nowUtc()) : QString();
}

void Call::start()
{
    if (!m_active)
        begin(m_clock.nowUtc(), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void Call::begin(const QDateTime& startedAtUtc, const QString& clientRequestId)
{
    reset();
    m_active = true;
    m_draft.callStartedAt = startedAtUtc.toUTC();
    m_draft.clientRequestId = clientRequestId;
    Q_EMIT started();
}

// --- the customer ------------------------------------------------------------------------

void Call::lookUp(const QString& input)
{
    start();
    m_lookingUp = true;
    Q_EMIT lookupStarted(input);
    BillingPeriod wanted;
    if (m_resuming && !m_resuming->billPeriod.isEmpty()) {
        if (auto period = BillingPeriod::parse(m_resuming->billPeriod); period.ok())
            wanted = period.value();
    }
    CallBackend* backend = &m_backend;
    const Actor actor = m_actor;
    runAsync<Result<CallCustomer>>(
        tr("Mencari pelanggan…"),
        [backend, actor, input, wanted] { return lookUpCustomer(*backend, actor, input, wanted); },
        [this, input](const Result<CallCustomer>& found) { onLookedUp(input, found); });
}

void Call::find(const CustomerSearchQuery& query, int limit)
{
    if (query.kind != CustomerSearchQuery::Kind::Key) {
        search(query, limit);
        return;
    }
    if (!query.phone.isEmpty()) {
        m_phoneFallback = query.asPhone();
        m_fallbackLimit = limit;
    }
    lookUp(query.key.digits);
}

void Call::search(const CustomerSearchQuery& query, int limit)
{
    start();
    m_searching = true;
    Q_EMIT searchStarted(query);
    CallBackend* backend = &m_backend;
    const Actor actor = m_actor;
    runAsync<Result<CustomerSearchResult>>(
        tr("Mencari pelanggan…"), [backend, actor, query, limit] { return backend->search(actor, query, limit); },
        [this](const Result<CustomerSearchResult>& found) {
            m_searching = false;
            Q_EMIT searchFinished(found);
        });
}

void Call::onLookedUp(const QString& input, const Result<CallCustomer>& found)
{
    m_lookingUp = false;
    if (std::optional<CustomerSearchQuery> fallback = std::exchange(m_phoneFallback, std::nullopt);
        fallback && !found.ok() && found.error().kind == ErrorKind::NotFound) {
        search(*fallback, m_fallbackLimit);
        return;
    }
    m_recent.removeAll(input);
    m_recent.prepend(input);
    std::optional<CallDraft> resuming = std::exchange(m_resuming, std::nullopt);
    m_walk.reset();
    if (!found.ok()) {
        m_current = -1;
        Q_EMIT lookupFinished(input, found.error(), std::nullopt);
        return;
    }
    const CallCustomer& customer = found.value();
    const auto same = std::find_if(m_customers.begin(), m_customers.end(),
        [&customer](const CallCustomer& served) { return served.idpel() == customer.idpel(); });
    if (same != m_customers.end()) {
        *same = customer;
        m_current = int(same - m_customers.begin());
    } else {
        m_customers.append(customer);
        m_current = int(m_customers.size()) - 1;
    }
    m_draft.customerIdpel = customer.idpel();
    m_draft.billPeriod = customer.billPeriod.isValid() ? customer.billPeriod.toString() : QString();

    std::optional<Error> resumeProblem;
    if (resuming && !resuming->sopId.isEmpty()) {
        // The saved walk, replayed step by step: the same SOP version, the same answers.
        const auto document = m_sops.findVersion(resuming->sopId, resuming->sopVersion);
        if (!document) {
            resumeProblem = makeError(ErrorKind::NotFound, tr("SOP panggilan yang tersimpan tidak ditemukan lagi."),
                QStringLiteral("resume: %1 v%2 not loaded").arg(resuming->sopId).arg(resuming->sopVersion));
        } else {
            auto walk = std::make_unique<SopSession>(
                document, customer.sopContext(), m_catalogue.contactCenterUnit(), m_clock);
            if (Status replayed = walk->replay(resuming->steps); replayed.ok())
                m_walk = std::move(walk);
            else
                resumeProblem = replayed.error();
        }
    }
    if (!m_walk) {
        m_draft.sopId.clear();
        m_draft.sopVersion = 0;
        m_draft.steps.clear();
        m_draft.pendingFields.clear();
        if (!resuming)
            m_draft.agentNote.clear();
    }
    saveDraft();
    Q_EMIT lookupFinished(input, std::nullopt, resumeProblem);
}

void Call::chooseBill(const BillingPeriod& period)
{
    if (m_current < 0 || m_walk || !period.isValid() || m_customers.at(m_current).billPeriod == period)
        return;
    CallCustomer& current = m_customers[m_current];
    current.billPeriod = period;
    current.billExplanation.clear(); // not this bill's: "(tidak tersedia)" rather than a wrong one
    m_draft.billPeriod = period.toString();
    saveDraft();
    Q_EMIT customerChanged();
    fetchBillExplanation();
}

void Call::fetchBillExplanation()
{
    const CallCustomer* current = customer();
    if (!current)
        return;
    CallBackend* backend = &m_backend;
    const Actor actor = m_actor;
    const QString idpel = current->idpel();
    const BillingPeriod period = current->billPeriod;
    runAsync<Result<BillExplanation>>(
        tr("Menyusun penjelasan tagihan…"),
        [backend, actor, idpel, period] { return backend->explainBill(actor, idpel, period.toString()); },
        [this, idpel, period](Result<BillExplanation> explanation) {
            const CallCustomer* now = customer();
            // The agent may have moved on meanwhile: another customer or bill.
            if (!now || now->idpel() != idpel || now->billPeriod != period || !explanation.ok())
                return;
            CallCustomer& served = m_customers[m_current];
            if (m_walk) {
                // Taken into the walk only where nothing read out changes with it.
                CallCustomer explained = served;
                explained.billExplanation = explanation->text;
                if (!m_walk->replaceContext(explained.sopContext()).ok())
                    return;
            }
            served.billExplanation = explanation->text;
            Q_EMIT customerChanged();
        });
}

std::optional<BillingPeriod> Call::billWhere(const SopChoice& choice) const
{
    const CallCustomer* current = customer();
    if (!current)
        return std::nullopt;
    for (const Bill& bill : current->lookup.bills) { // newest first
        if (choice.when.holds(sopFactsFromLookup(current->lookup, { bill.period, {} })))
            return bill.period;
    }
    return std::nullopt;
}

Status Call::choose(const QString& choiceId)
{
    if (!m_walk)
        return makeError(ErrorKind::Conflict, tr("Tidak ada SOP yang sedang dijalankan."), QStringLiteral("no walk"));
    const SopChoice* choice = m_walk->currentNode().findChoice(choiceId);
    if (choice && !m_walk->unavailableReason(*choice).isEmpty()) {
        if (const std::optional<BillingPeriod> period = billWhere(*choice))
            return chooseWithBill(choiceId, *period);
    }
    Status chosen = m_walk->choose(choiceId);
    if (chosen.ok())
        saveDraft();
    return chosen;
}

Status Call::chooseWithBill(const QString& choiceId, const BillingPeriod& period)
{
    if (m_current < 0 || !m_walk)
        return makeError(ErrorKind::Conflict, tr("Tidak ada SOP yang sedang dijalankan."), QStringLiteral("no walk"));
    CallCustomer& current = m_customers[m_current];
    if (current.billPeriod != period) {
        CallCustomer switched = current;
        switched.billPeriod = period;
        switched.billExplanation.clear();
        if (Status replaced = m_walk->replaceContext(switched.sopContext()); !replaced.ok())
            return replaced;
        current = std::move(switched);
        m_draft.billPeriod = period.toString();
        Q_EMIT customerChanged();
        fetchBillExplanation();
    }
    Status chosen = m_walk->choose(choiceId);
    saveDraft(); // the bill period changed even if the choice was refused
    return chosen;
}

void Call::explainBill(const BillingPeriod& period)
{
    const CallCustomer* current = customer();
    if (!current)
        return;
    CallBackend* backend = &m_backend;
    const Actor actor = m_actor;
    const QString idpel = current->idpel();
    runAsync<Result<BillExplanation>>(
        tr("Menyusun penjelasan tagihan…"),
        [backend, actor, idpel, period] { return backend->explainBill(actor, idpel, period.toString()); },
        [this, period](const Result<BillExplanation>& explanation) { Q_EMIT billExplained(period, explanation); });
}

// --- the walk ----------------------------------------------------------------------------

Status Call::startWalk(const SopLibrary::DocumentPtr& document)
{
    const CallCustomer* current = customer();
    if (!current || !document) {
        return makeError(ErrorKind::InvalidInput, tr("Cari pelanggan dulu sebelum memilih SOP."),
            QStringLiteral("startWalk without a customer or document"));
    }
    m_walk = std::make_unique<SopSession>(document, current->sopContext(), m_catalogue.contactCenterUnit(), m_clock);
    m_draft.pendingFields.clear();
    m_draft.agentNote.clear();
    saveDraft();
    Q_EMIT walkChanged();
    return {};
}

void Call::abandonWalk()
{
    if (!m_walk || m_filing)
        return;
    m_walk.reset();
    m_draft.pendingFields.clear();
    saveDraft();
    Q_EMIT walkChanged();
}

void Call::noteWalkEdited(const QMap<QString, QString>& pendingFields, const QString& agentNote)
{
    m_draft.pendingFields = pendingFields;
    m_draft.agentNote = agentNote.trimmed();
    saveDraft();
}

void Call::checkRepeatContacts()
{
    const CallCustomer* current = customer();
    if (!current || !m_walk || !m_walk->isAtOutcome())
        return;
    auto draft = m_walk->draft();
    if (!draft.ok())
        return;
    CallBackend* backend = &m_backend;
    const Actor actor = m_actor;
    const QString idpel = current->idpel();
    const QString subIssue = draft->subIssueTypeId;
    runAsync<Result<QList<Ticket>>>(
        tr("Memeriksa kontak berulang…"),
        [backend, actor, idpel, subIssue] { return backend->repeatContacts(actor, idpel, subIssue); },
        [this, idpel](Result<QList<Ticket>> repeats) {
            // Not finding them is no reason to stop the call: the ticket is filed unlinked.
            const CallCustomer* now = customer();
            if (repeats.ok() && !repeats->isEmpty() && now && now->idpel() == idpel && m_walk && m_walk->isAtOutcome())
                Q_EMIT repeatContactFound(repeats->first().number);
        });
}

// --- filing ------------------------------------------------------------------------------

bool Call::file(const QString& linkedTicketNumber)
{
    if (m_filing || !m_walk || !m_walk->isAtOutcome())
        return false;
    auto draft = m_walk->draft();
    if (!draft.ok()) {
        Q_EMIT filingFailed(draft.error(), FilingFailure::Refused);
        return false;
    }
    TicketDraft ticket = draft.value();
    ticket.agentNote = m_draft.agentNote;
    submitFiling(ticket, linkedTicketNumber);
    return true;
}

bool Call::fileDraft(const TicketDraft& draft, const QString& linkedTicketNumber)
{
    if (m_filing)
        return false;
    start();
    submitFiling(draft, linkedTicketNumber);
    return true;
}

void Call::submitFiling(const TicketDraft& ticket, const QString& linkedTicketNumber)
{
    m_filingDraft = ticket;
    m_filingLink = linkedTicketNumber;
    FilingRequest request;
    request.callStartedAt = m_draft.callStartedAt;
    request.linkedTicketNumber = linkedTicketNumber;
    request.clientRequestId = m_draft.clientRequestId;
    saveDraft(); // what is being filed is on disk before the attempt
    m_filing = true;
    Q_EMIT filingStarted();
    CallBackend* backend = &m_backend;
    const Actor actor = m_actor;
    runAsync<Result<FilingResult>>(
        tr("Mengirim tiket…"), [backend, actor, ticket, request] { return backend->file(actor, ticket, request); },
        [this](const Result<FilingResult>& result) { onFiled(result); });
}

void Call::onFiled(const Result<FilingResult>& result)
{
    m_filing = false;
    if (result.ok()) {
        const Ticket& ticket = result->ticket;
        spdlog::info("ticket {} filed for {} by {}{}", ticket.number, maskIdpel(ticket.content.customerIdpel),
            m_actor.userName, result->alreadyFiled ? " (retry; filed by the earlier attempt)" : "");
        removeDraft();
        reset();
        Q_EMIT ticketFiled(result.value());
        return;
    }
    const Error& error = result.error();
    spdlog::warn("filing failed: {}", error.detail);
    if (error.kind != ErrorKind::Unavailable) {
        Q_EMIT filingFailed(error, FilingFailure::Refused);
        return;
    }
    if (m_autoRetryUsed) {
        m_autoRetryUsed = false; // the agent decides now; a new wait may retry once again
        Q_EMIT filingFailed(error, FilingFailure::RetryFailed);
        return;
    }
    Q_EMIT filingFailed(error, FilingFailure::DatabaseGone);
}

void Call::waitForDatabase()
{
    if (m_waitingForDatabase || !m_filingDraft)
        return;
    m_waitingForDatabase = true;
    m_probeTimer.start();
    Q_EMIT waitingForDatabaseChanged(true);
}

void Call::checkDatabaseAgain()
{
    if (!m_waitingForDatabase)
        return;
    m_probeTimer.stop(); // one probe at a time; started again below while it is still down
    CallBackend* backend = &m_backend;
    runAsync<Status>(
        tr("Memeriksa koneksi basis data…"), [backend] { return backend->probe(); },
        [this](const Status& probe) {
            if (!m_waitingForDatabase)
                return;
            if (!probe.ok()) {
                m_probeTimer.start();
                return;
            }
            m_waitingForDatabase = false;
            m_autoRetryUsed = true;
            Q_EMIT waitingForDatabaseChanged(false);
            if (m_filingDraft)
                submitFiling(*m_filingDraft, m_filingLink);
        });
}

void Call::stopWaitingForDatabase()
{
    m_probeTimer.stop();
    m_waitingForDatabase = false;
}

// --- the call's end and its draft --------------------------------------------------------

bool Call::end()
{
    if (!m_active)
        return true;
    if (m_filing)
        return false;
    spdlog::info("call ended without a ticket by {}", m_actor.userName);
    removeDraft();
    reset();
    Q_EMIT ended();
    return true;
}

void Call::reset()
{
    m_active = false;
    m_draft = CallDraft();
    m_customers.clear();
    m_current = -1;
    m_recent.clear();
    m_walk.reset();
    m_resuming.reset();
    m_phoneFallback.reset();
    m_waitingForDatabase = false;
    m_autoRetryUsed = false;
    m_filingDraft.reset();
    m_filingLink.clear();
    m_probeTimer.stop();
}

Result<std::optional<CallDraft>> Call::savedCall()
{
    if (!m_drafts)
        return std::optional<CallDraft>();
    auto loaded = m_drafts->load();
    if (!loaded.ok()) {
        removeDraft();
        return loaded.error();
    }
    if (loaded->has_value() && (*loaded)->customerIdpel.isEmpty()) {
        removeDraft(); // nothing worth resuming: no customer was found
        return std::optional<CallDraft>();
    }
    return loaded.value();
}

void Call::discardSaved()
{
    removeDraft();
}

void Call::resume(const CallDraft& saved)
{
    reset();
    m_active = true;
    m_draft = saved;
    m_resuming = saved;
    Q_EMIT started();
    lookUp(saved.customerIdpel);
}

void Call::saveDraft()
{
    if (!m_active || !m_drafts)
        return;
    if (m_walk) {
        m_draft.sopId = m_walk->sop().id;
        m_draft.sopVersion = m_walk->sop().version;
        m_draft.steps = m_walk->path();
    } else {
        m_draft.sopId.clear();
        m_draft.sopVersion = 0;
        m_draft.steps.clear();
    }
    m_draft.savedAt = m_clock.nowUtc();
    if (auto saved = m_drafts->save(m_draft); !saved.ok())
        spdlog::warn("call draft not saved: {}", saved.error().detail);
}

void Call::removeDraft()
{
    if (!m_drafts)
        return;
    if (auto removed = m_drafts->remove(); !removed.ok())
        spdlog::warn("call draft not removed: {}", removed.error().detail);
}

} // namespace csodesk
