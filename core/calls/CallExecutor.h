#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace csodesk {

// Where a call's database work runs. The desktop runs it on its BackgroundRunner's pool and
// gets `done` back on the GUI thread, so a slow database never freezes the window; the CLI
// and the core tests run it inline.
class CallExecutor {
public:
    virtual ~CallExecutor() = default;
    // Runs `work` (thread-safe code only), then `done` on the caller's thread, and only while
    // `receiver` still exists. `description` says what is happening ("Mencari pelanggan…").
    virtual void run(
        QObject* receiver, const QString& description, std::function<void()> work, std::function<void()> done)
        = 0;
};

// Runs the work and its continuation at once, on the calling thread.
class InlineCallExecutor final : public CallExecutor {
public:
    void run(QObject*, const QString&, std::function<void()> work, std::function<void()> done) override
    {
        work();
        done();
    }
};

} // namespace csodesk
