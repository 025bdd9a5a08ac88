#include "InlineCall.h"

namespace csodesk {

InlineCall::InlineCall(
    Database& database, const Actor& actor, const ApktCatalogue& catalogue, const Clock& clock, const QString& siteCode)
    : m_lookups(database, clock)
    , m_ticketQueries(database, clock)
    , m_audit(database, clock)
    , m_tickets(database, m_audit, clock, siteCode)
    , m_backend(m_lookups, m_tickets, m_ticketQueries, database)
    , m_call(actor, m_backend, m_executor, m_noLibrary, catalogue, clock, nullptr)
{
    m_call.start();
}

Status InlineCall::lookUp(const QString& input)
{
    std::optional<Error> failure;
    const QMetaObject::Connection connection = QObject::connect(&m_call, &Call::lookupFinished,
        [&failure](
            const QString&, const std::optional<Error>& error, const std::optional<Error>&) { failure = error; });
    m_call.lookUp(input);
    QObject::disconnect(connection);
    if (failure)
        return *failure;
    return {};
}

QString InlineCall::repeatContact()
{
    QString found;
    const QMetaObject::Connection connection = QObject::connect(
        &m_call, &Call::repeatContactFound, [&found](const QString& ticketNumber) { found = ticketNumber; });
    m_call.checkRepeatContacts();
    QObject::disconnect(connection);
    return found;
}

Result<FilingResult> InlineCall::file(const std::optional<TicketDraft>& draft, const QString& linkedTicketNumber)
{
    std::optional<Result<FilingResult>> outcome;
    const QMetaObject::Connection filed
        = QObject::connect(&m_call, &Call::ticketFiled, [&outcome](const FilingResult& result) { outcome = result; });
    const QMetaObject::Connection failed = QObject::connect(
        &m_call, &Call::filingFailed, [&outcome](const Error& error, FilingFailure) { outcome = error; });
    const bool submitted = draft ? m_call.fileDraft(*draft, linkedTicketNumber) : m_call.file(linkedTicketNumber);
    QObject::disconnect(filed);
    QObject::disconnect(failed);
    if (outcome)
        return *outcome;
    return makeError(ErrorKind::InvalidInput,
        submitted ? QStringLiteral("Tiket tidak terkirim.")
                  : QStringLiteral("SOP belum sampai pada hasil: belum ada tiket untuk dikirim."),
        QStringLiteral("filing not submitted"));
}

} // namespace csodesk
