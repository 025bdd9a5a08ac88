#include "SopWalk.h"

#include "CliAuth.h"
#include "NumberText.h"
#include "TextTable.h"
#include "apkt/ApktCatalogue.h"
#include "calls/InlineCall.h"
#include "customers/CustomerKey.h"
#include "sop/SopAnswers.h"
#include "sop/SopContext.h"
#include "sop/SopSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace csodesk::cli {

namespace {

const QString kBack = QStringLiteral("<");

// `problem` says which file could not be read: %1 its path, %2 why.
Result<QByteArray> readFile(const QString& path, const QString& problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            file.exists() ? ErrorKind::InvalidInput : ErrorKind::NotFound, problem.arg(path, file.errorString()));
    return file.readAll();
}

Result<SopContext> readContext(const QString& path)
{
    auto bytes = readFile(path, QCoreApplication::translate("CliWalk", "Berkas konteks %1 tidak dapat dibaca: %2"));
    if (!bytes.ok())
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorKind::InvalidInput,
            QCoreApplication::translate("CliWalk", "Berkas konteks %1 bukan objek JSON yang benar (%2).")
                .arg(path, parseError.errorString()));
    return sopContextFromJson(document.object());
}

void printDraft(QTextStream& out, const TicketDraft& draft, const ApktCatalogue& catalogue)
{
    TextTable head;
    head.setSpacing(1);
    head.addRow({ QCoreApplication::translate("CliWalk", "Tiket:"),
        QStringLiteral("%1 — %2 / %3")
            .arg(ticketKindCode(draft.kind), catalogue.issueTypeName(draft.issueTypeId),
                catalogue.subIssueTypeName(draft.subIssueTypeId)) });
    QString unit = draft.unitCode + QLatin1Char(' ') + draft.unitName;
    if (draft.routing == TicketRouting::CustomerUnit)
        unit += QLatin1Char(' ')
            + QCoreApplication::translate("CliWalk", "(diteruskan, SLA %1 jam)").arg(countText(draft.slaHours));
    head.addRow({ QCoreApplication::translate("CliWalk", "Unit:"), unit });
    head.addRow({ QCoreApplication::translate("CliWalk", "Pelanggan:"),
        draft.customerIdpel + QLatin1Char(' ') + draft.customerName });
    for (auto it = draft.fields.cbegin(); it != draft.fields.cend(); ++it)
        head.addRow(
            { QCoreApplication::translate("CliWalk", "Isian:"), it.key() + QStringLiteral(" = ") + it.value() });
    head.addRow({ QCoreApplication::translate("CliWalk", "Uraian:"), draft.description });
    head.addRow({ QStringLiteral("SOP:"), QStringLiteral("%1 v%2").arg(draft.sopId).arg(draft.sopVersion) });
    head.print(out);
    out << QCoreApplication::translate("CliWalk", "Jalur:") << "\n";
    int number = 1;
    for (const TranscriptStep& step : draft.path) {
        out << "  " << number++ << ". [" << step.nodeId << "] " << step.nodeKind;
        if (!step.choiceId.isEmpty())
            out << " → " << step.choiceId << " (" << step.choiceLabel << ")";
        for (auto it = step.fields.cbegin(); it != step.fields.cend(); ++it)
            out << " " << it.key() << "=" << it.value();
        out << "\n";
    }
    out.flush();
}

// Files the walk's draft through the call (the filing key is the call's) and prints it.
int printResult(CliContext& context, const SopSession& session, const ApktCatalogue& catalogue,
    const SopWalkOptions& options, InlineCall* agent)
{
    auto draft = session.draft();
    if (!draft.ok())
        return context.fail(draft.error());
    QString ticketNumber;
    if (options.fileTicket && agent) {
        // Over a customer the walk is the call's own; from a context file its draft is filed as it is.
        auto filed = agent->call().walk() == &session ? agent->file() : agent->file(draft.value());
        if (!filed.ok())
            return context.fail(filed.error());
        ticketNumber = filed->ticket.number;
    }
    if (options.json) {
        QJsonObject result = ticketDraftToJson(draft.value());
        if (!ticketNumber.isEmpty())
            result.insert(QStringLiteral("ticket_number"), ticketNumber);
        context.printJson(QJsonDocument(result));
    } else {
        printDraft(context.out(), draft.value(), catalogue);
        if (!ticketNumber.isEmpty())
            context.out() << QCoreApplication::translate("CliWalk", "Tiket tercatat: %1").arg(ticketNumber) << "\n";
    }
    context.out().flush();
    return ExitOk;
}

