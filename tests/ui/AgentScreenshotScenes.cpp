// The agent workspace scenes of the screenshot tool: the real main window at 1366x768, signed
// in as an agent, over demo customers from the core DemoDataGenerator.
#include "AgentKeyboard.h"
#include "AgentTestApp.h"
#include "ScreenshotScenes.h"
#include "agent/AgentWorkspace.h"
#include "agent/SopPanel.h"
#include "shell/MainWindow.h"
#include "storage/SqlQuery.h"
#include "toolkit/Messages.h"
#include "toolkit/Translations.h"

#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QTableView>

namespace csodesk::test {

namespace {

QString save(const QPixmap& pixmap, const QString& directory, const QString& name)
{
    const QString path = QDir(directory).filePath(name);
    return pixmap.save(path) ? path : QString();
}

QPixmap frame(AgentTestApp& app)
{
    app.settle();
    return app.window->grab();
}

// Ends whatever call is on screen and starts the next with F5; `seconds` pass before the
// customer is looked up, so the call timer shows a call under way.
void newCall(AgentTestApp& app, int seconds)
{
    ui::ScopedMessageAnswers answers({ QMessageBox::Yes });
    app.workspace()->endCall();
    app.settle();
    app.press(Qt::Key_F5);
    app.clock.advanceSeconds(seconds);
    app.press(Qt::Key_F2);
}

// 17: from 2 Dec 2026 the SOPs' conditions apply: for a customer whose bill was read from the
// meter (in arrears, with the current bill beside them), the averaged-bill branch and the
// prepaid answer are greyed out with the reason.
QString renderConditionScreenshot(const QString& directory)
{
    try {
        AgentTestApp app(QDateTime(QDate(2026, 12, 2), QTime(3, 4, 12), Qt::UTC));
        app.databaseDisplay = QStringLiteral("postgresql://cso@db-123.pln.local:5432/csodesk");
        app.startProgram();
        app.loginWithKeyboard();
        const auto stand = app.sops->find(QStringLiteral("stand-meter-mandiri"), wibDate(app.clock.nowUtc()));
        ensure(stand && stand->version == 2, QStringLiteral("stand-meter-mandiri v2"));
        newCall(app, 41);
        app.type(app.demo.arrearsIdpel);
        app.press(Qt::Key_Return);
        app.press(Qt::Key(Qt::Key_0 + sopNumber(app, stand->id)));
        return save(frame(app), directory, QStringLiteral("17-agent-choice-not-offered.png"));
    } catch (const std::exception& failure) {
        std::fprintf(stderr, "agent screenshots: %s\n", failure.what());
        return {};
    }
}

// 18: a caller who does not know the IDPEL gives a name: the customers who share it, to pick
// from by keyboard.
QString renderSearchScreenshot(const QString& directory)
{
    try {
        AgentTestApp app(QDateTime(QDate(2026, 12, 2), QTime(3, 12, 40), Qt::UTC));
        app.databaseDisplay = QStringLiteral("postgresql://cso@db-123.pln.local:5432/csodesk");
        app.startProgram();
        app.loginWithKeyboard();
        auto name = app.database->read([&](QSqlDatabase& db) -> Result<QString> {
            auto q = execQuery(
                db, QStringLiteral("SELECT name FROM customers WHERE idpel = ?"), { app.demo.arrearsIdpel });
            if (!q.ok())
                return q.error();
            q->next();
            return q->value(0).toString();
        });
        ensure(name.ok(), QStringLiteral("the demo customer's name"));
        newCall(app, 23);
        app.type(name->section(QLatin1Char(' '), 0, 0));
        app.press(Qt::Key_Return);
        return save(frame(app), directory, QStringLiteral("18-agent-search-results.png"));
    } catch (const std::exception& failure) {
        std::fprintf(stderr, "search screenshot: %s\n", failure.what());
        return {};
    }
}

} // namespace

QStringList renderAgentScreenshots(const QString& directory)
{
    QStringList written;
    try {
        ui::Translations indonesian;
        indonesian.apply(QStringLiteral("id"));
        AgentTestApp app(QDateTime(QDate(2026, 11, 22), QTime(3, 4, 12), Qt::UTC));
        app.databaseDisplay = QStringLiteral("postgresql://cso@db-123.pln.local:5432/csodesk");
        app.startProgram();
        app.loginWithKeyboard();
        const auto info = app.sops->find(QStringLiteral("info-tagihan-invoice"), wibDate(app.clock.nowUtc()));
        const auto stand = app.sops->find(QStringLiteral("stand-meter-mandiri"), wibDate(app.clock.nowUtc()));
        const QString customer = app.demo.estimatedIdpel;

        // An earlier ticket of the customer, so the history and the repeat-contact link show.
        const SopPath invoice
            = pathWithChoices(*info, { QStringLiteral("invoice_email"), QStringLiteral("tetap_email") });
        walkPathWithKeyboard(app, *info, sopNumber(app, info->id), invoice, customer);
        app.press(Qt::Key_Return, Qt::ControlModifier);
        app.clock.advanceSeconds(2 * 3600);

        // 07: the customer on the line, bills and the SOP picker.
        newCall(app, 34);
        app.type(customer);
        app.press(Qt::Key_Return);
        written << save(frame(app), directory, QStringLiteral("07-agent-customer.png"));

        // 08: the stand dispute, with the suggestion from the numbers.
        const SopPath dispute = pathWithChoices(
            *stand, { QStringLiteral("sanggah"), QStringLiteral("lebih_tagih"), QStringLiteral("ajukan_keluhan") });
        newCall(app, 71);
        walkPathWithKeyboard(
            app, *stand, sopNumber(app, stand->id), pathUntil(dispute, QStringLiteral("bandingkan")), customer);
        written << save(frame(app), directory, QStringLiteral("08-agent-sop-script.png"));

        // 09: a field refused as typed.
        const SopPath correction
            = pathWithChoices(*info, { QStringLiteral("invoice_lainnya"), QStringLiteral("koreksi_email") });
        newCall(app, 52);
        walkPathWithKeyboard(app, *info, sopNumber(app, info->id),
            pathUntil(correction, QStringLiteral("data_koreksi_email")), customer);
        app.type(QStringLiteral("budi.santoso@gmail"));
        app.press(Qt::Key_Tab);
        app.type(QStringLiteral("budi santoso@yahoo.co.id"));
        app.press(Qt::Key_Return);
        written << save(frame(app), directory, QStringLiteral("09-agent-field-problem.png"));

        // 10: the ticket preview, a repeat contact offered for linking.
        newCall(app, 143);
        walkPathWithKeyboard(app, *info, sopNumber(app, info->id), invoice, customer);
        app.type(QStringLiteral("Pelanggan menelepon lagi: email invoice belum aktif."));
        written << save(frame(app), directory, QStringLiteral("10-agent-ticket-preview.png"));

        // 11: filed; the number stays on screen while the next call starts.
        app.press(Qt::Key_Return, Qt::ControlModifier);
        written << save(frame(app), directory, QStringLiteral("11-agent-ticket-filed.png"));

        // 12: the bill explanation (F4), ready to read out.
        app.type(customer);
        app.press(Qt::Key_Return);
        if (auto* bills = app.window->findChild<QTableView*>(QStringLiteral("agentBills"))) {
            for (int row = 0; row < bills->model()->rowCount(); ++row) {
                if (bills->model()->index(row, 0).data(Qt::UserRole + 2).toBool()) {
                    bills->selectRow(row);
                    break;
                }
            }
        }
        app.press(Qt::Key_F4);
        auto* explanation = app.window->findChild<QDialog*>(QStringLiteral("agentBillExplanation"));
        ensure(explanation != nullptr, QStringLiteral("bill explanation dialog"));
        {
            const QPixmap background = frame(app);
            written << save(
                composeOver(background, *explanation), directory, QStringLiteral("12-agent-bill-explanation.png"));
        }
        explanation->close();
        app.settle();
        activate(app.window.get()); // as the window manager does when a dialog closes

        // 13: a prepaid customer found by meter number.
        newCall(app, 27);
        app.type(app.demo.prepaidMeter);
        app.press(Qt::Key_Return);
        written << save(frame(app), directory, QStringLiteral("13-agent-prepaid.png"));

        // 14: the database goes away while filing.
        newCall(app, 0);
        app.calls->onFile = [](const Actor&, const TicketDraft&, const FilingRequest&) -> Result<FilingResult> {
            return makeError(
                ErrorKind::Unavailable, QStringLiteral("Basis data tidak dapat dihubungi."), QStringLiteral("down"));
        };
        app.calls->onProbe = []() -> Status {
            return makeError(
                ErrorKind::Unavailable, QStringLiteral("Basis data tidak dapat dihubungi."), QStringLiteral("down"));
        };
        app.startProgram(); // the workspace takes its services when it is made
        app.loginWithKeyboard();
        app.press(Qt::Key_F5);
        app.clock.advanceSeconds(186);
        app.press(Qt::Key_F2);
        const SopPath notReceived
            = pathWithChoices(*info, { QStringLiteral("invoice_lainnya"), QStringLiteral("invoice_tidak_diterima") });
        walkPathWithKeyboard(app, *info, sopNumber(app, info->id), notReceived, customer);
        {
            ui::ScopedMessageAnswers answers({ QMessageBox::Cancel });
            app.press(Qt::Key_Return, Qt::ControlModifier);
        }
        written << save(frame(app), directory, QStringLiteral("14-agent-database-lost.png"));

        // 15: the program restarts with that call still unfiled: the offer to resume it.
        app.calls->onFile = nullptr;
        app.calls->onProbe = nullptr;
        {
            QPixmap background;
            ui::MessageRequest asked;
            ui::Messages::setResponder([&asked](const ui::MessageRequest& request) {
                asked = request;
                return QMessageBox::No;
            });
            app.startProgram();
            app.loginWithKeyboard();
            ui::Messages::setResponder({});
            background = frame(app);
            const auto box = ui::Messages::build(app.window.get(), asked);
            box->show();
            app.settle();
            written << save(composeOver(background, *box), directory, QStringLiteral("15-agent-resume.png"));
        }

        // 16: the same workspace in English.
        ui::Translations english;
        english.apply(QStringLiteral("en"));
        app.startProgram();
        app.loginWithKeyboard();
        app.press(Qt::Key_F5);
        app.clock.advanceSeconds(64);
        app.press(Qt::Key_F2);
        walkPathWithKeyboard(
            app, *stand, sopNumber(app, stand->id), pathUntil(dispute, QStringLiteral("bandingkan")), customer);
        written << save(frame(app), directory, QStringLiteral("16-agent-sop-script-en.png"));
        indonesian.apply(QStringLiteral("id"));
    } catch (const std::exception& failure) {
        std::fprintf(stderr, "agent screenshots: %s\n", failure.what());
        written << QString(); // the tool and the test report an unwritten screenshot
    }
    written << renderConditionScreenshot(directory);
    written << renderSearchScreenshot(directory);
    return written;
}

} // namespace csodesk::test
