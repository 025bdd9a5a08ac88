// Every path through every built-in SOP, driven in the real main window with the keyboard only:
// log in, find the customer, walk the SOP, file the ticket — then the ticket is read back from
// the database. The key presses each path needs (typed text not counted) are the table in
// docs/agent-guide.md and docs/agent-guide.en.md; CSODESK_UPDATE_GOLDEN=1 rewrites that table.
#include "AgentKeyboard.h"
#include "AgentTestApp.h"
#include "agent/AgentWorkspace.h"
#include "demo/DemoTicketSql.h"
#include "sop/SopContextBuilder.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;

namespace {

struct PathCount {
    QString sopId;
    QString signature;
    QString outcome;
    QString kind;
    int keys = 0;
};

QString tableOf(const QList<PathCount>& counts, bool english)
{
    QString text;
    QTextStream out(&text);
    out << (english ? "| SOP | path (choices) | outcome | ticket | keys |\n"
                    : "| SOP | jalur (pilihan) | hasil | tiket | tombol |\n");
    out << "|---|---|---|---|---:|\n";
    for (const PathCount& count : counts) {
        out << "| `" << count.sopId << "` | "
            << QString(count.signature).replace(QStringLiteral("--"), QStringLiteral(" → ")) << " | `" << count.outcome
            << "` | " << count.kind << " | " << count.keys << " |\n";
    }
    return text;
}

// The table lives between two markers in each guide, so the guide cannot drift from the test.
QString checkTableInGuide(const QString& fileName, const QString& table)
{
    const QString path = QStringLiteral(CSODESK_SOURCE_DIR "/docs/") + fileName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(path);
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    const QString begin = QStringLiteral("<!-- keypresses:begin -->\n");
    const QString end = QStringLiteral("<!-- keypresses:end -->");
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    if (from < 0 || to < from)
        return QStringLiteral("%1 has no keypresses markers").arg(fileName);
    const QString current = text.mid(from + begin.size(), to - from - begin.size());
    if (current == table)
        return {};
    if (qEnvironmentVariableIntValue("CSODESK_UPDATE_GOLDEN") == 1) {
        text.replace(from + begin.size(), to - from - begin.size(), table);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write %1").arg(path);
        file.write(text.toUtf8());
        return {};
    }
    return QStringLiteral("the key-press table in %1 is out of date (CSODESK_UPDATE_GOLDEN=1 rewrites it):\n%2")
        .arg(fileName, table);
}

// The facts the conditions of the path's choices need.
SopFacts neededBy(const SopDocument& document, const SopPath& path)
{
    SopFacts needed;
    for (const SopPathStep& step : path.steps) {
        const SopNode* node = document.findNode(step.nodeId);
        const SopChoice* choice = node ? node->findChoice(step.choiceId) : nullptr;
        if (choice) {
            for (auto it = choice->when.facts.cbegin(); it != choice->when.facts.cend(); ++it)
                needed.insert(it.key(), it.value());
        }
    }
    return needed;
}

// A demo customer the path is true for: every fact it needs holds for their newest bill, as
// the agent's look-up shows it. The SOP offers such a customer every choice of the path.
QString customerFor(AgentTestApp& app, const SopFacts& needed)
{
    static QHash<QString, QList<std::pair<QString, SopFacts>>> known; // per database
    QList<std::pair<QString, SopFacts>>& customers = known[app.scratch.path()];
    if (customers.isEmpty()) {
        auto pool = app.database->read(
            [](QSqlDatabase& db) { return demo_ticket_sql::customerPool(db, 1000, QStringLiteral("0000-00")); });
        REQUIRE(pool.ok());
        Actor finder;
        finder.userId = 1;
        finder.userName = AgentTestApp::kAgentName;
        finder.role = Role::Agent;
        for (const demo_ticket_sql::DemoPoolCustomer& candidate : pool.value()) {
            auto found = app.lookup->lookup(finder, candidate.idpel);
            REQUIRE(found.ok());
            customers.append({ candidate.idpel, sopFactsFromLookup(found.value()) });
        }
    }
    for (const auto& [idpel, facts] : std::as_const(customers)) {
        bool fits = true;
        for (auto it = needed.cbegin(); it != needed.cend(); ++it)
            fits = fits && facts.value(it.key(), !it.value()) == it.value();
        if (fits)
            return idpel;
    }
    return {};
}

} // namespace

TEST_CASE("Every path of every built-in SOP files its ticket from the keyboard alone", "[agent][paths]")
{
    // The day version 2 of the built-in SOPs, with their conditions, takes over.
    AgentTestApp app(QDateTime(QDate(2026, 12, 2), QTime(3, 0), Qt::UTC));
    const auto documents = app.sops->effectiveOn(wibDate(app.clock.nowUtc()));
    REQUIRE(documents.size() >= 2);
    QList<PathCount> counts;
    int filed = 0;
    for (int d = 0; d < documents.size(); ++d) {
        const SopDocument& document = *documents.at(d);
        for (const SopPath& path : enumerateSopPaths(document)) {
            INFO(document.id.toStdString() << " " << path.signature().toStdString());
            const QString idpel = customerFor(app, neededBy(document, path));
            REQUIRE_FALSE(idpel.isEmpty());
            app.startProgram();
            app.loginWithKeyboard();
            app.resetKeyCount();
            const QDateTime callStart = app.clock.nowUtc();
            walkPathWithKeyboard(app, document, d + 1, path, idpel);
            app.clock.advanceSeconds(95); // the call takes a while; handle time must show it
            app.press(Qt::Key_Return, Qt::ControlModifier);
            ++filed;

            const QString number = app.workspace()->lastTicketNumber();
            REQUIRE_FALSE(number.isEmpty());
            REQUIRE(focused()
                == app.workspace()->findChild<QWidget*>(QStringLiteral("agentSearch"))); // ready for the next call
            const QList<Ticket> tickets = app.allTickets();
            REQUIRE(tickets.size() == filed);
            const Ticket& ticket = tickets.first();
            CHECK(ticket.number == number);
            CHECK(ticket.agentName == AgentTestApp::kAgentName);
            CHECK(ticket.content.customerIdpel == idpel);
            CHECK(ticket.content.sopId == document.id);
            CHECK(ticket.content.sopVersion == document.version);
            CHECK(ticket.callStartedAt == callStart);
            CHECK(ticket.handleTimeMs == 95'000);
            REQUIRE_FALSE(ticket.content.path.isEmpty());
            CHECK(ticket.content.path.last().nodeId == path.outcomeId());
            QStringList choices;
            for (const TranscriptStep& step : ticket.content.path) {
                if (!step.choiceId.isEmpty())
                    choices << step.choiceId;
            }
            QStringList expected;
            for (const SopPathStep& step : path.steps) {
                if (!step.choiceId.isEmpty())
                    expected << step.choiceId;
            }
            CHECK(choices == expected);
            CHECK_FALSE(ticket.content.description.contains(QLatin1Char('{')));
            const SopNode* outcome = document.findNode(path.outcomeId());
            CHECK(ticket.content.kind == outcome->outcome.kind);
            CHECK(ticket.content.subIssueTypeId == outcome->outcome.subIssueTypeId);

            counts.append({ document.id, path.signature(), path.outcomeId(), ticketKindCode(ticket.content.kind),
                app.keyPresses() });
        }
    }
    CHECK(filed == 33);
    for (const bool english : { false, true }) {
        const QString problem = checkTableInGuide(
            english ? QStringLiteral("agent-guide.en.md") : QStringLiteral("agent-guide.md"), tableOf(counts, english));
        INFO(problem.toStdString());
        CHECK(problem.isEmpty());
    }
}
