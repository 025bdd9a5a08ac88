#pragma once

#include "settings/Settings.h"
#include "shell/Authenticator.h"
#include "toolkit/BackgroundRunner.h"

#include <QApplication>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace csodesk::test {

// Settings backed by an INI file in a temporary directory, so tests never touch the user's.
class TempSettings {
public:
    TempSettings()
        : m_backing(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , m_settings(m_backing)
    {
    }
    [[nodiscard]] Settings& settings() { return m_settings; }
    [[nodiscard]] QSettings& backing() { return m_backing; }
    [[nodiscard]] QString directory() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QSettings m_backing;
    Settings m_settings;
};

// Answers login() with a result chosen by the test and records the calls. Called from the
// runner's worker thread, hence the mutex.
class FakeAuthenticator final : public ui::Authenticator {
public:
    void answer(Result<Actor> result)
    {
        QMutexLocker lock(&m_mutex);
        m_answer = std::make_shared<Result<Actor>>(std::move(result));
    }
    [[nodiscard]] Result<Actor> login(const QString& userName, const QString& password) override
    {
        QMutexLocker lock(&m_mutex);
        m_calls.append({ userName, password });
        if (m_answer)
            return *m_answer;
        return makeError(ErrorKind::Internal, QStringLiteral("no answer set"));
    }
    [[nodiscard]] QList<QPair<QString, QString>> calls() const
    {
        QMutexLocker lock(&m_mutex);
        return m_calls;
    }

private:
    mutable QMutex m_mutex;
    std::shared_ptr<Result<Actor>> m_answer;
    QList<QPair<QString, QString>> m_calls;
};

// Lets the background work finish and its results arrive on the GUI thread. Deterministic:
// waits for the pool, then delivers the queued callbacks (no sleeping, no timing).
inline void finishBackgroundWork(ui::BackgroundRunner& runner)
{
    for (int round = 0; round < 10 && runner.isBusy(); ++round) {
        runner.waitForWork();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// Makes a dialog opened over another window the active one, as a window manager does. The
// offscreen platform activates top-level windows when shown, but not ones with a transient
// parent (window-modal dialogs), and QTest::qWaitForWindowActive already counts those as active.
inline bool activate(QWidget* window)
{
    window->activateWindow();
    QCoreApplication::processEvents();
    return QApplication::activeWindow() == window;
}

// Keyboard input goes where the focus is, as for a person at the keyboard.
inline QWidget* focused()
{
    return QApplication::focusWidget();
}
inline void typeText(const QString& text)
{
    QTest::keyClicks(focused(), text);
}
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

inline Actor actor(qint64 id, const QString& name, Role role)
{
    return Actor { id, name, role };
}

} // namespace csodesk::test
