#pragma once

#include <QObject>
#include <QTimer>

namespace csodesk::ui {

// Notices when nobody has touched the program for a while: any key, click, wheel or mouse
// movement in any of its windows starts the wait again. A workstation left alone on a
// contact-centre floor must not keep a customer's data on screen (issue 13, idle lock).
class IdleWatcher : public QObject {
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    // Starts watching with this wait; 0 minutes = never.
    void start(int minutes);
    void stop();
    [[nodiscard]] bool isWatching() const { return m_watching; }
    // The wait is over now (the timer's job; tests call it rather than wait ten minutes).
    void expire();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_watching = false;
};

} // namespace csodesk::ui
