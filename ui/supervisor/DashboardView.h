#pragma once

#include "auth/Actor.h"
#include "common/Result.h"
#include "dashboard/Dashboard.h"

#include <QStringList>
#include <QWidget>

#include <array>
#include <optional>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace csodesk::ui {

class MetricCard;
struct ConsoleServices;

// The floor's figures for a chosen period (core/dashboard's Dashboard, drawn with Qt Charts):
// cards for tickets, first-contact resolution, average handle time, open KELUHAN past the SLA
// and repeat contacts, each with the change against the previous period; charts of tickets per
// day by kind, the top sub-issue types, tickets and handle time per agent, and open KELUHAN by
// age. Clicking a bar asks for the log filtered to it (drillDown). Prints or saves as PDF.
class DashboardView : public QWidget {
    Q_OBJECT

public:
    DashboardView(Actor actor, ConsoleServices& services, QWidget* parent = nullptr);

    void setPeriod(const TicketPeriod& period);
    void refresh();
    [[nodiscard]] const std::optional<Dashboard>& data() const { return m_data; }
    // How many times the figures were computed (each refresh asks the database once).
    [[nodiscard]] int loadCount() const { return m_loads; }
    [[nodiscard]] Status saveAsPdf(const QString& path);

    [[nodiscard]] MetricCard* ticketsCard() const { return m_cards[0]; }
    [[nodiscard]] MetricCard* card(int index) const { return m_cards[index]; }
    static constexpr int kCardCount = 5;
    static constexpr int kChartCount = 4;

    // The log filter behind a bar: which chart (0 per day, 1 sub-issue types, 2 agents,
    // 3 age bands), which bar set and which bar. Empty when there is nothing behind it.
    [[nodiscard]] std::optional<TicketFilter> filterForBar(int chart, int set, int index) const;
    // What hovering a bar (or its axis label) shows: the whole day with its counts, the
    // sub-issue type's full name (its label may be elided) with its count, ... Empty when there
    // is no such bar. `index` as in filterForBar.
    [[nodiscard]] QString barToolTip(int chart, int index) const;
    // The hover text at a point of a chart view's viewport: the bar in whose column (row, for
    // the sub-issue types) it is, including the axis label beside it.
    [[nodiscard]] QString toolTipAt(int chart, const QPoint& viewportPos) const;
    [[nodiscard]] QChartView* chartView(int chart) const { return m_charts[chart]; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void refreshed();
    void drillDown(const csodesk::TicketFilter& filter);

private:
    void onPeriodChoiceChanged();
    void onLoaded(const Result<Dashboard>& data);
    void showCards(const Dashboard& data);
    void showCharts(const Dashboard& data);
    void replaceChart(int index, QChart* chart);
    void drillDownOnClick(QBarSet* set, int chart, int setIndex);
    void printDashboard();
    void chooseAndSavePdf();
    [[nodiscard]] TicketPeriod chosenPeriod() const;

    Actor m_actor;
    ConsoleServices& m_services;
    QComboBox* m_periodChoice;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_refreshButton;
    QPushButton* m_printButton;
    QPushButton* m_pdfButton;
    QLabel* m_periodLabel;
    QWidget* m_content;
    std::array<MetricCard*, kCardCount> m_cards {};
    std::array<QChartView*, kChartCount> m_charts {};
    std::optional<Dashboard> m_data;
    QStringList m_dayToolTips; // per day of the period
    QStringList m_subIssueToolTips; // per bar, bottom-up (the most frequent type last)
    int m_loads = 0;
};

} // namespace csodesk::ui
