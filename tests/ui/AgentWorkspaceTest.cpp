// The agent workspace beyond the happy paths: search input, not found, prepaid customers, bad
// field input, the bill explanation, repeat contacts, ending a call, a database lost while
// filing, and resuming a call after a crash.
#include "agent/AgentWorkspace.h"

#include "AgentKeyboard.h"
#include "AgentTestApp.h"
#include "AgentWidgets.h"
#include "agent/SopPanel.h"
#include "shell/IdleWatcher.h"
#include "shell/LoginDialog.h"
#include "shell/MainWindow.h"
#include "shell/SessionController.h"
#include "sop/SopSuggestion.h"
#include "tickets/CallDraftStore.h"
#include "toolkit/Messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::test;
using csodesk::ui::ScopedMessageAnswers;

namespace {

SopLibrary::DocumentPtr sop(AgentTestApp& app, const QString& id)
{
    return app.sops->find(id, wibDate(app.clock.nowUtc()));
}

void loggedIn(AgentTestApp& app)
{
    app.startProgram();
    app.loginWithKeyboard();
}

} // namespace

TEST_CASE("The search field explains wrong input as it is typed and a customer who is not there", "[agent]")
{
    AgentTestApp app;
    ScopedMessageAnswers answers;
    loggedIn(app);
    app.type(QStringLiteral("5411#"));
    CHECK(labelText(app, "agentSearchProblem").contains(QStringLiteral("#")));
    app.press(Qt::Key_Return);
    CHECK_FALSE(app.workspace()->isCallActive()); // nothing was looked up
    child<QLineEdit>(app, "agentSearch")->clear();
    app.type(QStringLiteral("5411 00"));
    CHECK(labelText(app, "agentSearchProblem").contains(QStringLiteral("6 digit")));
    app.press(Qt::Key_Return);
    CHECK(labelText(app, "agentSearchProblem").contains(QStringLiteral("12 digit")));
    app.type(QStringLiteral("999999"));
    CHECK(labelText(app, "agentSearchProblem").contains(QStringLiteral("IDPEL lengkap")));
    app.press(Qt::Key_Return);
    CHECK(labelText(app, "agentCustomerName") == QStringLiteral("Pelanggan tidak ditemukan"));
    CHECK(labelText(app, "agentCustomerMessage").contains(QStringLiteral("541100999999")));
    CHECK(app.workspace()->isCallActive()); // the timer runs from the first look-up
    CHECK(labelText(app, "agentRecent").contains(QStringLiteral("541100999999")));
    CHECK(answers.asked().isEmpty()); // not found is a state on the screen, not a pop-up
}

TEST_CASE("A postpaid customer shows card, bills and arrears, a prepaid one token purchases", "[agent]")
{
    AgentTestApp app;
    loggedIn(app);
    app.type(app.demo.arrearsIdpel);
    app.press(Qt::Key_Return);
    CHECK(labelText(app, "agentCustomerPaymentType").contains(QStringLiteral("Pascabayar")));
    CHECK(child<QLabel>(app, "agentCustomerArrears")->property("highlighted").toBool());
    QTextDocument arrears;
    arrears.setHtml(labelText(app, "agentCustomerArrears"));
    CHECK(arrears.toPlainText().startsWith(QStringLiteral("Rp")));
    auto* bills = child<QTableView>(app, "agentBills");
    CHECK(bills->model()->rowCount() == 12);
    CHECK(bills->model()->index(0, 4).data().toString().startsWith(QStringLiteral("Rp")));
    CHECK(child<QTabWidget>(app, "agentTabs")->currentWidget() == bills);

    // F4 opens the explanation of the selected bill, ready to read out.
    app.press(Qt::Key_F4);
    auto* explanation = app.window->findChild<QTextBrowser*>(QStringLiteral("agentBillExplanationText"));
    REQUIRE(explanation != nullptr);
    CHECK(explanation->toPlainText().contains(QStringLiteral("Rekening")));
    explanation->window()->close();
    app.settle();
    // A window manager gives the main window back its activation when the dialog closes;
    // the offscreen platform has none.
    REQUIRE(activate(app.window.get()));

    app.press(Qt::Key_F2);
    app.type(app.demo.prepaidMeter); // a prepaid customer quotes the meter number
    app.press(Qt::Key_Return);
    CHECK(labelText(app, "agentCustomerPaymentType").contains(QStringLiteral("Prabayar")));
    auto* tokens = child<QTableView>(app, "agentTokens");
    CHECK(child<QTabWidget>(app, "agentTabs")->currentWidget() == tokens);
    CHECK(tokens->model()->rowCount() > 0);
    CHECK(labelText(app, "agentRecent").contains(app.demo.arrearsIdpel)); // both look-ups of this call
}

