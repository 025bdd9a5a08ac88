#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace csodesk::ui {

class BackgroundRunner;

// A status-bar piece that says what the background work is doing ("Mencari pelanggan…") with
// an indeterminate bar. It appears only when work lasts longer than `showDelayMs`, so quick
// queries do not make the status bar flicker.
class BusyIndicator : public QWidget {
    Q_OBJECT

public:
    explicit BusyIndicator(BackgroundRunner& runner, QWidget* parent = nullptr, int showDelayMs = 300);

private:
    void onBusyChanged(bool busy);
    void onDescriptionChanged(const QString& description);

    QLabel* m_label;
    QProgressBar* m_bar;
    QTimer* m_showTimer;
};

// Covers a widget while it waits for a result: dims it, swallows clicks and keys, and says
// what is happening. Show with start(text), hide with stop(). Also after `showDelayMs`.
class BusyOverlay : public QWidget {
    Q_OBJECT

public:
    explicit BusyOverlay(QWidget* covered, int showDelayMs = 300);

    void start(const QString& text);
    void stop();
    [[nodiscard]] bool isActive() const { return m_active; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void reveal();

    QLabel* m_label;
    QTimer* m_showTimer;
    bool m_active = false;
};

} // namespace csodesk::ui
