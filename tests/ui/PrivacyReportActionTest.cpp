// The console's "Laporan data pribadi…" (issue 13, PDP duties): admins only, and it writes the
// report through core's PrivacyReport, so the access log records it.
#include "ConsoleFixture.h"
#include "supervisor/PrivacyReportDialog.h"
#include "supervisor/PrivacyReportExport.h"
#include "supervisor/SupervisorConsole.h"
#include "toolkit/Messages.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace csodesk;
using namespace csodesk::ui;
using csodesk::test::ConsoleWorld;

namespace {

qsizetype privacyReportsRecorded(ConsoleWorld& world)
{
    AuditFilter exports;
    exports.action = AuditAction::Export;
    qsizetype count = 0;
    for (const AuditEntry& entry : world.audit->query(exports).value())
        count += entry.detail == QLatin1String("privacy report") ? 1 : 0;
    return count;
}

QString someIdpel(ConsoleWorld& world)
{
    TicketFilter all;
    QString idpel;
    REQUIRE(world.queries
                ->forEach(world.supervisor(), all,
                    [&idpel](const Ticket& ticket) {
                        idpel = ticket.content.customerIdpel;
                        return false;
                    })
                .ok());
    REQUIRE(idpel.size() == 12);
    return idpel;
}

} // namespace

TEST_CASE("Only admins are offered the privacy report in the console", "[ui][console][privacy]")
{
    ConsoleWorld world(20, 30);
    // Core refuses the agent's console its ticket log: that error box is answered, not shown.
    ScopedMessageAnswers answers;
    SupervisorConsole bySupervisor(world.supervisor(), *world.services);
    CHECK(bySupervisor.privacyReportAction() == nullptr);
    CHECK(bySupervisor.findChild<QAction*>(QStringLiteral("privacyReportAction")) == nullptr);
    SupervisorConsole byAgent(world.agent(), *world.services);
    CHECK(byAgent.privacyReportAction() == nullptr);
    SupervisorConsole byAdmin(world.admin(), *world.services);
    REQUIRE(byAdmin.privacyReportAction() != nullptr);
    CHECK(byAdmin.privacyReportAction()->isEnabled());
    CHECK(byAdmin.privacyReportAction()->text().contains(QStringLiteral("Laporan data")));
    test::finishBackgroundWork(world.runner);
}

TEST_CASE("The console's privacy report asks the IDPEL and the file, and writes the PDF and the JSON",
    "[ui][console][privacy]")
{
    ConsoleWorld world(40, 30);
    const QString idpel = someIdpel(world);
    SupervisorConsole console(world.admin(), *world.services);
    console.show();
    test::finishBackgroundWork(world.runner);
    const qsizetype before = privacyReportsRecorded(world);

    console.privacyReportAction()->trigger();
    PrivacyReportDialog* dialog = console.privacyReport()->dialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    // A bad IDPEL is refused with core's Indonesian reason, and the dialog stays.
    dialog->idpelField()->setText(QStringLiteral("12ab"));
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("privacyReportProblem"));
    REQUIRE(problem != nullptr);
    CHECK_FALSE(problem->text().isEmpty());
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(console.privacyReport()->fileDialog() == nullptr);

    dialog->idpelField()->setText(idpel);
    CHECK(problem->text().isEmpty());
    dialog->jsonBox()->setChecked(true);
    dialog->accept();
    QFileDialog* files = console.privacyReport()->fileDialog();
    REQUIRE(files != nullptr);
    CHECK(files->acceptMode() == QFileDialog::AcceptSave);

    ScopedMessageAnswers answers({ QMessageBox::Ok });
    QSignalSpy finished(console.privacyReport(), &PrivacyReportExport::finished);
    const QString pdf = world.dir.filePath(QStringLiteral("laporan.pdf"));
    files->selectFile(pdf);
    static_cast<QDialog*>(files)->accept(); // as the Save button does
    test::finishBackgroundWork(world.runner);

    REQUIRE(finished.size() == 1);
    CHECK(finished.first().first().toBool());
    QFile written(pdf);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.read(4) == "%PDF");
    CHECK(QFileInfo(pdf).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    QFile json(world.dir.filePath(QStringLiteral("laporan.json")));
    REQUIRE(json.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(json.readAll())
              .object()
              .value(QStringLiteral("customer"))
              .toObject()
              .value(QStringLiteral("idpel"))
              .toString()
        == idpel);
    REQUIRE(answers.asked().size() == 1);
    CHECK(answers.asked().first().title == QStringLiteral("Laporan tersimpan"));
    // One report, one record in the access log, for both files.
    CHECK(privacyReportsRecorded(world) == before + 1);
}

TEST_CASE("A privacy report that core refuses leaves no file and says why", "[ui][console][privacy]")
{
    ConsoleWorld world(20, 30);
    SupervisorConsole console(world.admin(), *world.services);
    test::finishBackgroundWork(world.runner);
    ScopedMessageAnswers answers({ QMessageBox::Ok });
    const QString pdf = world.dir.filePath(QStringLiteral("tidak-ada.pdf"));
    // A well-formed IDPEL of nobody: core answers "not found".
    console.privacyReport()->save(QStringLiteral("999999999999"), pdf, QString());
    test::finishBackgroundWork(world.runner);
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(QDir(world.dir.path())
              .entryList({ QStringLiteral("*.pdf*"), QStringLiteral(".*pdf*") }, QDir::Files | QDir::Hidden)
              .isEmpty());
    REQUIRE(answers.asked().size() == 1);
    CHECK(answers.asked().first().title != QStringLiteral("Laporan tersimpan"));
    CHECK(answers.asked().first().text.contains(QStringLiteral("tidak ditemukan"), Qt::CaseInsensitive));
}