TEST_CASE("Every SOP field refuses bad input inline and keeps the agent on the step", "[agent][fields]")
{
    AgentTestApp app;
    loggedIn(app);
    struct BadInput {
        SopFieldType type;
        QString value;
    };
    const QList<BadInput> badValues {
        { SopFieldType::Email, QStringLiteral("budi@") },
        { SopFieldType::Email, QStringLiteral("budi santoso@example.com") },
        { SopFieldType::Phone, QStringLiteral("12345") },
        { SopFieldType::Phone, QStringLiteral("0812-abc") },
        { SopFieldType::MeterStand, QStringLiteral("12.345.678,5") },
        { SopFieldType::MeterStand, QStringLiteral("-5") },
        { SopFieldType::MeterStand, QStringLiteral("1520,555") },
    };
    int checkedFields = 0;
    for (const SopLibrary::DocumentPtr& document : app.sops->effectiveOn(wibDate(app.clock.nowUtc()))) {
        for (const SopNode& node : document->nodes) {
            if (node.kind != SopNodeKind::Collect)
                continue;
            // The first path through this collect node.
            SopPath path;
            for (const SopPath& candidate : enumerateSopPaths(*document)) {
                for (const SopPathStep& step : candidate.steps) {
                    if (step.nodeId == node.id && path.steps.isEmpty())
                        path = candidate;
                }
            }
            REQUIRE_FALSE(path.steps.isEmpty());
            for (const SopField& field : node.fields) {
                INFO(document->id.toStdString() << " " << node.id.toStdString() << " " << field.id.toStdString());
                QList<QString> bad;
                for (const BadInput& input : badValues) {
                    if (input.type == field.type)
                        bad << input.value;
                }
                if (field.required)
                    bad << QString(); // left empty
                if (bad.isEmpty())
                    continue; // an optional free text accepts anything up to its length (the field stops more)
                for (const QString& value : bad) {
                    ScopedMessageAnswers answers({ QMessageBox::Yes });
                    app.workspace()->endCall();
                    app.press(Qt::Key_F2);
                    app.type(app.demo.estimatedIdpel);
                    app.press(Qt::Key_Return);
                    app.press(Qt::Key(Qt::Key_0 + sopNumber(app, document->id)));
                    const ui::SopPanel* panel = app.workspace()->sopPanel();
                    for (const SopPathStep& step : path.steps) {
                        if (step.nodeId == node.id)
                            break;
                        const SopNode& current = panel->session()->currentNode();
                        if (current.kind == SopNodeKind::Say) {
                            app.press(Qt::Key_Return);
                        } else if (current.kind == SopNodeKind::Ask) {
                            for (int i = 0; i < current.choices.size(); ++i) {
                                if (current.choices.at(i).id == step.choiceId)
                                    app.press(Qt::Key(Qt::Key_1 + i));
                            }
                        } else {
                            for (int i = 0; i < current.fields.size(); ++i) {
                                if (i > 0)
                                    app.press(Qt::Key_Tab);
                                app.type(typedFieldValue(current.fields.at(i), panel->session()->context()));
                            }
                            app.press(Qt::Key_Return);
                        }
                    }
                    REQUIRE(panel->session()->currentNode().id == node.id);
                    // Good values everywhere except the field under test.
                    for (const SopField& other : node.fields) {
                        auto* edit = app.window->findChild<QLineEdit*>(QStringLiteral("agentField_%1").arg(other.id));
                        REQUIRE(edit != nullptr);
                        edit->setText(
                            other.id == field.id ? QString() : typedFieldValue(other, panel->session()->context()));
                    }
                    auto* edit = app.window->findChild<QLineEdit*>(QStringLiteral("agentField_%1").arg(field.id));
                    edit->setFocus();
                    app.type(value);
                    app.press(Qt::Key_Return);
                    CHECK(panel->session()->currentNode().id == node.id); // not submitted
                    const QString problem
                        = app.window->findChild<QLabel*>(QStringLiteral("agentFieldProblem_%1").arg(field.id))->text();
                    CHECK_FALSE(problem.isEmpty());
                    CHECK(focused() == edit); // the keyboard is where the problem is
                    // Fixing it lets the walk go on.
                    edit->clear();
                    app.type(typedFieldValue(field, panel->session()->context()));
                    CHECK(app.window->findChild<QLabel*>(QStringLiteral("agentFieldProblem_%1").arg(field.id))
                              ->text()
                              .isEmpty());
                    app.press(Qt::Key_Return);
                    CHECK(panel->session()->currentNode().id != node.id);
                    ++checkedFields;
                }
            }
        }
    }
    CHECK(checkedFields >= 8);
}