// Looks the customer up through the call and starts the walk over them, with the bill the
// agent named (or the newest), as the desktop's SOP panel does.
Result<SopSession*> walkOverCustomer(
    InlineCall& agent, const SopLibrary::DocumentPtr& document, const SopWalkOptions& options)
{
    if (Status found = agent.lookUp(options.customerKey); !found.ok())
        return found.error();
    const CallCustomer* customer = agent.call().customer();
    if (!customer)
        return makeError(ErrorKind::Internal, QCoreApplication::translate("CliWalk", "Pelanggan tidak termuat."),
            QStringLiteral("lookup without a customer"));
    if (!options.billPeriod.isEmpty()) {
        auto period = BillingPeriod::parse(options.billPeriod);
        if (!period.ok())
            return period.error();
        const bool stored = std::any_of(customer->lookup.bills.cbegin(), customer->lookup.bills.cend(),
            [&period](const Bill& bill) { return bill.period == period.value(); });
        if (!stored) {
            return makeError(ErrorKind::NotFound,
                QCoreApplication::translate("Customers", "Rekening %1 untuk IDPEL %2 tidak ada.")
                    .arg(period->displayName(), customer->idpel()),
                QStringLiteral("bill not found"));
        }
        agent.call().chooseBill(period.value());
    }
    if (Status started = agent.call().startWalk(document); !started.ok())
        return started.error();
    return agent.call().walk();
}

// Takes the choices of a walk. Over a customer whose bill the agent did not name, a choice that
// is true of another month's bill (an averaged one) moves the walk to that bill, as the desktop
// does (Call::choose); with --bill-period the bill stays the one named.
struct Chooser {
    SopSession& session;
    InlineCall* agent = nullptr;

    [[nodiscard]] std::optional<BillingPeriod> otherBill(const SopChoice& choice) const
    {
        if (!agent || session.unavailableReason(choice).isEmpty())
            return std::nullopt;
        return agent->call().billWhere(choice);
    }
    [[nodiscard]] Status choose(const QString& choiceId) const
    {
        return agent ? agent->call().choose(choiceId) : session.choose(choiceId);
    }
};

Chooser chooserFor(SopSession& session, const SopWalkOptions& options, InlineCall* agent)
{
    const bool billFree = agent && agent->call().walk() == &session && options.billPeriod.isEmpty();
    return Chooser { session, billFree ? agent : nullptr };
}

// Prints `prompt` and reads the answer; nullopt at end of input.
std::optional<QString> prompt(QTextStream& in, QTextStream& out, const QString& text)
{
    out << text;
    out.flush();
    QString line;
    if (!in.readLineInto(&line))
        return std::nullopt;
    return line.trimmed();
}

// Undoes the last step when the agent typed "<" and there is one to undo.
bool backRequested(SopSession& session, const QString& line)
{
    if (line != kBack || !session.canGoBack())
        return false;
    (void)session.back();
    return true;
}

QString backHint(const SopSession& session, const QString& prefix)
{
    return session.canGoBack() ? prefix + QCoreApplication::translate("CliWalk", "<: kembali") : QString();
}

bool sayStep(SopSession& session, QTextStream& in, QTextStream& out)
{
    const auto line = prompt(in, out,
        QCoreApplication::translate("CliWalk", "(Enter: lanjut%1) ").arg(backHint(session, QStringLiteral(", "))));
    if (!line)
        return false;
    if (!backRequested(session, *line))
        (void)session.proceed(); // a say node always proceeds
    return true;
}

