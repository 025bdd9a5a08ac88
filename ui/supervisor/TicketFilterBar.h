#pragma once

#include "tickets/TicketFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace csodesk {
class ApktCatalogue;
class Clock;
} // namespace csodesk

namespace csodesk::ui {

// The ticket log's filter: a period (quick picks or a custom range of WIB days), agent, kind,
// issue and sub-issue type, unit, IDPEL, text in the description, open/overdue only. Applied
// with Enter or "Terapkan"; the log is not re-queried on every keystroke.
class TicketFilterBar : public QWidget {
    Q_OBJECT

public:
    // The order of the period choices (also their index in the combo box).
    enum PeriodChoice { Today, ThisWeek, ThisMonth, Last7Days, Last30Days, AllTime, CustomRange };

    TicketFilterBar(const ApktCatalogue& catalogue, const Clock& clock, QWidget* parent = nullptr);

    [[nodiscard]] TicketFilter filter() const;
    // Shows `filter` in the fields (a period becomes a custom range) without applying it.
    void setFilter(const TicketFilter& filter);
    void setPeriodChoice(PeriodChoice choice);

    // Applies the fields: emits filterApplied, or shows what is wrong and emits nothing.
    void apply();
    void clear();

Q_SIGNALS:
    void filterApplied(const csodesk::TicketFilter& filter);

private:
    void onPeriodChanged();
    void onIssueTypeChanged();

    const ApktCatalogue& m_catalogue;
    const Clock& m_clock;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_agent;
    QComboBox* m_kind;
    QComboBox* m_issueType;
    QComboBox* m_subIssueType;
    QLineEdit* m_unit;
    QLineEdit* m_idpel;
    QLineEdit* m_text;
    QCheckBox* m_openOnly;
    QCheckBox* m_overdueOnly;
    QPushButton* m_applyButton;
    QPushButton* m_clearButton;
    QLabel* m_problem;
};

} // namespace csodesk::ui
