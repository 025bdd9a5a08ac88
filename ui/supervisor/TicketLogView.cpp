#include "TicketLogView.h"

#include "ConsoleServices.h"
#include "CsvExportJob.h"
#include "TicketFilterBar.h"
#include "TicketLogModel.h"
#include "preferences/WindowMemory.h"
#include "settings/Settings.h"
#include "toolkit/Messages.h"
#include "toolkit/RecordTable.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <array>

namespace csodesk::ui {

namespace {

const QString kHiddenColumnsKey = QStringLiteral("ticketLog/hiddenColumns");

// Shown by default: what a supervisor scans first. The rest is one click away.
bool hiddenByDefault(int column)
{
    return column == TicketLogModel::IssueTypeColumn || column == TicketLogModel::CustomerColumn
        || column == TicketLogModel::SlaDueColumn;
}

} // namespace

TicketLogView::TicketLogView(const Actor& actor, ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_actor(actor)
    , m_services(services)
    , m_filterBar(new TicketFilterBar(services.catalogue, services.clock, this))
    , m_model(new TicketLogModel(actor, services.queries, services.catalogue, services.clock, services.runner, this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_openButton(new QPushButton(tr("&Buka detail"), this))
    , m_exportButton(new QPushButton(tr("&Ekspor CSV…"), this))
    , m_columnsButton(new QPushButton(tr("K&olom"), this))
{
    setObjectName(QStringLiteral("ticketLog"));
    m_table->setObjectName(QStringLiteral("ticketLogTable"));
    m_countLabel->setObjectName(QStringLiteral("ticketLogCount"));
    m_openButton->setObjectName(QStringLiteral("ticketLogOpenButton"));
    m_exportButton->setObjectName(QStringLiteral("ticketLogExportButton"));
    m_columnsButton->setObjectName(QStringLiteral("ticketLogColumnsButton"));

    m_table->setModel(m_model);
    setUpRecordTable(*m_table);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(TicketLogModel::FiledColumn, Qt::DescendingOrder);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const std::array<int, TicketLogModel::ColumnCount> widths { 16, 18, 9, 11, 14, 30, 13, 20, 22, 8, 16, 18, 12 };
    for (int column = 0; column < TicketLogModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths.at(std::size_t(column)) * charWidth);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_countLabel, 1);
    buttons->addWidget(m_columnsButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_openButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    auto* openAction = new QAction(tr("Buka detail tiket"), this);
    openAction->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    openAction->setShortcutContext(Qt::WidgetShortcut);
    openAction->setProperty("shortcutGroup", tr("Log tiket"));
    m_table->addAction(openAction);
    auto* exportAction = new QAction(tr("Ekspor filter ke CSV"), this);
    exportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    exportAction->setProperty("shortcutGroup", tr("Log tiket"));
    addAction(exportAction);

    connect(m_filterBar, &TicketFilterBar::filterApplied, m_model, &TicketLogModel::setFilter);
    connect(m_model, &TicketLogModel::totalCountChanged, this, &TicketLogView::onTotalCountChanged);
    connect(
        m_model, &TicketLogModel::loadFailed, this, [this](const Error& error) { Messages::showError(this, error); });
    connect(header, &QHeaderView::sectionClicked, this, &TicketLogView::onHeaderClicked);
    connect(header, &QHeaderView::customContextMenuRequested, this,
        [this, header](const QPoint& pos) { showColumnMenu(header->mapToGlobal(pos)); });
    connect(m_columnsButton, &QPushButton::clicked, this,
        [this] { showColumnMenu(m_columnsButton->mapToGlobal(QPoint(0, m_columnsButton->height()))); });
    connect(m_table, &QTableView::doubleClicked, this, &TicketLogView::openCurrent);
    connect(openAction, &QAction::triggered, this, &TicketLogView::openCurrent);
    connect(m_openButton, &QPushButton::clicked, this, &TicketLogView::openCurrent);
    connect(m_exportButton, &QPushButton::clicked, this, &TicketLogView::chooseExportFile);
    connect(exportAction, &QAction::triggered, this, &TicketLogView::chooseExportFile);

    restoreColumns();
}

void TicketLogView::applyCurrentFilter()
{
    m_filterBar->apply();
}

void TicketLogView::showFilter(const TicketFilter& filter)
{
    m_filterBar->setFilter(filter);
    m_model->setFilter(filter);
}

void TicketLogView::onTotalCountChanged(qint64 total)
{
    if (total < 0) {
        m_countLabel->setText(tr("Menghitung tiket…"));
        return;
    }
    m_countLabel->setText(tr("%1 tiket sesuai filter").arg(QLocale().toString(total)));
    m_exportButton->setEnabled(total > 0);
}

void TicketLogView::onHeaderClicked(int section)
{
    QHeaderView* header = m_table->horizontalHeader();
    if (!TicketLogModel::isSortable(section)) {
        // Keep showing the order the rows really are in.
        const bool byHandle = m_model->ticketSort() == TicketSort::HandleTimeLongestFirst;
        header->setSortIndicator(byHandle ? TicketLogModel::HandleTimeColumn : TicketLogModel::FiledColumn,
            m_model->ticketSort() == TicketSort::FiledOldestFirst ? Qt::AscendingOrder : Qt::DescendingOrder);
        return;
    }
    Qt::SortOrder order = header->sortIndicatorOrder();
    if (section == TicketLogModel::HandleTimeColumn)
        order = Qt::DescendingOrder;
    header->setSortIndicator(section, order);
    m_model->sort(section, order);
}

void TicketLogView::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT ticketOpened(current.siblingAtColumn(0).data(TicketLogModel::NumberRole).toString());
}

void TicketLogView::setColumnShown(int column, bool shown)
{
    m_table->setColumnHidden(column, !shown);
    saveColumns();
}

void TicketLogView::showColumnMenu(const QPoint& globalPos)
{
    QMenu menu(this);
    for (int column = 0; column < TicketLogModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        action->setEnabled(column != TicketLogModel::NumberColumn); // the number identifies the row
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnShown(column, on); });
    }
    menu.exec(globalPos);
}

void TicketLogView::restoreColumns()
{
    const QVariant stored = WindowMemory(m_services.settings).viewState(kHiddenColumnsKey);
    QList<int> hidden;
    if (stored.isValid()) {
        for (const QString& text : stored.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            hidden << text.toInt();
    } else {
        for (int column = 0; column < TicketLogModel::ColumnCount; ++column)
            if (hiddenByDefault(column))
                hidden << column;
    }
    for (int column = 0; column < TicketLogModel::ColumnCount; ++column)
        m_table->setColumnHidden(column, column != TicketLogModel::NumberColumn && hidden.contains(column));
}

void TicketLogView::saveColumns()
{
    QStringList hidden;
    for (int column = 0; column < TicketLogModel::ColumnCount; ++column)
        if (m_table->isColumnHidden(column))
            hidden << QString::number(column);
    // An empty string (not an absent key) means "all shown", so defaults do not come back.
    WindowMemory(m_services.settings).setViewState(kHiddenColumnsKey, hidden.join(QLatin1Char(',')));
}

void TicketLogView::chooseExportFile()
{
    if (isExporting())
        return;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("tiket-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Ekspor tiket ke CSV"), suggested, tr("Berkas CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool TicketLogView::isExporting() const
{
    // One local pointer: GCC cannot follow QPointer's null check into the call (-Wnull-dereference).
    const CsvExportJob* job = m_exportJob.data();
    return job != nullptr && job->isRunning();
}

void TicketLogView::exportTo(const QString& path)
{
    if (isExporting())
        return;
    delete m_exportJob;
    m_exportJob = new CsvExportJob(m_actor, m_services.exporter, m_services.runner, this);

    auto* progress = new QProgressDialog(
        tr("Mengekspor tiket ke %1…").arg(QDir::toNativeSeparators(path)), tr("&Batal"), 0, 0, this);
    progress->setObjectName(QStringLiteral("ticketLogExportProgress"));
    progress->setWindowTitle(tr("Ekspor CSV"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_exportProgress = progress;

    // The worker only stores counts; the dialog reads them a few times a second.
    auto* poll = new QTimer(progress);
    poll->setInterval(100);
    CsvExportJob* job = m_exportJob;
    connect(poll, &QTimer::timeout, progress, [progress, job] {
        const qint64 total = job->total();
        if (total > 0) {
            // QProgressDialog counts in int; scale large exports to per-mille.
            progress->setMaximum(1000);
            progress->setValue(int(job->written() * 1000 / total));
            progress->setLabelText(
                tr("%1 dari %2 tiket diekspor…").arg(QLocale().toString(job->written()), QLocale().toString(total)));
        }
    });
    connect(progress, &QProgressDialog::canceled, job, &CsvExportJob::requestCancel);
    connect(job, &CsvExportJob::finished, this, [this, path](const Result<CsvExportSummary>& result) {
        if (m_exportProgress)
            m_exportProgress->deleteLater();
        if (!result.ok()) {
            Messages::showError(this, result.error());
            return;
        }
        if (result->cancelled) {
            Messages::inform(this, tr("Ekspor dibatalkan"), tr("Ekspor dibatalkan; berkas tidak dibuat."));
            return;
        }
        Messages::inform(this, tr("Ekspor selesai"),
            tr("%1 tiket diekspor ke %2.").arg(QLocale().toString(result->rows), QDir::toNativeSeparators(path)));
    });
    poll->start();
    progress->show();
    job->start(m_model->filter(), path, m_services.protectedFiles);
}

} // namespace csodesk::ui