bool askStep(const Chooser& chooser, QTextStream& in, QTextStream& out, SopLanguage language)
{
    SopSession& session = chooser.session;
    const SopNode& node = session.currentNode();
    const QString suggested = session.suggestedChoice();
    for (int i = 0; i < node.choices.size(); ++i) {
        const QString unavailable = session.unavailableReason(node.choices.at(i));
        const std::optional<BillingPeriod> otherBill = chooser.otherBill(node.choices.at(i));
        const bool offered = unavailable.isEmpty() || otherBill;
        out << "  " << (offered ? QString::number(i + 1) : QStringLiteral("-")) << ") "
            << session.choiceLabel(node.choices.at(i), language)
            << (otherBill ? QStringLiteral(" — ")
                           + QCoreApplication::translate("CliWalk", "untuk rekening %1").arg(otherBill->displayName())
                       : unavailable.isEmpty() ? QString()
                                               : QStringLiteral(" — ")
                           + QCoreApplication::translate("CliWalk", "tidak berlaku: %1").arg(unavailable))
            << (node.choices.at(i).id == suggested
                       ? QStringLiteral("  ") + QCoreApplication::translate("CliWalk", "(disarankan)")
                       : QString())
            << "\n";
    }
    const QString hint
        = session.canGoBack() ? QStringLiteral(" (") + backHint(session, QString()) + QLatin1Char(')') : QString();
    const auto line
        = prompt(in, out, QCoreApplication::translate("CliWalk", "Pilih 1-%1%2: ").arg(node.choices.size()).arg(hint));
    if (!line)
        return false;
    if (backRequested(session, *line))
        return true;
    bool numeric = false;
    const int index = line->toInt(&numeric) - 1;
    if (!numeric || index < 0 || index >= node.choices.size())
        out << QCoreApplication::translate("CliWalk", "Pilihan tidak dikenal: \"%1\".").arg(*line) << "\n";
    else if (Status chosen = chooser.choose(node.choices.at(index).id); !chosen.ok())
        out << chosen.error().message << "\n";
    return true;
}

bool collectStep(SopSession& session, QTextStream& in, QTextStream& out, SopLanguage language)
{
    QMap<QString, QString> values;
    for (const SopField& field : session.currentNode().fields) {
        const QString label = QStringLiteral("  %1 (%2%3): ")
                                  .arg(language == SopLanguage::English ? field.labelEn : field.label,
                                      field.required ? QCoreApplication::translate("CliWalk", "wajib")
                                                     : QCoreApplication::translate("CliWalk", "opsional"),
                                      backHint(session, QStringLiteral(", ")));
        // Each field is asked again until it is valid, as the desktop validates while typing.
        for (;;) {
            const auto line = prompt(in, out, label);
            if (!line)
                return false;
            if (backRequested(session, *line))
                return true;
            const QString problem = session.fieldProblems({ { field.id, *line } }).value(field.id);
            if (problem.isEmpty()) {
                values.insert(field.id, *line);
                break;
            }
            out << "  " << problem << "\n";
        }
    }
    // A doubtful value (a stand below the last reading) is kept only when the agent says it was
    // checked with the customer; otherwise the fields are asked again.
    const QMap<QString, QString> warnings = session.fieldWarnings(values);
    bool confirmed = false;
    if (!warnings.isEmpty()) {
        for (const QString& warning : warnings)
            out << "  " << warning << "\n";
        const auto line
            = prompt(in, out, QCoreApplication::translate("CliWalk", "  Sudah dipastikan dengan pelanggan? (y/T): "));
        if (!line)
            return false;
        confirmed = line->compare(QLatin1String("y"), Qt::CaseInsensitive) == 0
            || line->compare(QLatin1String("ya"), Qt::CaseInsensitive) == 0;
        if (!confirmed)
            return true;
    }
    const Status submitted = session.submit(values, confirmed);
    if (!submitted.ok())
        out << submitted.error().message << "\n";
    return true;
}

