#include "BackgroundRunner.h"

namespace csodesk::ui {

BackgroundRunner::BackgroundRunner(QObject* parent)
    : QObject(parent)
{
    // Database work is I/O bound and each thread holds its own connection: a few threads are
    // plenty for one agent's window, and keep the server's connection count predictable.
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("csodesk-background"));
}

BackgroundRunner::~BackgroundRunner()
{
    m_pool.waitForDone();
}

bool BackgroundRunner::waitForWork(int msecs)
{
    return m_pool.waitForDone(msecs);
}

void BackgroundRunner::taskStarted(const QString& description)
{
    ++m_active;
    if (m_description != description) {
        m_description = description;
        Q_EMIT descriptionChanged(m_description);
    }
    if (m_active == 1)
        Q_EMIT busyChanged(true);
}

void BackgroundRunner::taskFinished()
{
    --m_active;
    if (m_active == 0) {
        m_description.clear();
        Q_EMIT descriptionChanged(m_description);
        Q_EMIT busyChanged(false);
    }
}

} // namespace csodesk::ui
