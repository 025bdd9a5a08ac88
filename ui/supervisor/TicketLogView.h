#pragma once

#include "CsvExportJob.h"
#include "auth/Actor.h"
#include "tickets/TicketFilter.h"

#include <QPointer>
#include <QProgressDialog>
#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace csodesk::ui {

class TicketFilterBar;
class TicketLogModel;
struct ConsoleServices;

// The ticket log: the filter bar over a lazily paged table. Enter or a double click opens the
// ticket's detail; the columns shown are chosen from the header's menu (or "Kolom") and
// remembered in Settings; the current filter exports to CSV with progress and cancel.
class TicketLogView : public QWidget {
    Q_OBJECT

public:
    TicketLogView(const Actor& actor, ConsoleServices& services, QWidget* parent = nullptr);

    // Shows the log for `filter` (from the dashboard: a clicked bar).
    void showFilter(const TicketFilter& filter);
    void applyCurrentFilter();

    // Exports the current filter to `path` (the button asks for the path first).
    void exportTo(const QString& path);
    [[nodiscard]] CsvExportJob* exportJob() const { return m_exportJob.data(); }
    [[nodiscard]] bool isExporting() const;
    [[nodiscard]] QProgressDialog* exportProgress() const { return m_exportProgress.data(); }

    [[nodiscard]] TicketLogModel* model() const { return m_model; }
    [[nodiscard]] TicketFilterBar* filterBar() const { return m_filterBar; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    void setColumnShown(int column, bool shown);

Q_SIGNALS:
    void ticketOpened(const QString& ticketNumber);

private:
    void onTotalCountChanged(qint64 total);
    void onHeaderClicked(int section);
    void openCurrent();
    void chooseExportFile();
    void showColumnMenu(const QPoint& globalPos);
    void restoreColumns();
    void saveColumns();

    Actor m_actor;
    ConsoleServices& m_services;
    TicketFilterBar* m_filterBar;
    TicketLogModel* m_model;
    QTableView* m_table;
    QLabel* m_countLabel;
    QPushButton* m_openButton;
    QPushButton* m_exportButton;
    QPushButton* m_columnsButton;
    QPointer<CsvExportJob> m_exportJob;
    QPointer<QProgressDialog> m_exportProgress;
};

} // namespace csodesk::ui