TEST_CASE("Ending a call without a ticket asks first and then forgets the call", "[agent]")
{
    AgentTestApp app;
    loggedIn(app);
    app.type(app.demo.estimatedIdpel);
    app.press(Qt::Key_Return);
    CallDraftStore store(app.draftDirectory, AgentTestApp::kAgentName);
    CHECK(store.load().value().has_value()); // saved from the first look-up on
    {
        ScopedMessageAnswers answers({ QMessageBox::No });
        app.press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(answers.asked().size() == 1);
        CHECK(app.workspace()->isCallActive());
    }
    {
        ScopedMessageAnswers answers({ QMessageBox::Yes });
        app.press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK_FALSE(app.workspace()->isCallActive());
        CHECK_FALSE(store.load().value().has_value());
        CHECK(labelText(app, "agentCustomerName") == QStringLiteral("Belum ada pelanggan"));
    }
    // F5 starts a call before any look-up (the customer is still explaining).
    app.press(Qt::Key_F5);
    CHECK(app.workspace()->isCallActive());
    CHECK(app.workspace()->call().callStartedAt == app.clock.nowUtc());
}

TEST_CASE("A second report of the same problem offers to link the earlier ticket", "[agent]")
{
    AgentTestApp app;
    loggedIn(app);
    const auto document = sop(app, QStringLiteral("info-tagihan-invoice"));
    const SopPath path
        = pathWithChoices(*document, { QStringLiteral("invoice_lainnya"), QStringLiteral("invoice_tidak_sesuai") });
    walkPathWithKeyboard(app, *document, sopNumber(app, document->id), path, app.demo.estimatedIdpel);
    CHECK_FALSE(child<QWidget>(app, "agentLinkRepeatBox")->isVisible());
    app.press(Qt::Key_Return, Qt::ControlModifier);
    const QString first = app.workspace()->lastTicketNumber();
    REQUIRE_FALSE(first.isEmpty());

    app.clock.advanceSeconds(3600);
    walkPathWithKeyboard(app, *document, sopNumber(app, document->id), path, app.demo.estimatedIdpel);
    CHECK(labelText(app, "agentHistoryNote").contains(first));
    auto* link = child<QComboBox>(app, "agentLinkRepeat");
    CHECK(link->isVisible());
    CHECK(link->currentData().toString() == first);
    CHECK(link->currentText().contains(first));
    CHECK(link->itemData(link->count() - 1).toString().isEmpty()); // "Jangan tautkan" is always there
    app.type(QStringLiteral("Pelanggan menelepon kedua kalinya"));
    app.press(Qt::Key_Return, Qt::ControlModifier);
    QList<Ticket> tickets = app.allTickets();
    REQUIRE(tickets.size() == 2);
    CHECK(tickets.first().linkedTicketNumber == first);
    CHECK(tickets.first().content.agentNote == QStringLiteral("Pelanggan menelepon kedua kalinya"));
    const QString second = tickets.first().number;

    // A third call: the agent knows better and picks the first ticket rather than the newest
    // repeat, by keyboard (Alt+U to the list, arrows); then a fourth, linked to none.
    app.clock.advanceSeconds(3600);
    walkPathWithKeyboard(app, *document, sopNumber(app, document->id), path, app.demo.estimatedIdpel);
    link = child<QComboBox>(app, "agentLinkRepeat");
    CHECK(link->currentData().toString() == second);
    app.press(Qt::Key_U, Qt::AltModifier);
    CHECK(focused() == link);
    const int firstRow = link->findData(first);
    REQUIRE(firstRow > 0);
    for (int i = link->currentIndex(); i < firstRow; ++i)
        app.press(Qt::Key_Down);
    CHECK(link->currentData().toString() == first);
    app.press(Qt::Key_Return, Qt::ControlModifier);
    tickets = app.allTickets();
    REQUIRE(tickets.size() == 3);
    CHECK(tickets.first().linkedTicketNumber == first);

    app.clock.advanceSeconds(3600);
    walkPathWithKeyboard(app, *document, sopNumber(app, document->id), path, app.demo.estimatedIdpel);
    link = child<QComboBox>(app, "agentLinkRepeat");
    link->setCurrentIndex(link->count() - 1);
    app.press(Qt::Key_Return, Qt::ControlModifier);
    tickets = app.allTickets();
    REQUIRE(tickets.size() == 4);
    CHECK(tickets.first().linkedTicketNumber.isEmpty());
}

