#pragma once

#include "BackgroundRunner.h"
#include "calls/CallExecutor.h"

namespace csodesk::ui {

// A call's database work on the desktop's BackgroundRunner: off the GUI thread, its answer
// back on it, never to a receiver that is gone.
class RunnerCallExecutor final : public CallExecutor {
public:
    explicit RunnerCallExecutor(BackgroundRunner& runner)
        : m_runner(runner)
    {
    }

    void run(
        QObject* receiver, const QString& description, std::function<void()> work, std::function<void()> done) override
    {
        m_runner.run(
            receiver, description,
            [work = std::move(work)] {
                work();
                return true;
            },
            [done = std::move(done)](bool) { done(); });
    }

private:
    BackgroundRunner& m_runner;
};

} // namespace csodesk::ui
