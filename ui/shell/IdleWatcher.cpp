#include "IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace csodesk::ui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::expire);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatcher::start(int minutes)
{
    if (minutes <= 0) {
        stop();
        return;
    }
    m_watching = true;
    m_timer.start(minutes * 60 * 1000);
}

void IdleWatcher::stop()
{
    m_watching = false;
    m_timer.stop();
}

void IdleWatcher::expire()
{
    if (!m_watching)
        return;
    stop();
    Q_EMIT idle();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_watching)
            m_timer.start(); // the same wait again, from now
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace csodesk::ui
