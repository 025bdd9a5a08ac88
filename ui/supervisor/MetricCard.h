#pragma once

#include <QFrame>

class QLabel;

namespace csodesk::ui {

// One figure on the dashboard: a title, the value, and how it changed against the previous
// period, coloured by whether the change is good news (green) or bad (red).
class MetricCard : public QFrame {
    Q_OBJECT

public:
    enum class Trend { Neutral, Better, Worse };

    MetricCard(const QString& title, QWidget* parent = nullptr);
    void setValue(const QString& value, const QString& change, Trend trend);
    [[nodiscard]] QString valueText() const;
    [[nodiscard]] QString changeText() const;

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_change;
};

} // namespace csodesk::ui