TEST_CASE("A database lost while filing: clear message, one retry when it returns, one ticket", "[agent][reliability]")
{
    AgentTestApp app;
    bool databaseUp = false;
    int attempts = 0;
    // The first attempt commits but its answer is lost with the connection: the worst case for
    // "exactly once". While the database is down, the probe fails.
    app.calls->onFile
        = [&](const Actor& actor, const TicketDraft& draft, const FilingRequest& request) -> Result<FilingResult> {
        ++attempts;
        auto filed = app.tickets->file(actor, draft, request);
        if (attempts == 1)
            return makeError(ErrorKind::Unavailable, QStringLiteral("Basis data tidak dapat dihubungi."),
                QStringLiteral("connection lost"));
        return filed;
    };
    app.calls->onProbe = [&]() -> Status {
        if (databaseUp)
            return {};
        return makeError(
            ErrorKind::Unavailable, QStringLiteral("Basis data tidak dapat dihubungi."), QStringLiteral("down"));
    };
    loggedIn(app);
    const auto document = sop(app, QStringLiteral("info-tagihan-invoice"));
    const SopPath path = pathWithChoices(*document, { QStringLiteral("invoice_email"), QStringLiteral("tetap_email") });
    walkPathWithKeyboard(app, *document, sopNumber(app, document->id), path, app.demo.estimatedIdpel);
    const QString requestId = app.workspace()->call().clientRequestId;
    {
        ScopedMessageAnswers answers({ QMessageBox::Cancel }); // not now: wait for the database
        app.press(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(answers.asked().size() == 1);
        CHECK(answers.asked().first().text == QStringLiteral("Basis data tidak dapat dihubungi."));
    }
    CHECK(app.workspace()->isWaitingForDatabase());
    CHECK(child<QLabel>(app, "agentConnection")->isVisible());
    CHECK(labelText(app, "agentConnection").contains(QStringLiteral("sekali lagi")));
    CHECK(app.workspace()->lastTicketNumber().isEmpty());
    CallDraftStore store(app.draftDirectory, AgentTestApp::kAgentName);
    REQUIRE(store.load().value().has_value()); // the call is safe on disk meanwhile
    CHECK(store.load().value()->clientRequestId == requestId);

    app.workspace()->checkDatabaseAgain(); // still down: nothing filed again
    app.settle();
    CHECK(attempts == 1);
    CHECK(app.workspace()->isWaitingForDatabase());

    databaseUp = true;
    ScopedMessageAnswers none;
    app.workspace()->checkDatabaseAgain();
    app.settle();
    CHECK(attempts == 2);
    CHECK(none.asked().isEmpty());
    CHECK_FALSE(app.workspace()->isWaitingForDatabase());
    const QList<Ticket> tickets = app.allTickets();
    REQUIRE(tickets.size() == 1); // exactly once, thanks to the clientRequestId
    CHECK(tickets.first().clientRequestId == requestId);
    CHECK(app.workspace()->lastTicketNumber() == tickets.first().number);
    CHECK_FALSE(store.load().value().has_value());
}

TEST_CASE("After a crash the call in progress is offered again and files as the same call", "[agent][reliability]")
{
    AgentTestApp app;
    loggedIn(app);
    const auto document = sop(app, QStringLiteral("info-tagihan-invoice"));
    const SopPath path
        = pathWithChoices(*document, { QStringLiteral("invoice_lainnya"), QStringLiteral("invoice_tidak_diterima") });
    const QDateTime callStart = app.clock.nowUtc();
    // Walk up to the collect node and type half of it.
    SopPath partial;
    for (const SopPathStep& step : path.steps) {
        partial.steps.append(step);
        if (step.nodeId == QLatin1String("data_invoice_tidak_diterima"))
            break;
    }
    walkPathWithKeyboard(app, *document, sopNumber(app, document->id), partial, app.demo.estimatedIdpel);
    // walkPathWithKeyboard submitted the collect node; go back one step and leave it half typed.
    app.press(Qt::Key_Left, Qt::AltModifier);
    REQUIRE(app.workspace()->sopPanel()->session()->currentNode().id == QStringLiteral("data_invoice_tidak_diterima"));
    auto* email = child<QLineEdit>(app, "agentField_email");
    email->setFocus();
    app.type(QStringLiteral("budi@example.com"));
    const QString requestId = app.workspace()->call().clientRequestId;
    app.clock.advanceSeconds(40);

    // The program dies (no close, no logout) and starts again.
    {
        ScopedMessageAnswers answers({ QMessageBox::Yes });
        app.startProgram();
        app.loginWithKeyboard();
        REQUIRE(answers.asked().size() == 1);
        CHECK(answers.asked().first().text.contains(app.demo.estimatedIdpel));
    }
    ui::AgentWorkspace* workspace = app.workspace();
    REQUIRE(workspace->isCallActive());
    CHECK(workspace->call().callStartedAt == callStart);
    CHECK(workspace->call().clientRequestId == requestId);
    REQUIRE(workspace->sopPanel()->session() != nullptr);
    CHECK(workspace->sopPanel()->session()->currentNode().id == QStringLiteral("data_invoice_tidak_diterima"));
    CHECK(child<QLineEdit>(app, "agentField_email")->text() == QStringLiteral("budi@example.com"));

    child<QLineEdit>(app, "agentField_uraian")->setFocus();
    app.type(QStringLiteral("Invoice Oktober tidak masuk"));
    app.press(Qt::Key_Return);
    REQUIRE(workspace->sopPanel()->session()->isAtOutcome());
    app.press(Qt::Key_Return, Qt::ControlModifier);
    const QList<Ticket> tickets = app.allTickets();
    REQUIRE(tickets.size() == 1);
    CHECK(tickets.first().callStartedAt == callStart);
    CHECK(tickets.first().handleTimeMs == 40'000);
    CHECK(tickets.first().clientRequestId == requestId);
    CHECK(tickets.first().content.fields.value(QStringLiteral("email")) == QStringLiteral("budi@example.com"));

    // Declining a saved call removes it.
    ScopedMessageAnswers answers({ QMessageBox::No });
    app.press(Qt::Key_F2);
    app.type(app.demo.estimatedIdpel);
    app.press(Qt::Key_Return);
    app.startProgram();
    app.loginWithKeyboard();
    CHECK(answers.asked().size() == 1);
    CHECK_FALSE(app.workspace()->isCallActive());
    CHECK_FALSE(CallDraftStore(app.draftDirectory, AgentTestApp::kAgentName).load().value().has_value());
}

TEST_CASE("A stand below the last reading is kept only after the agent ticks that it was checked", "[agent][stand]")
{
    AgentTestApp app;
    loggedIn(app);
    const auto document = sop(app, QStringLiteral("stand-meter-mandiri"));
    app.type(app.demo.estimatedIdpel);
    app.press(Qt::Key_Return);
    app.press(Qt::Key(Qt::Key_0 + sopNumber(app, document->id)));
    const ui::SopPanel* panel = app.workspace()->sopPanel();
    REQUIRE(panel->session() != nullptr);
    const SopNode& needs = panel->session()->currentNode();
    for (int i = 0; i < needs.choices.size(); ++i) {
        if (needs.choices.at(i).id == QLatin1String("sanggah"))
            app.press(Qt::Key(Qt::Key_1 + i));
    }
    REQUIRE(panel->session()->currentNode().id == QLatin1String("stand_sekarang"));
    const auto lastRead = parseHundredths(panel->session()->context().value(QStringLiteral("last_read_stand")));
    REQUIRE(lastRead.has_value());

    auto* edit = child<QLineEdit>(app, "agentField_stand_meter");
    auto* warning = child<QLabel>(app, "agentFieldWarning_stand_meter");
    auto* confirm = child<QCheckBox>(app, "agentConfirmWarnings");
    CHECK(focused() == edit);
    CHECK_FALSE(confirm->isVisible());
    const QString below = QString::number(*lastRead / 100 - 150);
    app.type(below);
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("lebih kecil dari stand terakhir yang diterima PLN")));
    CHECK(confirm->isVisible());

    app.press(Qt::Key_Return); // not ticked: stays, the keyboard goes to the tick box
    CHECK(panel->session()->currentNode().id == QLatin1String("stand_sekarang"));
    CHECK(focused() == confirm);
    app.press(Qt::Key_Space);
    CHECK(confirm->isChecked());
    CHECK(focused() == edit);

    // A corrected number above the last reading needs no tick, and the tick does not linger.
    edit->clear();
    app.type(QString::number(*lastRead / 100 + 5));
    CHECK_FALSE(warning->isVisible());
    CHECK_FALSE(confirm->isVisible());
    CHECK_FALSE(confirm->isChecked());
    edit->clear();
    app.type(below);
    CHECK_FALSE(confirm->isChecked());
    app.press(Qt::Key_Return);
    CHECK(focused() == confirm);
    app.press(Qt::Key_Space);
    app.press(Qt::Key_Return);
    REQUIRE(panel->session()->currentNode().id == QLatin1String("bandingkan"));
    const TranscriptStep& step = panel->session()->path().last();
    CHECK(step.fields.value(QStringLiteral("stand_meter")) == below + QStringLiteral(",0"));
    REQUIRE(step.confirmed.size() == 1);
    CHECK(step.confirmed.first().contains(below + QStringLiteral(",0")));
}

