#pragma once

#include "calls/CallBackend.h"

#include <functional>

namespace csodesk::test {

// Passes everything to the real backend except what a test scripts: filing and the database
// probe can be made to fail at the moment the test chooses (the database gone mid-call).
class ScriptedCallBackend final : public CallBackend {
public:
    explicit ScriptedCallBackend(CallBackend& real)
        : m_real(real)
    {
    }

    // Empty: the real one.
    std::function<Result<FilingResult>(const Actor&, const TicketDraft&, const FilingRequest&)> onFile;
    std::function<Status()> onProbe;
    std::function<Result<CustomerLookup>(const Actor&, const QString&)> onLookUp;

    [[nodiscard]] Result<CustomerLookup> lookUp(const Actor& actor, const QString& input) override
    {
        return onLookUp ? onLookUp(actor, input) : m_real.lookUp(actor, input);
    }
    [[nodiscard]] Result<CustomerSearchResult> search(
        const Actor& actor, const CustomerSearchQuery& query, int limit) override
    {
        return m_real.search(actor, query, limit);
    }
    [[nodiscard]] Result<BillExplanation> explainBill(
        const Actor& actor, const QString& idpel, const QString& period) override
    {
        return m_real.explainBill(actor, idpel, period);
    }
    [[nodiscard]] Result<QList<Ticket>> repeatContacts(
        const Actor& actor, const QString& idpel, const QString& subIssueTypeId) override
    {
        return m_real.repeatContacts(actor, idpel, subIssueTypeId);
    }
    [[nodiscard]] Result<FilingResult> file(
        const Actor& actor, const TicketDraft& draft, const FilingRequest& request) override
    {
        return onFile ? onFile(actor, draft, request) : m_real.file(actor, draft, request);
    }
    [[nodiscard]] Status probe() override { return onProbe ? onProbe() : m_real.probe(); }

private:
    CallBackend& m_real;
};

} // namespace csodesk::test