// One interactive step. Returns false at end of input.
bool interactiveStep(const Chooser& chooser, QTextStream& in, QTextStream& out, SopLanguage language)
{
    SopSession& session = chooser.session;
    const SopNode& node = session.currentNode();
    out << "\n[" << node.id << "]\n" << session.text(language) << "\n";
    switch (node.kind) {
    case SopNodeKind::Say:
        return sayStep(session, in, out);
    case SopNodeKind::Ask:
        return askStep(chooser, in, out, language);
    case SopNodeKind::Collect:
        return collectStep(session, in, out, language);
    case SopNodeKind::Outcome:
        return true;
    }
    return true;
}

int walkInteractively(CliContext& context, SopSession& session, const ApktCatalogue& catalogue,
    const SopWalkOptions& options, InlineCall* agent)
{
    QTextStream in(stdin);
    QTextStream& out = context.out();
    const SopLanguage language = options.english ? SopLanguage::English : SopLanguage::Indonesian;
    out << session.sop().title << " (v" << session.sop().version << ")\n";
    const Chooser chooser = chooserFor(session, options, agent);
    while (!session.isAtOutcome()) {
        if (!interactiveStep(chooser, in, out, language)) {
            return context.fail(makeError(ErrorKind::InvalidInput,
                QCoreApplication::translate("CliWalk", "Input berakhir di node \"%1\" sebelum SOP sampai pada hasil.")
                    .arg(session.currentNode().id)));
        }
    }
    out << "\n" << session.text(language) << "\n\n";
    out.flush();
    return printResult(context, session, catalogue, options, agent);
}

} // namespace

int runSopWalk(CliContext& context, const ApktCatalogue& catalogue, const SopLibrary::DocumentPtr& document,
    const SopWalkOptions& options)
{
    std::shared_ptr<Database> database;
    std::unique_ptr<InlineCall> agent;
    if (!options.customerKey.isEmpty() || options.fileTicket) {
        // A typing mistake is reported before anyone is asked for a password.
        if (!options.customerKey.isEmpty()) {
            if (auto key = parseCustomerKey(options.customerKey); !key.ok())
                return context.fail(key.error());
        }
        auto opened = context.database();
        if (!opened.ok())
            return context.fail(opened.error());
        database = opened.value();
        auto actor = signInUser(context, *database, options.userName);
        if (!actor.ok())
            return context.fail(actor.error());
        agent = std::make_unique<InlineCall>(
            *database, actor.value(), catalogue, context.clock(), context.settings().siteCode());
    }
    // Over a customer the walk is the call's; from a context file it is the SOP alone.
    std::unique_ptr<SopSession> standalone;
    SopSession* session = nullptr;
    if (!options.customerKey.isEmpty()) {
        auto walk = walkOverCustomer(*agent, document, options);
        if (!walk.ok())
            return context.fail(walk.error());
        session = walk.value();
    } else {
        auto sopContext = readContext(options.contextFile);
        if (!sopContext.ok())
            return context.fail(sopContext.error());
        standalone = std::make_unique<SopSession>(
            document, sopContext.value(), catalogue.contactCenterUnit(), context.clock());
        session = standalone.get();
    }

    if (options.answersFile.isEmpty())
        return walkInteractively(context, *session, catalogue, options, agent.get());

    auto bytes = readFile(
        options.answersFile, QCoreApplication::translate("CliWalk", "Berkas jawaban %1 tidak dapat dibaca: %2"));
    if (!bytes.ok())
        return context.fail(bytes.error());
    auto answers = sopAnswersFromJson(bytes.value());
    if (!answers.ok())
        return context.fail(answers.error());
    const Chooser chooser = chooserFor(*session, options, agent.get());
    const Status walked = applySopAnswers(
        *session, answers.value(), {}, [&chooser](const QString& choiceId) { return chooser.choose(choiceId); });
    if (!walked.ok())
        return context.fail(walked.error());
    return printResult(context, *session, catalogue, options, agent.get());
}

} // namespace csodesk::cli