TEST_CASE("Left alone, the desktop hides the customer and asks for the password, and the call survives",
    "[agent][reliability][idle]")
{
    AgentTestApp app;
    loggedIn(app);
    REQUIRE(app.session->idleWatcher().isWatching()); // ten minutes by default
    const auto document = sop(app, QStringLiteral("info-tagihan-invoice"));
    const SopPath path
        = pathWithChoices(*document, { QStringLiteral("invoice_lainnya"), QStringLiteral("invoice_tidak_diterima") });
    SopPath partial;
    for (const SopPathStep& step : path.steps) {
        partial.steps.append(step);
        if (step.nodeId == QLatin1String("invoice_masalah"))
            break;
    }
    walkPathWithKeyboard(app, *document, sopNumber(app, document->id), partial, app.demo.estimatedIdpel);
    const QString requestId = app.workspace()->call().clientRequestId;

    app.session->idleWatcher().expire(); // ten minutes without a key or a click
    app.settle();
    CHECK(app.workspace() == nullptr); // no customer left on the screen
    CHECK_FALSE(app.window->findChild<QWidget*>(QStringLiteral("agentSearch")));
    REQUIRE(app.session->loginDialog() != nullptr);
    CHECK(app.session->loginDialog()->message().contains(QStringLiteral("tidak ada aktivitas selama 10 menit")));
    CHECK_FALSE(app.session->idleWatcher().isWatching());
    CallDraftStore store(app.draftDirectory, AgentTestApp::kAgentName);
    REQUIRE(store.load().value().has_value());

    // The same person signs in again: the call is offered and taken up, with its filing key.
    {
        ScopedMessageAnswers answers({ QMessageBox::Yes });
        app.loginWithKeyboard();
        REQUIRE(answers.asked().size() == 1);
        CHECK(answers.asked().first().text.contains(app.demo.estimatedIdpel));
    }
    REQUIRE(app.workspace()->isCallActive());
    CHECK(app.workspace()->call().clientRequestId == requestId);
    CHECK(app.session->idleWatcher().isWatching());
}

TEST_CASE("The idle wait starts again at every key and click, and 0 minutes never locks", "[idle]")
{
    ui::IdleWatcher watcher;
    int locked = 0;
    QObject::connect(&watcher, &ui::IdleWatcher::idle, [&locked] { ++locked; });
    watcher.start(0);
    CHECK_FALSE(watcher.isWatching());
    watcher.expire();
    CHECK(locked == 0);
    watcher.start(10);
    REQUIRE(watcher.isWatching());
    watcher.expire();
    CHECK(locked == 1);
    CHECK_FALSE(watcher.isWatching()); // once; the next sign-in starts it again
    watcher.expire();
    CHECK(locked == 1);
}
