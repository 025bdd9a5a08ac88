#include "TicketDetailDialog.h"

#include "ConsoleServices.h"
#include "TicketDocument.h"
#include "apkt/ApktCatalogue.h"
#include "common/Clock.h"
#include "common/OutputFile.h"
#include "documents/TicketDisplay.h"
#include "tickets/TicketQueryService.h"
#include "tickets/TicketService.h"
#include "toolkit/BackgroundRunner.h"
#include "toolkit/BusyIndicator.h"
#include "toolkit/Fonts.h"
#include "toolkit/Format.h"
#include "toolkit/Messages.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace csodesk::ui {

TicketDetailDialog::TicketDetailDialog(Actor actor, ConsoleServices& services, QString ticketNumber, QWidget* parent)
    : QDialog(parent)
    , m_actor(std::move(actor))
    , m_services(services)
    , m_number(std::move(ticketNumber))
    , m_title(new QLabel(this))
    , m_fields(new QTextBrowser(this))
    , m_tabs(new QTabWidget(this))
    , m_transcript(new QTextBrowser(this))
    , m_history(new QTextBrowser(this))
    , m_note(new QPlainTextEdit(this))
    , m_flag(new QComboBox(this))
    , m_saveNoteButton(new QPushButton(tr("Simpan &catatan"), this))
    , m_status(new QComboBox(this))
    , m_saveStatusButton(new QPushButton(tr("Ubah &status"), this))
    , m_printButton(new QPushButton(tr("Ce&tak…"), this))
    , m_pdfButton(new QPushButton(tr("Simpan &PDF…"), this))
{
    setObjectName(QStringLiteral("ticketDetail"));
    setWindowTitle(tr("Tiket %1").arg(m_number));
    m_title->setObjectName(QStringLiteral("ticketDetailTitle"));
    m_fields->setObjectName(QStringLiteral("ticketDetailFields"));
    m_transcript->setObjectName(QStringLiteral("ticketDetailTranscript"));
    m_history->setObjectName(QStringLiteral("ticketDetailHistory"));
    m_note->setObjectName(QStringLiteral("ticketDetailNote"));
    m_flag->setObjectName(QStringLiteral("ticketDetailFlag"));
    m_saveNoteButton->setObjectName(QStringLiteral("ticketDetailSaveNote"));
    m_status->setObjectName(QStringLiteral("ticketDetailStatus"));
    m_saveStatusButton->setObjectName(QStringLiteral("ticketDetailSaveStatus"));
    m_printButton->setObjectName(QStringLiteral("ticketDetailPrint"));
    m_pdfButton->setObjectName(QStringLiteral("ticketDetailPdf"));

    m_title->setFont(headingFont(font()));
    m_title->setText(m_number);
    m_fields->setOpenLinks(false);
    m_tabs->addTab(m_transcript, tr("&Jalur SOP"));
    m_tabs->addTab(m_history, tr("&Riwayat"));

    m_flag->addItem(tr("Tanpa penilaian"));
    m_flag->addItem(TicketDisplay::flag(ReviewFlag::SesuaiSop), reviewFlagCode(ReviewFlag::SesuaiSop));
    m_flag->addItem(TicketDisplay::flag(ReviewFlag::PerluKoreksi), reviewFlagCode(ReviewFlag::PerluKoreksi));
    for (TicketStatus status : { TicketStatus::Open, TicketStatus::DoneByUnit, TicketStatus::Cancelled })
        m_status->addItem(TicketDisplay::status(status), ticketStatusCode(status));
    m_note->setPlaceholderText(tr("Catatan penilaian, mis. \"Email tidak dieja ulang kepada pelanggan.\""));
    m_note->setMaximumHeight(fontMetrics().height() * 4);
    m_note->setTabChangesFocus(true);

    auto* review = new QGroupBox(tr("Penilaian supervisor"), this);
    auto* reviewLayout = new QGridLayout(review);
    auto* noteLabel = new QLabel(tr("Cata&tan"), review);
    noteLabel->setBuddy(m_note);
    auto* flagLabel = new QLabel(tr("Pe&nilaian"), review);
    flagLabel->setBuddy(m_flag);
    auto* statusLabel = new QLabel(tr("Status KEL&UHAN"), review);
    statusLabel->setBuddy(m_status);
    reviewLayout->addWidget(noteLabel, 0, 0, Qt::AlignTop);
    reviewLayout->addWidget(m_note, 0, 1, 1, 4);
    reviewLayout->addWidget(flagLabel, 1, 0);
    reviewLayout->addWidget(m_flag, 1, 1);
    reviewLayout->addWidget(m_saveNoteButton, 1, 2);
    reviewLayout->addWidget(statusLabel, 1, 3, Qt::AlignRight);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_saveStatusButton);
    statusRow->addStretch(1);
    reviewLayout->addLayout(statusRow, 1, 4);
    reviewLayout->setColumnStretch(4, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_fields);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* closeBox = new QDialogButtonBox(this);
    closeBox->addButton(m_printButton, QDialogButtonBox::ActionRole);
    closeBox->addButton(m_pdfButton, QDialogButtonBox::ActionRole);
    QPushButton* close = closeBox->addButton(tr("T&utup"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("ticketDetailClose"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    layout->addWidget(review);
    layout->addWidget(closeBox);

    setTabOrder(m_note, m_flag);
    setTabOrder(m_flag, m_saveNoteButton);
    setTabOrder(m_saveNoteButton, m_status);
    setTabOrder(m_status, m_saveStatusButton);

    const QFontMetrics metrics = fontMetrics();
    resize(metrics.horizontalAdvance(QLatin1Char('0')) * 150, metrics.height() * 40);
    m_overlay = new BusyOverlay(this);

    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveNoteButton, &QPushButton::clicked, this, &TicketDetailDialog::saveNote);
    connect(m_saveStatusButton, &QPushButton::clicked, this, &TicketDetailDialog::saveStatus);
    connect(m_printButton, &QPushButton::clicked, this, &TicketDetailDialog::printTicket);
    connect(m_pdfButton, &QPushButton::clicked, this, &TicketDetailDialog::chooseAndSavePdf);

    for (QWidget* w : std::initializer_list<QWidget*> {
             m_note, m_flag, m_saveNoteButton, m_status, m_saveStatusButton, m_printButton, m_pdfButton })
        w->setEnabled(false);
    reload();
}

void TicketDetailDialog::reload()
{
    m_overlay->start(tr("Memuat tiket…"));
    TicketQueryService* queries = &m_services.queries;
    const Actor actor = m_actor;
    const QString number = m_number;
    m_services.runner.run(
        this, tr("Memuat tiket %1…").arg(number), [queries, actor, number] { return queries->show(actor, number); },
        [this](const Result<TicketDetail>& detail) { onLoaded(detail); });
}

QString TicketDetailDialog::fieldsHtml(const Ticket& t) const
{
    // The printable document's field table, without its transcript and history (tabs show those).
    TicketDetail only { t, {} };
    QString html = TicketDocument::fullHtml(only, m_services.catalogue, m_services.clock.nowUtc());
    html = html.left(html.indexOf(QStringLiteral("<h3>")));
    return html.mid(html.indexOf(QStringLiteral("</h2>")) + 5); // the dialog's own title names the ticket
}

void TicketDetailDialog::onLoaded(const Result<TicketDetail>& detail)
{
    m_overlay->stop();
    if (!detail.ok()) {
        Messages::showError(this, detail.error());
        return;
    }
    m_detail = detail.value();
    const Ticket& t = m_detail->ticket;
    QString status = TicketDisplay::status(t.status);
    if (TicketDisplay::isOverdue(t, m_services.clock.nowUtc()))
        status = tr("Terbuka, lewat SLA");
    m_title->setText(tr("%1 · %2 · %3").arg(t.number, TicketDisplay::kind(t.content.kind), status));
    m_fields->setHtml(fieldsHtml(t));
    m_transcript->setHtml(TicketDocument::transcriptHtml(t));
    m_history->setHtml(TicketDocument::historyHtml(*m_detail));

    const bool supervisor = m_actor.isSupervisorOrAdmin();
    const bool keluhan = t.content.kind == TicketKind::Keluhan;
    m_note->setEnabled(supervisor);
    m_flag->setEnabled(supervisor);
    m_saveNoteButton->setEnabled(supervisor);
    m_status->setEnabled(supervisor && keluhan);
    m_saveStatusButton->setEnabled(supervisor && keluhan);
    m_status->setToolTip(
        keluhan ? QString() : tr("Tiket Issue Closed selesai di Contact Center; statusnya tidak berubah."));
    if (keluhan)
        m_status->setCurrentIndex(std::max(0, m_status->findData(ticketStatusCode(t.status))));
    m_printButton->setEnabled(true);
    m_pdfButton->setEnabled(true);
    Q_EMIT loaded();
}

void TicketDetailDialog::saveNote()
{
    const QString note = m_note->toPlainText().trimmed();
    std::optional<ReviewFlag> flag;
    if (!m_flag->currentData().isNull())
        flag = reviewFlagFromCode(m_flag->currentData().toString()).value();
    if (note.isEmpty() && !flag) {
        Messages::inform(this, tr("Catatan kosong"), tr("Tulis catatan atau pilih penilaian dulu."));
        return;
    }
    TicketService* tickets = &m_services.tickets;
    const Actor actor = m_actor;
    const QString number = m_number;
    m_overlay->start(tr("Menyimpan catatan…"));
    m_services.runner.run(
        this, tr("Menyimpan catatan…"),
        [tickets, actor, number, note, flag] { return tickets->annotate(actor, number, note, flag); },
        [this](const Result<TicketEvent>& event) { onEventSaved(event); });
}

void TicketDetailDialog::saveStatus()
{
    if (!m_detail)
        return;
    auto status = ticketStatusFromCode(m_status->currentData().toString());
    if (!status.ok() || status.value() == m_detail->ticket.status) {
        Messages::inform(this, tr("Status tidak berubah"), tr("Pilih status yang berbeda dari status sekarang."));
        return;
    }
    TicketService* tickets = &m_services.tickets;
    const Actor actor = m_actor;
    const QString number = m_number;
    const QString note = m_note->toPlainText().trimmed();
    const TicketStatus newStatus = status.value();
    m_overlay->start(tr("Mengubah status…"));
    m_services.runner.run(
        this, tr("Mengubah status…"),
        [tickets, actor, number, newStatus, note] { return tickets->changeStatus(actor, number, newStatus, note); },
        [this](const Result<TicketEvent>& event) { onEventSaved(event); });
}

void TicketDetailDialog::onEventSaved(const Result<TicketEvent>& event)
{
    m_overlay->stop();
    if (!event.ok()) {
        Messages::showError(this, event.error());
        return;
    }
    m_note->clear();
    m_flag->setCurrentIndex(0);
    Q_EMIT ticketChanged(m_number);
    reload();
}

Status TicketDetailDialog::saveAsPdf(const QString& path)
{
    if (!m_detail)
        return makeError(ErrorKind::InvalidInput, tr("Tiket belum dimuat."), QStringLiteral("pdf before load"));
    // Owner-only, complete or not at all; the save dialog has asked before replacing a file.
    OutputFile::Options output;
    output.replace = true;
    output.protectedPaths = m_services.protectedFiles;
    auto file = OutputFile::create(path, output);
    if (!file.ok())
        return file.error();
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file.value()->temporaryPath());
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setDocName(tr("Tiket %1").arg(m_number));
        TicketDocument::print(*m_detail, m_services.catalogue, m_services.clock.nowUtc(), printer);
    }
    if (QFileInfo(file.value()->temporaryPath()).size() == 0)
        return makeError(ErrorKind::InvalidInput,
            tr("PDF tidak bisa disimpan ke %1.").arg(QDir::toNativeSeparators(path)),
            QStringLiteral("pdf not written"));
    return file.value()->commit();
}

void TicketDetailDialog::chooseAndSavePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Simpan tiket sebagai PDF"),
        QDir::home().filePath(QStringLiteral("%1.pdf").arg(m_number)), tr("Berkas PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto saved = saveAsPdf(path); !saved.ok())
        Messages::showError(this, saved.error());
}

void TicketDetailDialog::printTicket()
{
    if (!m_detail)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Cetak tiket %1").arg(m_number));
    if (dialog.exec() != QDialog::Accepted)
        return;
    TicketDocument::print(*m_detail, m_services.catalogue, m_services.clock.nowUtc(), printer);
}

} // namespace csodesk::ui
